import DossierModel
import Testing

@testable import DossierLoader

/// How position and shape settle the lines that wording alone does not: cut last paragraphs,
/// repeated headlines, lead-in lines, affiliations and short exclamations. Stories of its own,
/// none from the seeds or the corpus.
@Suite struct FurnitureClassifierTests {
    static let headline = "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية"
    static let lead =
        "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية ضخ أول كمياتها إلى الشبكة العامة صباح الأحد، بطاقة تبلغ مئة ألف متر مكعب يوميا."
    static let second =
        "وقال مدير المحطة إن المرحلة الثانية من المشروع ستضاعف الطاقة الإنتاجية خلال عامين، بعد استكمال خطوط النقل إلى الأحياء الشرقية."

    /// The roles of `lines`, as `kind` strings keyed by the line's text.
    static func roles(_ lines: [String]) -> [String: String] {
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        let roles = FurnitureClassifier.classify(textLines)
        var result: [String: String] = [:]
        for (line, role) in zip(textLines, roles) {
            switch role {
            case .body: result[line.text] = "body"
            case .title: result[line.text] = "title"
            case .furniture(let kind): result[line.text] = "\(kind)"
            }
        }
        return result
    }

    @Test func finalParagraphCutMidSentenceStays() {
        let cut = "وتستمر أعمال ربط المحطة بالخزانات الرئيسية حتى نهاية الشهر، بحسب ما أعلنته الشركة المشغلة في"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, cut])[cut] == "body")
        // A teaser headline after the story is no paragraph.
        let teaser = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, teaser])[teaser] != "body")
    }

    @Test func copyOfTheHeadlineBelowTheLeadGoes() {
        let lines = [Self.headline, Self.lead, Self.headline, Self.second]
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        let roles = FurnitureClassifier.classify(textLines)
        #expect(roles == [.title, .body, .furniture(.title), .body])
    }

    @Test func linesRunningOnIntoTheFirstParagraphStay() {
        for intro in ["البيان الختامي :", "أيها المواطنون،"] {
            #expect(Self.roles([Self.headline, intro, Self.lead, Self.second])[intro] == "body", "\(intro)")
        }
    }

    @Test func openingLineUnderTheCreditStays() {
        let opening = "مساء الخير، إليكم أبرز ما جرى في افتتاح المحطة اليوم"
        let credited = Self.roles([Self.headline, "بقلم: سامي الحاج", opening, Self.lead, Self.second])
        #expect(credited[opening] == "body")
        // Without the article's credit above it, the same line is a caption of the header.
        #expect(Self.roles([Self.headline, opening, Self.lead, Self.second])[opening] != "body")
    }

    @Test func affiliationUnderTheAuthorIsByline() {
        let roles = Self.roles([
            "Desalination plant opens on the coast", "By Jane Roe", "Coastal Herald",
            "The new desalination plant on the coast began pumping water into the public network on Sunday, officials said.",
            "The second phase will double its capacity within two years, the plant's director told reporters.",
        ])
        #expect(roles["Coastal Herald"] == "byline")
        #expect(roles["Desalination plant opens on the coast"] == "title")
    }

    @Test func shortExclamationIsAHeadline() {
        let headline = "المياه تصل أخيرا إلى الأحياء الشرقية بعد عشر سنوات!"
        #expect(Self.roles([headline, "الأحد 8 حزيران 2025", Self.lead, Self.second])[headline] == "title")
    }

    @Test func repeatedShortCaptionIsNotTheTitle() {
        let roles = Self.roles(["محطة التحلية", "محطة التحلية", Self.headline, Self.lead, Self.second])
        #expect(roles[Self.headline] == "title")
    }
}
