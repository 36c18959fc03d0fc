import DossierLoader
import DossierModel
import Foundation
import Testing

/// Loads `Fixtures/loader/valid`, a small dossier of other stories with other furniture.
@Suite struct ValidFixtureTests {
    let result: LoadResult

    init() throws { result = try DossierLoader.load(sourceFolder: FixturePaths.valid) }

    func article(_ id: String) throws -> Article {
        try #require(result.dossier.articles.first { $0.id == id })
    }

    /// (line, kind) of every furniture block, for compact expectations.
    func furnitureLines(_ article: Article) -> [String] {
        article.furniture.map { "\($0.line):\($0.kind.rawValue)" }
    }

    @Test func readsEveryPartSorted() {
        let dossier = result.dossier
        #expect(dossier.config.title == "ملف تجريبي للمحمل")
        #expect(dossier.config.language == "ar")
        #expect(dossier.overview?.text.hasPrefix("هذا الملف") == true)
        #expect(dossier.overview?.location.line == 5)
        #expect(
            dossier.articles.map(\.id) == ["book-fair", "flood-derna", "match-report", "olive-harvest", "town-hall"])
        #expect(dossier.actors.map(\.id) == ["antonio-guterres", "united-nations"])
        #expect(dossier.topics.map(\.terms) == [["فيضانات", "سيول"]])
        // Two outlets named in Arabic only have ids made from their letters.
        #expect(dossier.outlets.map(\.id) == ["al-jlyl-al-ywm", "alwadi-news", "riyadh-daily", "sfaqs-al-ywm"])
        #expect(dossier.outlets.map(\.name) == ["صحيفة الجليل اليوم", "موقع الوادي", "الرياض اليومية", "صفاقس اليوم"])
    }

    /// The match report has no headline, so its title is its lead's first sentence, which
    /// nobody confirmed. The two outlets named in Arabic only, in a copyright line and a masthead
    /// brand («صفاقس اليوم»), need nothing from the editor: their ids are made from the names.
    /// It and the olive harvest give no date, and their sidecars do not say none is known.
    @Test func onlyExpectedDiagnostics() {
        #expect(result.diagnostics.map(\.code) == [.titleUnconfirmed, .dateMissing, .dateMissing])
        #expect(result.diagnostics.first?.location?.path.hasSuffix("articles/match-report.txt") == true)
    }

    @Test func bomCrlfAndNbspAreCleaned() throws {
        let flood = try article("flood-derna")
        #expect(flood.source.encoding == "utf-8")
        #expect(flood.source.sha256 == "1fa1608b238e07c00bb6aa320d8243e236aad073eebeca56bfa7c6d6c0a74461")
        #expect(flood.source.byteCount > 0)
        #expect(!flood.title.unicodeScalars.contains("\u{FEFF}"))
        let all = flood.paragraphs.map(\.text) + flood.furniture.map(\.text)
        #expect(all.allSatisfy { !$0.contains("\r") })
        #expect(flood.paragraphs.map(\.line) == [7, 9, 13])
        #expect(flood.paragraphs[0].text.hasPrefix("أطلقت"))
        #expect(flood.paragraphs[0].text.hasSuffix("البحر."))
        // An NBSP inside a paragraph is kept (L0 changes nothing else); at the edges it is trimmed.
        #expect(flood.paragraphs[1].text.contains("\u{00A0}"))
    }

    @Test func furnitureKindsOnAnotherSite() throws {
        let flood = try article("flood-derna")
        #expect(
            furnitureLines(flood) == [
                "1:navigation", "2:navigation", "3:title", "4:byline", "5:caption", "11:related", "15:footer",
            ])
        #expect(flood.title == "الأمم المتحدة تطلق نداءً عاجلاً لإغاثة المتضررين من فيضانات درنة")
        #expect(flood.provenance.title == .detected)
        #expect(flood.published?.iso == "2023-09-14T10:15")
        #expect(flood.provenance.published == .detected)
        #expect(flood.outlet == "alwadi-news")
        #expect(flood.provenance.outlet == .detected)
        #expect(flood.provenance.outletEvidence?.contains("حقوق النشر") == true)
    }

    @Test func singleNewlinesNoTitleAndAppendedArticle() throws {
        let match = try article("match-report")
        #expect(match.paragraphs.map(\.line) == [3, 4, 5, 6])
        #expect(furnitureLines(match) == ["1:media", "2:media", "7:unrelated", "8:unrelated", "9:unrelated"])
        #expect(match.provenance.title == .missing)
        #expect(match.title.hasPrefix("حقق المنتخب المغربي فوزاً ثميناً"))
        #expect(match.published == nil)
        #expect(match.outlet == nil)
    }

    @Test func windows1256() throws {
        let olive = try article("olive-harvest")
        #expect(olive.source.encoding == "windows-1256")
        #expect(olive.title == "موسم قطف الزيتون يبدأ في الجليل وسط توقعات بإنتاج وفير")
        #expect(olive.paragraphs.count == 2)
        #expect(olive.paragraphs[0].text.hasPrefix("بدأ المزارعون في قرى الجليل"))
        #expect(furnitureLines(olive) == ["1:title", "7:footer"])
        #expect(olive.outlet == "al-jlyl-al-ywm")
        #expect(olive.provenance.outletEvidence?.contains("الجليل اليوم") == true)
    }

    @Test func markdownFrontMatterAndCommentForm() throws {
        let town = try article("town-hall")
        #expect(town.title == "مجلس بلدية صفاقس يقر ميزانية العام المقبل")
        #expect(town.provenance.title == .sidecar)
        #expect(town.published?.iso == "2024-12-02")
        #expect(town.paragraphs.map(\.line) == [6, 7])
        #expect(furnitureLines(town) == ["5:navigation", "8:comments", "9:comments", "10:comments", "11:comments"])
    }

    @Test func sidecarOverridesAndCorrections() throws {
        let fair = try article("book-fair")
        #expect(fair.title == "معرض الرياض الدولي للكتاب يفتح أبوابه")
        #expect(
            fair.provenance
                == Provenance(
                    title: .sidecar, published: .sidecar, outlet: .sidecar, outletEvidence: "معرفة المحرر بمصدر النسخة")
        )
        #expect(fair.published?.iso == "2024-09-26T18:00+03:00")
        #expect(fair.url == "https://example.com/book-fair")
        #expect(fair.outlet == "riyadh-daily")
        #expect(fair.sidecar?.path.hasSuffix("articles/book-fair.yml") == true)
        // The sidecar body: entry brings the dateline back; its furniture: entry removes the advert.
        #expect(fair.paragraphs.map(\.line) == [3, 5, 7, 11, 13])
        #expect(furnitureLines(fair) == ["1:navigation", "2:title", "9:editorial"])
    }

    @Test func commentaryFiles() throws {
        let dossier = result.dossier
        let united = try #require(dossier.actors.last)
        #expect(united.kind == .organisation)
        #expect(united.aliases == ["الأمم المتحدة"])
        let guterres = try #require(dossier.actors.first)
        #expect(guterres.aliases == ["أنطونيو غوتيريش", "غوتيريش"])
        #expect(guterres.profile.location.line == 6)
        let note = try #require(dossier.notes.first)
        #expect(note.article == "flood-derna")
        #expect(note.quote == "نداءً عاجلاً لجمع أكثر من 71 مليون دولار")
        #expect(note.keyLines == ["article": 2, "quote": 3, "actors": 4, "kind": 5])
        #expect(note.location(ofKey: "quote").line == 3)
        #expect(dossier.timeline.map(\.date.iso) == ["2023-09-14", "2024-09"])
        #expect(dossier.timeline.map(\.sources.count) == [1, 1])
        #expect(dossier.timeline.last?.sources.first?.article == "book-fair")
        #expect(dossier.timeline.first?.location.line == 2)
    }
}
