import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// An imported page is matched with the outlets its dossier already has, by name where pages
/// name themselves and by web address, never by a name in a headline. The pages are of an
/// invented story and invented outlets.
struct KnownOutletsTests {
    /// A dossier holding `outlets/alwadi.md` («صحيفة الوادي», wadi-news.example), and a sidecar
    /// naming `nahr` «نهر نيوز» and one naming `sharq` «الشرق الأوسط» (no outlet files).
    private struct Dossier {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("known-outlets-\(UUID().uuidString)")

        init() throws {
            let files = [
                "dossier.yml": "title: ملف تجريبي\n",
                "outlets/alwadi.md": "---\nname: صحيفة الوادي\nurl: https://www.wadi-news.example/\n---\n",
                "articles/a1.txt": "نص.\n",
                "articles/a1.yml": "# comment\noutlet: nahr\nlanguage: ar\noutlet_name: \"نهر نيوز\"\n",
                "articles/a2.txt": "نص.\n",
                "articles/a2.yml": "outlet: sharq\noutlet_name: الشرق الأوسط\n",
            ]
            try FixturePaths.write(files, into: folder)
        }

        func match(_ page: String) throws -> KnownOutlets.Match? {
            KnownOutlets(sourceFolder: folder.path).match(try ArticleDetection.detect(Array(page.utf8)).outletClues)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    private static let body = """
        أعلنت وزارة الري في بيان رسمي اليوم أن منسوب المياه في السد ارتفع إلى مستوى قياسي بعد الأمطار الغزيرة التي هطلت خلال الأسبوع الماضي على المنطقة الجبلية.

        وأضاف البيان أن فرق الطوارئ تتابع الوضع على مدار الساعة، وأن السلطات المحلية طلبت من سكان القرى القريبة من مجرى النهر توخي الحذر وعدم الاقتراب من الضفاف.

        وقال مسؤول في الوزارة إن الخطة تشمل فتح بوابات التصريف تدريجيا لتخفيف الضغط على جسم السد، مشيرا إلى أن الأرصاد تتوقع استمرار الأمطار حتى نهاية الأسبوع.
        """

    @Test func aCopyrightLineNamesAnOutletFileByItsNameWithoutItsDescriptor() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let page = "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\n© 2024 جميع الحقوق محفوظة لشركة الوادي\n"
        let match = try #require(try dossier.match(page))
        #expect(match.id == "alwadi")
        #expect(match.name == "صحيفة الوادي")
    }

    /// A known name inside the name a page credits is not that outlet: «الوادي الجديد» is
    /// another paper than «الوادي», in the copyright line and in every other line; a qualifier
    /// after a known name («الشرق الأوسط اللندنية») is still that outlet.
    @Test func aKnownNameInsideAnotherOutletsNameIsNotThatOutlet() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let other = "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\n© 2024 جريدة الوادي الجديد\n"
        #expect(try dossier.match(other) == nil)
        let qualified = "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\n© 2024 الشرق الأوسط اللندنية\n"
        #expect(try dossier.match(qualified)?.id == "sharq")
        #expect(KnownOutlets.names(read: "جريده الوادي", known: "الوادي"))
        #expect(!KnownOutlets.names(read: "الامارات اليوم", known: "اليوم"))
        #expect(!KnownOutlets.names(read: "الشرق الاوسط", known: "الشرق"))
        #expect(KnownOutlets.names(read: "الوطن 24", known: "الوطن"))
    }

    @Test func aCreditLineNamesAnOutletKnownFromASidecar() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let page = "ارتفاع منسوب السد إلى مستوى قياسي\n\nنهر نيوز/ متابعات\n\n" + Self.body + "\n"
        #expect(try dossier.match(page)?.id == "nahr")
    }

    /// A page whose credit makes an id the dossier has (`sharq`, from a sidecar) is that
    /// outlet, under the dossier's name for it, though it names itself otherwise: its import
    /// then gives no second name to contradict the first.
    @Test func aCreditMakingAKnownIdIsThatOutletUnderTheDossiersName() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let page =
            "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\nجميع الحقوق محفوظة لموقع الشرق Sharq © 2024\n"
        let match = try #require(try dossier.match(page))
        #expect(match.id == "sharq")
        #expect(match.name == "الشرق الأوسط")
    }

    @Test func aWebAddressInARelatedLinkNamesTheOutlet() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let page =
            "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body
            + "\n\nاقرأ أيضا: https://www.wadi-news.example/news/123 أمطار غزيرة في الجبل\n"
        #expect(try dossier.match(page)?.id == "alwadi")
    }

    /// «الشرق الأوسط» is a region in a headline of another story, not the outlet; and a page
    /// that names no known outlet gets none.
    @Test func aNameInAHeadlineOfAnotherStoryIsNotTheOutlet() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let ticker = "عاجل: جولة جديدة من المحادثات حول أمن الشرق الأوسط\n\n"
        #expect(try dossier.match(ticker + "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n") == nil)
        #expect(try dossier.match("ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n") == nil)
    }

    @Test func aLineNamingTwoKnownOutletsDecidesNothing() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let page = "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\n© 2024 صحيفة الوادي | نهر نيوز\n"
        #expect(try dossier.match(page) == nil)
        let one = "ارتفاع منسوب السد إلى مستوى قياسي\n\n" + Self.body + "\n\n© 2024 نهر نيوز\n"
        #expect(try dossier.match(one)?.id == "nahr")
    }

    /// A site promoting itself names itself twice in a line filed with the related links; a
    /// headline printed twice names a region twice, and a photo caption names it inside.
    @Test func aNameRepeatedByThePageCountsInRelatedLinksAndCaptionsOnlyWhenTheyOpenWithIt() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let title = "ارتفاع منسوب السد إلى مستوى قياسي\n\n"
        let promotion = "\n\nاقرأ أيضا: تابعوا آخر أخبار نهر نيوز عبر تطبيق نهر نيوز\n"
        #expect(try dossier.match(title + Self.body + promotion)?.id == "nahr")
        let twice = String(repeating: "اقرأ أيضا: قمة الشرق الأوسط تبحث أزمة المياه\n\n", count: 2)
        #expect(try dossier.match(twice + title + Self.body + "\n") == nil)
        let caption = "وزراء الري في الشرق الأوسط خلال اجتماعهم الأخير (أرشيفية)\n\n"
        #expect(try dossier.match(title + caption + Self.body + "\n") == nil)
    }

    /// Among thousands of short lines filed as other stories' headlines (a list of words pasted
    /// one a line, or lines each naming the outlet), the name still counts once a line, and a
    /// line printed again (or held whole by another) does not count again. Only the lines
    /// naming an outlet are compared, each with the lines holding its rarest word: comparing
    /// every line with every other, 5,000 such lines took a minute (hostile sweep 67's repro 01
    /// times it; tests assert no time).
    @Test func thousandsOfHeadlineLinesAreComparedOnlyWhenTheyNameAnOutlet() throws {
        let dossier = try Dossier()
        defer { dossier.remove() }
        let known = KnownOutlets(sourceFolder: dossier.folder.path)
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
        let filler = (0..<3_000).map { index in
            Furniture(
                text: "خبر "
                    + String([
                        letters[index % letters.count], letters[(index / letters.count) % letters.count],
                        letters[index / (letters.count * letters.count)],
                    ]),
                line: index + 1, kind: .related)
        }
        func clues(_ lines: [String]) -> OutletClues {
            let named = lines.enumerated().map { Furniture(text: $1, line: 4_000 + $0, kind: .related) }
            return OutletClues(outletID: nil, outletName: nil, outletEvidence: nil, furniture: filler + named)
        }
        let twice = known.match(clues(["تابعوا أخبار نهر نيوز", "حمّلوا تطبيق نهر نيوز"]))
        #expect(twice?.id == "nahr")
        #expect(known.match(clues(["تابعوا أخبار نهر نيوز", "تابعوا أخبار نهر نيوز"])) == nil)
        #expect(known.match(clues(["أخبار نهر نيوز", "تابعوا أخبار نهر نيوز اليوم"])) == nil)
        // Thousands of lines each naming the outlet, none holding another.
        let naming = filler.map { Furniture(text: "تابعوا نهر نيوز " + $0.text, line: $0.line, kind: .related) }
        let everywhere = known.match(
            OutletClues(outletID: nil, outletName: nil, outletEvidence: nil, furniture: naming))
        #expect(everywhere?.id == "nahr")
    }
}
