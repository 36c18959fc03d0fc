import ArabicText
import DossierModel
import Testing

@testable import DossierLoader

/// The language of an article as detection gives it, when a foreign-language block is kept in
/// the body. Texts of its own.
@Suite struct ArticleLanguageTests {
    static let arabic = [
        "افتتح وزير الزراعة موسم حصاد القمح في السهول الشمالية صباح الأحد، وسط توقعات بإنتاج يفوق العام الماضي بنحو عشرين في المئة.",
        "وقال الوزير إن الأمطار التي هطلت في الشتاء ساعدت المزارعين على زيادة المساحات المزروعة، وإن الحكومة ستشتري المحصول بسعر مجز.",
        "وأضاف أن مراكز التخزين جاهزة لاستقبال الكميات الأولى، وأن الشاحنات ستنقل القمح إلى المطاحن خلال أسبوعين من بدء الحصاد.",
    ]
    /// A long English block without an agency's credit (one with it is a caption, set aside).
    static let caption =
        "NORTHERN PLAINS - JUNE 02: Farmers harvest wheat in a field on the first day of the season as trucks wait to carry the grain to silos across the region, where officials expect a larger crop than last year after a wet winter and new subsidies for seeds and fuel were announced by the ministry."

    static func language(_ lines: [String]) throws -> String {
        try ArticleDetection.detect(Array(lines.joined(separator: "\n\n").utf8)).language.tag
    }

    @Test func longEnglishCaptionInAnArabicStoryLeavesItArabic() throws {
        let headline = "انطلاق موسم حصاد القمح في السهول الشمالية"
        #expect(
            try Self.language([headline] + Self.arabic.prefix(1) + [Self.caption] + Self.arabic.dropFirst()) == "ar")
        let detection = try ArticleDetection.detect(
            Array(
                ([headline] + Self.arabic.prefix(1) + [Self.caption] + Self.arabic.dropFirst()).joined(
                    separator: "\n\n"
                ).utf8))
        #expect(detection.language.evidence.contains("paragraphs that tell a language"))
        // Above the story, the block is not its lead: the body is the Arabic paragraphs alone.
        let above = try ArticleDetection.detect(
            Array(([headline, Self.caption] + Self.arabic).joined(separator: "\n\n").utf8))
        #expect(above.language.tag == "ar" && above.language.evidence.hasPrefix("Arabic script (100% of letters)"))
    }

    @Test func evenlyBilingualTextStaysUndetermined() throws {
        let english = [
            "The agriculture minister opened the wheat harvest in the northern plains on Sunday, expecting a larger crop.",
            "He said the winter rains helped farmers plant more land and that the government would buy the harvest.",
            "Storage centres are ready for the first loads, and trucks will carry the wheat to the mills within weeks.",
        ]
        let lines = ["انطلاق موسم حصاد القمح في السهول الشمالية"] + zip(Self.arabic, english).flatMap { [$0, $1] }
        #expect(try Self.language(lines) == "und")
    }
}

/// The split hands out the keys its lines were read with, so detection need not normalise the
/// text again, and the language it gives is that of the text read afresh.
@Suite struct ArticleSplitKeyTests {
    static func split(_ text: String) -> ArticleSplit {
        let lines = ParagraphSplitter.lines(of: text, firstLine: 1)
        return ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
    }

    @Test func aParagraphsKeyIsTheKeyOfItsLine() {
        let split = Self.split(
            (["انطلاق موسم حصاد القمح في السهول الشمالية"] + ArticleLanguageTests.arabic).joined(separator: "\n\n"))
        #expect(split.paragraphs.count == 3)
        for paragraph in split.paragraphs {
            #expect(split.wordKey(of: paragraph) == TextLine.wordKey(paragraph.text))
        }
        // A paragraph the split was not read from gets a key made from its text.
        let stranger = Paragraph(text: "وصل الوفد إلى العاصمة، مساء الاثنين!", line: split.paragraphs[0].line)
        #expect(split.wordKey(of: stranger) == TextLine.wordKey(stranger.text))
        #expect(split.wordKey(of: Paragraph(text: "Late news", line: 999)) == "late news")
    }

    /// On every page of the labelled corpus (real pages of other sites, in three languages),
    /// the keys give the guess of the text read afresh, for the whole and for each paragraph.
    @Test func detectionFromKeysIsDetectionOfTheText() throws {
        let pages = try LabelledPage.load("real")
        #expect(pages.count > 200)
        for page in pages {
            let split = Self.split(page.text)
            let title = split.titleLine.map { [$0] } ?? []
            let texts = title.map(\.text) + split.paragraphs.map(\.text)
            let keys = title.map(\.key) + split.paragraphs.map(split.wordKey(of:))
            #expect(
                LanguageDetector.detect(texts, wordKeys: keys)
                    == LanguageDetector.detect(texts.joined(separator: "\n")),
                "\(page.name)")
            for paragraph in split.paragraphs {
                #expect(
                    LanguageDetector.detect([paragraph.text], wordKeys: [split.wordKey(of: paragraph)])
                        == LanguageDetector.detect(paragraph.text), "\(page.name):\(paragraph.line)")
            }
        }
    }
}
