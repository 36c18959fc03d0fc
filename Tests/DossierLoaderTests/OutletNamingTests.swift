import DossierLoader
import DossierModel
import Foundation
import Testing

/// An outlet without `outlets/<id>.md` takes its name from a sidecar's `outlet_name`, else from
/// the page's own credit, but only when the credit names that outlet: a sidecar that gives
/// another outlet overrides the credit, name and all. An `outlet_name` that is not shown (an
/// earlier sidecar or the outlet file names the outlet otherwise) is a warning at its line.
struct OutletNamingTests {
    /// A short article whose footer credits «صحيفة الأنباء» (id `al-anba-news`).
    private static let creditedText = """
        وزير الخارجية يلتقي نظيره في القاهرة لبحث الأزمة

        التقى وزير الخارجية اليوم نظيره في القاهرة، وبحث الجانبان تطورات الأزمة الإقليمية وسبل التهدئة، وأكدا ضرورة استمرار التشاور بين البلدين في المرحلة المقبلة.

        وقال الوزير في مؤتمر صحفي إن المحادثات كانت مثمرة وإن الجانبين اتفقا على متابعة الملفات العالقة خلال الأسابيع القادمة.

        جميع الحقوق محفوظة لصحيفة الأنباء Al Anba News © 2024

        """

    /// A dossier folder of the credited article under each id, with each sidecar, and the
    /// outlet files given by id; the caller removes it.
    private func dossierFolder(_ sidecars: [String: String], outletFiles: [String: String] = [:]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-outlets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("title: \"اختبار المنافذ\"\n".utf8).write(to: folder.appendingPathComponent("dossier.yml"))
        for (id, sidecar) in sidecars {
            try Data(Self.creditedText.utf8).write(to: folder.appendingPathComponent("articles/\(id).txt"))
            try Data(sidecar.utf8).write(to: folder.appendingPathComponent("articles/\(id).yml"))
        }
        if !outletFiles.isEmpty {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("outlets"), withIntermediateDirectories: true)
        }
        for (id, text) in outletFiles {
            try Data(text.utf8).write(to: folder.appendingPathComponent("outlets/\(id).md"))
        }
        return folder
    }

    /// Loads the dossier `dossierFolder` makes.
    private func load(_ sidecars: [String: String], outletFiles: [String: String] = [:]) throws -> LoadResult {
        let folder = try dossierFolder(sidecars, outletFiles: outletFiles)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try DossierLoader.load(sourceFolder: folder.path)
    }

    @Test func theCreditNamesTheOutletItCredits() throws {
        let result = try load(["a1": "published: 2024-03-01\n"])
        #expect(result.dossier.articles.first?.outlet == "al-anba-news")
        #expect(result.dossier.outlets.map(\.name) == ["صحيفة الأنباء"])
    }

    @Test func aSidecarWithTheCreditedOutletKeepsTheCreditsName() throws {
        let result = try load(["a1": "outlet: al-anba-news\npublished: 2024-03-01\n"])
        #expect(result.dossier.outlets.map(\.name) == ["صحيفة الأنباء"])
    }

    @Test func aSidecarWithAnotherOutletIsNotNamedByTheCredit() throws {
        let result = try load([
            "a1": "outlet: reuters-ar\npublished: 2024-03-01\n",
            "a2": "outlet: wire-copy\noutlet_name: نسخة الوكالة\npublished: 2024-03-02\n",
        ])
        #expect(result.dossier.outlets.map(\.id) == ["reuters-ar", "wire-copy"])
        #expect(result.dossier.outlets.map(\.name) == ["reuters-ar", "نسخة الوكالة"])
        let unnamed = result.diagnostics.filter { $0.code == .outletUnnamed }
        #expect(unnamed.count == 1 && unnamed.first?.message.contains("`reuters-ar`") == true)
        #expect(unnamed.first?.message.contains("has no outlets/reuters-ar.md and") == true)
    }

    /// Found by author62: the warning pointed at line 1, column 1 of the sidecar, not at the
    /// `outlet:` line; it points there also when the article is read from the cache.
    @Test func anUnnamedOutletIsReportedAtTheSidecarsOutletLine() throws {
        let folder = try dossierFolder(["a1": "published: 2024-03-01\n\noutlet: reuters-ar\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DossierLoader.load(sourceFolder: folder.path, articleCache: [:])
        let again = try DossierLoader.load(sourceFolder: folder.path, articleCache: first.articleCache)
        for result in [first.result, again.result] {
            let unnamed = result.diagnostics.filter { $0.code == .outletUnnamed }
            #expect(unnamed.count == 1, "\(unnamed)")
            #expect(unnamed.first?.location?.path.hasSuffix("articles/a1.yml") == true)
            #expect(unnamed.first?.location?.line == 3, "\(unnamed)")
        }
    }

    /// An outlet file that is there but does not load is not said to be missing: its own
    /// error says why.
    @Test func anOutletFileThatFailsIsNotSaidToBeMissing() throws {
        let result = try load(
            ["a1": "outlet: reuters-ar\npublished: 2024-03-01\n"], outletFiles: ["reuters-ar": "---\nname: [\n---\n"])
        let unnamed = result.diagnostics.filter { $0.code == .outletUnnamed }
        #expect(unnamed.first?.message.contains("has no outlets/reuters-ar.md that loads") == true, "\(unnamed)")
    }

    @Test func aSidecarsNameIsShownOverTheCreditOfAnEarlierArticle() throws {
        let result = try load([
            "a1": "outlet: al-anba-news\npublished: 2024-03-01\n",
            "a2": "outlet: al-anba-news\noutlet_name: الأنباء الكويتية\npublished: 2024-03-02\n",
        ])
        #expect(result.dossier.outlets.map(\.name) == ["الأنباء الكويتية"])
        #expect(!result.diagnostics.contains { $0.code == .outletNameConflict })
    }

    @Test func twoSidecarsNamingOneOutletOtherwiseWarnAtTheLaterName() throws {
        let result = try load([
            "a1": "outlet: wire-copy\noutlet_name: نسخة الوكالة\n",
            "a2": "published: 2024-03-02\noutlet: wire-copy\noutlet_name: نسخة وكالة الأنباء\n",
            "a3": "outlet: wire-copy\noutlet_name: نسخة الوكالة\n",
        ])
        #expect(result.dossier.outlets.map(\.name) == ["نسخة الوكالة"])
        let conflicts = result.diagnostics.filter { $0.code == .outletNameConflict }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.severity == .warning)
        #expect(conflicts.first?.location?.path.hasSuffix("articles/a2.yml") == true)
        #expect(conflicts.first?.location?.line == 3)
        #expect(conflicts.first?.message.contains("shown as «نسخة الوكالة», its name in ") == true)
        #expect(conflicts.first?.message.contains("articles/a1.yml:2") == true)
    }

    @Test func aSidecarNamingAnOutletOtherwiseThanItsFileWarns() throws {
        let result = try load(
            [
                "a1": "outlet: wire-copy\noutlet_name: نسخة الوكالة\n",
                "a2": "outlet: wire-copy\noutlet_name: وكالة الأنباء\n",
            ],
            outletFiles: ["wire-copy": "---\nname: وكالة الأنباء\n---\n"])
        #expect(result.dossier.outlets.map(\.name) == ["وكالة الأنباء"])
        let conflicts = result.diagnostics.filter { $0.code == .outletNameConflict }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.location?.path.hasSuffix("articles/a1.yml") == true)
        #expect(conflicts.first?.message.contains("outlets/wire-copy.md") == true)
    }
}
