import DossierLoader
import DossierModel
import Foundation
import Testing

/// An article copied into `articles/` by hand, without a sidecar, gets the outlet the dossier
/// already has that its page names, as `new article` would have given it; on every load, so an
/// outlet file added later attributes articles read before. A name in Arabic only that the
/// dossier does not have gives an outlet of its own, its id made from its letters. The story
/// and outlets are invented.
struct KnownOutletAttributionTests {
    private static let body = """
        أعلنت وزارة الري في بيان رسمي اليوم أن منسوب المياه في السد ارتفع إلى مستوى قياسي بعد الأمطار الغزيرة التي هطلت خلال الأسبوع الماضي على المنطقة الجبلية.

        وأضاف البيان أن فرق الطوارئ تتابع الوضع على مدار الساعة، وأن السلطات المحلية طلبت من سكان القرى القريبة من مجرى النهر توخي الحذر وعدم الاقتراب من الضفاف.
        """

    /// A dossier of three pages without sidecars: one crediting «الوادي» in its copyright line,
    /// one linking to the outlet's web address, one naming no outlet; and, with `outletFile`,
    /// `outlets/alwadi.md`.
    private static func dossier(outletFile: Bool, at folder: URL) throws {
        var files = [
            "dossier.yml": "title: ملف تجريبي\n",
            "articles/credit.txt": "ارتفاع منسوب السد\n\n\(body)\n\n© 2024 جميع الحقوق محفوظة لشركة الوادي\n",
            "articles/link.txt":
                "أمطار غزيرة في الجبل\n\n\(body)\n\nاقرأ أيضا: https://wadi-news.example/news/9 سيول\n",
            "articles/none.txt": "فيضان في القرى\n\n\(body)\n",
        ]
        if outletFile {
            files["outlets/alwadi.md"] = "---\nname: صحيفة الوادي\nurl: https://www.wadi-news.example/\n---\n"
        }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("outlets"))
        try FixturePaths.write(files, into: folder)
    }

    private static func outlets(_ result: LoadResult) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: result.dossier.articles.map { ($0.id, $0.outlet) })
    }

    private static func withoutID(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.code == .outletWithoutID }.compactMap { $0.location?.path }
            .map { URL(fileURLWithPath: $0).lastPathComponent }.sorted()
    }

    @Test func aPageNamingAnOutletFileIsThatOutletAndItsWarningGoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.dossier(outletFile: false, at: folder)
        let (before, cache) = try DossierLoader.load(sourceFolder: folder.path, articleCache: [:])
        // «الوادي», credited in the copyright line, is an outlet of its own until the dossier has it.
        #expect(Self.outlets(before) == ["credit": "al-wady", "link": nil, "none": nil])
        #expect(Self.withoutID(before) == [])
        #expect(before.dossier.outlets.map(\.id) == ["al-wady"])
        #expect(before.dossier.outlets.first?.name == "الوادي")

        // The outlet file, added later, attributes the articles read before (from the cache).
        try Self.dossier(outletFile: true, at: folder)
        let after = try DossierLoader.load(sourceFolder: folder.path, articleCache: cache).result
        #expect(Self.outlets(after) == ["credit": "alwadi", "link": "alwadi", "none": nil])
        #expect(Self.withoutID(after) == [])
        let credit = try #require(after.dossier.articles.first { $0.id == "credit" })
        #expect(credit.provenance.outlet == .detected)
        #expect(credit.provenance.outletEvidence?.contains("صحيفة الوادي") == true)
        #expect(after.dossier.outlets.map(\.id) == ["alwadi"])
        let fresh = try DossierLoader.load(sourceFolder: folder.path)
        #expect(after.dossier.articles == fresh.dossier.articles && after.diagnostics == fresh.diagnostics)
    }

    /// A sidecar's `outlet` is the editor's word, even `unknown`.
    @Test func aSidecarsOutletIsKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.dossier(outletFile: true, at: folder)
        try Data("outlet: unknown\n".utf8).write(to: folder.appendingPathComponent("articles/credit.yml"))
        let result = try DossierLoader.load(sourceFolder: folder.path)
        #expect(Self.outlets(result)["credit"] == .some(nil))
    }
}

/// The id an outlet named in Arabic only gets.
struct OutletIDTests {
    @Test(arguments: [
        ("موقع الصفوة", "al-sfwa"),
        ("الصفوة", "al-sfwa"),
        ("وكالة المخا الإخبارية", "al-mkha-al-ikhbarya"),
        // Numbers before the name (a date run into it) are not the name's.
        ("03 شفق نيوز", "shfq-nywz"),
        ("الوجهة 24", "al-wjha-24"),
    ])
    func madeFromTheName(_ name: String, _ id: String) {
        #expect(OutletID.made(fromName: name) == id)
    }

    /// A «name» of more than four words is a sentence the detector took for one, and no name
    /// made only of punctuation gives an id.
    @Test func aSentenceOrNoLettersGivesNone() {
        #expect(OutletID.made(fromName: "جولة عبر المجلات الفرنسية التي تتابع الانقلابات") == nil)
        #expect(OutletID.made(fromName: "الهيئة العامة للإذاعة والتلفزيون") == "al-hyia-al-aama-llidhaaa-waltlfzywn")
        #expect(OutletID.made(fromName: "— «»") == nil)
    }
}
