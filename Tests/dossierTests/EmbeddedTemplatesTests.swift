import Foundation
import Testing

/// The `dossier` binary carries its templates: copied anywhere, it builds a new dossier from
/// any folder, exactly as the README's walkthrough says; a dossier's own `Templates/` and
/// `--templates` override the built-in set, in that order of precedence.
struct EmbeddedTemplatesTests {
    /// A copy of the built binary alone in a folder of its own.
    static func copiedBinary(in folder: URL) throws -> URL {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("dossier")
        try FileManager.default.copyItem(at: try DossierBinary.url(), to: copy)
        return copy
    }

    static let article = """
        الرئيسية
        أخبار
        المجلس البلدي يقر خطة النقل بعد جلسة مطولة
        الخميس 17 يونيو 2021
        عمّان - أقر المجلس البلدي اليوم الخميس خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه في مؤتمر صحفي.

        وقال رئيس البلدية إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين، بكلفة تتجاوز مئة مليون.

        """

    /// The README's three steps, run from an unrelated folder with a copied binary; a second
    /// import of the same file is refused.
    @Test func readmeWalkthroughWorksFromAnyFolder() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.copiedBinary(in: folder)
        let work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: work.appendingPathComponent("copied.txt"))

        let initialised = try DossierBinary.run(["init", "my-dossier"], executable: dossier, in: work)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let built = try DossierBinary.run(
            ["build", "--source", "my-dossier", "--output", "my-site"], executable: dossier, in: work)
        #expect(built.status == 0, "\(built.stderr)")
        let site = work.appendingPathComponent("my-site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        // Assets come from the binary byte for byte, fonts included.
        let templates = DossierBinary.root.appendingPathComponent("Templates")
        for asset in ["assets/style.css", "assets/favicon.svg", "assets/fonts/NotoNaskhArabic-Bold.subset.woff2"] {
            let written = try Data(contentsOf: site.appendingPathComponent(asset))
            #expect(written == (try Data(contentsOf: templates.appendingPathComponent(asset))), "\(asset)")
        }

        let imported = try DossierBinary.run(
            ["new", "article", "copied.txt", "--source", "my-dossier"], executable: dossier, in: work)
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try DossierBinary.run(
            ["new", "article", "copied.txt", "--source", "my-dossier"], executable: dossier, in: work)
        #expect(again.status != 0)
        #expect(again.stderr.contains("is already in the dossier"), "\(again.stderr)")
        let rebuilt = try DossierBinary.run(
            ["build", "--source", "my-dossier", "--output", "my-site"], executable: dossier, in: work)
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    }

    /// `<source>/Templates` overrides the built-in set (and the incremental build notices the
    /// change); `--templates` overrides both.
    @Test func ownTemplatesThenTemplatesOptionOverrideTheBuiltInSet() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.copiedBinary(in: folder)
        let source = folder.appendingPathComponent("x")
        let output = folder.appendingPathComponent("x-site")
        #expect(try DossierBinary.run(["init", source.path], executable: dossier, in: folder).status == 0)
        let build = ["build", "--source", source.path, "--output", output.path, "--quiet"]
        #expect(try DossierBinary.run(build, executable: dossier, in: folder).status == 0)
        let home = output.appendingPathComponent("index.html")
        #expect(!(try String(contentsOf: home, encoding: .utf8)).contains("own-templates-marker"))

        // The dossier's own copy, with a marker in the layout.
        let own = source.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: DossierBinary.root.appendingPathComponent("Templates"), to: own)
        let base = own.appendingPathComponent("base.mustache")
        let layout = try String(contentsOf: base, encoding: .utf8)
        try Data(layout.replacingOccurrences(of: "</body>", with: "<!-- own-templates-marker --></body>").utf8)
            .write(to: base)
        let withOwn = try DossierBinary.run(build, executable: dossier, in: folder)
        #expect(withOwn.status == 0, "\(withOwn.stderr)")
        #expect(try String(contentsOf: home, encoding: .utf8).contains("own-templates-marker"))

        // --templates wins over the dossier's own folder.
        let given = folder.appendingPathComponent("given")
        try FileManager.default.copyItem(at: own, to: given)
        try Data(layout.replacingOccurrences(of: "</body>", with: "<!-- given-marker --></body>").utf8)
            .write(to: given.appendingPathComponent("base.mustache"))
        let withGiven = try DossierBinary.run(
            build + ["--templates", given.path], executable: dossier, in: folder)
        #expect(withGiven.status == 0, "\(withGiven.stderr)")
        let page = try String(contentsOf: home, encoding: .utf8)
        #expect(page.contains("given-marker") && !page.contains("own-templates-marker"))

        // A --templates folder that is not there is an error naming it, not a silent fallback.
        let missing = try DossierBinary.run(
            build + ["--templates", folder.appendingPathComponent("nope").path], executable: dossier, in: folder)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("templates folder not found"), "\(missing.stderr)")

        // The dossier's own `Templates/` linking to a folder outside it is refused, as every
        // link out of the dossier is: the site would publish that folder's files.
        try FileManager.default.removeItem(at: own)
        try FileManager.default.createSymbolicLink(at: own, withDestinationURL: given)
        let linked = try DossierBinary.run(build, executable: dossier, in: folder)
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("outside the dossier, whose files the site would publish"), "\(linked.stderr)")
        #expect(try String(contentsOf: home, encoding: .utf8) == page)
    }

    /// A templates folder that holds the dossier (a theme folder with the dossier inside it, or
    /// the dossier itself) is refused: the site publishes the templates folder's files, and the
    /// sources (raw articles, sidecars, drafts) would be published with them.
    @Test func aTemplatesFolderHoldingTheDossierIsRefused() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.copiedBinary(in: folder)
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: DossierBinary.root.appendingPathComponent("Templates"), to: theme)
        let source = theme.appendingPathComponent("my-dossier")
        #expect(try DossierBinary.run(["init", source.path], executable: dossier, in: folder).status == 0)
        let output = folder.appendingPathComponent("site")
        for templates in [theme, source] {
            let build = try DossierBinary.run(
                ["build", "--source", source.path, "--templates", templates.path, "--output", output.path],
                executable: dossier, in: folder)
            #expect(build.status == 1, "\(build.stderr)")
            #expect(build.stderr.contains("holds the dossier"), "\(build.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }
}
