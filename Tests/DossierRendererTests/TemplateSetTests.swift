import DossierModel
import Foundation
import Mustache
import Testing

@testable import DossierRenderer

/// Templates are checked at start-up: a missing one is an error naming it.
struct TemplateSetTests {
    private static let templates = RendererTestPaths.templates

    @Test func loadsTheProjectTemplatesAndListsAssets() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        #expect(set.assets.contains("assets/style.css"))
        #expect(!set.assets.contains { $0.hasSuffix(".mustache") })
    }

    /// Every `url(…)` of the stylesheet is an asset (the bundled fonts), and the fonts travel
    /// with their licence.
    @Test func stylesheetURLsAreAssetsAndFontsCarryTheirLicence() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        let css = try String(contentsOfFile: Self.templates + "/assets/style.css", encoding: .utf8)
        let urls = css.split(separator: "url(\"").dropFirst().compactMap { $0.split(separator: "\"").first }
        #expect(urls.count >= 2)
        for url in urls { #expect(set.assets.contains("assets/" + url), "style.css uses missing \(url)") }
        #expect(set.assets.contains("assets/fonts/OFL.txt"))
        #expect(set.assets.contains("assets/page.js") && set.assets.contains("assets/favicon.svg"))
    }

    /// The set built into the binary is the project's `Templates/` folder, fonts byte for byte.
    @Test func embeddedSetIsTheTemplatesFolderByteForByte() async throws {
        let embedded = try TemplateSet.embedded()
        let folder = try await TemplateSet.load(directory: Self.templates)
        #expect(embedded.origin == .embedded)
        #expect(folder.origin == .folder(Self.templates))
        #expect(embedded.templateSources == folder.templateSources)
        #expect(embedded.assets == folder.assets)
        #expect(embedded.assets.contains("assets/fonts/NotoNaskhArabic-Regular.subset.woff2"))
        for asset in folder.assets {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: Self.templates + "/" + asset))
            #expect(embedded.content(ofAsset: asset) == .bytes(Array(onDisk)), "\(asset)")
            #expect(folder.content(ofAsset: asset) == .file(Self.templates + "/" + asset))
        }
    }

    /// A base template that never shows the page's content, or whose `<html>` has no `lang`
    /// or `dir`, is a warning at its line; the project's has neither problem.
    @Test func aBaseWithoutContentOrDirectionIsWarned() async throws {
        #expect(try await TemplateSet.load(directory: Self.templates).warnings.isEmpty)
        #expect(try TemplateSet.embedded().warnings.isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Self.templates, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.mustache")
        let text = try String(contentsOf: base, encoding: .utf8)
        try text.replacingOccurrences(of: "{{{contentHTML}}}", with: "{{{contentHtml}}}")
            .replacingOccurrences(of: " dir=\"{{direction}}\"", with: "")
            .write(to: base, atomically: true, encoding: .utf8)
        let warnings = try await TemplateSet.load(directory: folder.path).warnings
        // The third is the misspelt name's own (`TemplateFieldCheckTests`).
        #expect(warnings.map(\.code) == [.templateCheck, .templateCheck, .templateCheck])
        #expect(warnings[0].message.contains("never shows the page's content"))
        #expect(warnings[1].message.contains("no dir attribute"))
        #expect(warnings[1].location?.line == 2 && warnings[1].location?.path.hasSuffix("/base.mustache") == true)
        #expect(warnings[2].message.contains("`contentHtml`"))
        // The content shown through a partial is shown.
        try text.replacingOccurrences(of: "{{{contentHTML}}}", with: "{{> content-slot}}")
            .write(to: base, atomically: true, encoding: .utf8)
        try "{{{contentHTML}}}".write(
            to: folder.appendingPathComponent("content-slot.mustache"), atomically: true, encoding: .utf8)
        #expect(try await TemplateSet.load(directory: folder.path).warnings.isEmpty)
    }

    @Test func missingTemplateIsNamed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["base", "home"] {
            try "{{pageTitle}}".write(
                to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("article.mustache")
        }
    }

    /// A template that includes itself, directly or through another, is refused when loaded,
    /// naming the file, line and cycle: rendering it overflowed the stack and killed the process.
    @Test func templateIncludingItselfIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pager = folder.appendingPathComponent("pager.mustache")
        let text = try String(contentsOf: pager, encoding: .utf8)
        try (text + "{{> pager}}\n").write(to: pager, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("pager.mustache:\(line):1:")
                && "\(error)".contains("«pager» includes itself (pager → pager)")
        }
        #expect(
            PartialCycles.firstCycle(in: ["a": "{{> b}}", "b": "x {{#items}}{{> a}}{{/items}}"])?.path == [
                "a", "b", "a",
            ])
        #expect(PartialCycles.firstCycle(in: ["a": "{{> b}}", "b": "{{> c}}", "c": "leaf"]) == nil)
    }

    /// Templates each including the next twice (no cycle) make a page of 2^40 copies: the set
    /// is refused when loaded, naming the template and its inclusion, where the build ran until
    /// memory was gone. Dossier's own templates are far from the limit.
    @Test func templatesWhoseInclusionsMultiplyAreRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        for level in 0..<40 {
            try "{{> e\(level + 1)}}{{> e\(level + 1)}}".write(
                to: folder.appendingPathComponent("e\(level).mustache"), atomically: true, encoding: .utf8)
        }
        try "xx".write(to: folder.appendingPathComponent("e40.mustache"), atomically: true, encoding: .utf8)
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("e0.mustache:1:1:") && "\(error)".contains("template «e0» takes in more than 10000")
        }
        #expect(PartialExpansion.firstOverLimit(in: ["a": "{{> b}}{{> b}}", "b": "{{> c}}", "c": "leaf"]) == nil)
        let own = try FileManager.default.contentsOfDirectory(atPath: Self.templates).filter {
            $0.hasSuffix(".mustache")
        }
        var texts: [String: String] = [:]
        for file in own {
            texts[String(file.dropLast(".mustache".count))] = try String(
                contentsOfFile: Self.templates + "/" + file, encoding: .utf8)
        }
        #expect(PartialExpansion.firstOverLimit(in: texts) == nil)
    }

    /// A template that is not UTF-8 is refused at its first bad byte: decoded anyway, it put
    /// U+FFFD on every page.
    @Test func aTemplateThatIsNotUTF8IsRefusedAtItsByte() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home.mustache")
        let bytes = try Data(contentsOf: home)
        try (bytes + Data("\nعنوان ".utf8) + Data([0xFF, 0xFE])).write(to: home)
        let line = bytes.count { $0 == UInt8(ascii: "\n") } + 2
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains(
                "home.mustache:\(line):7: the template is not UTF-8 (byte 0xFF at offset \(bytes.count + 12))")
        }
    }

    /// A partial the folder does not have is refused when loaded, at its tag (it used to render
    /// as nothing, silently); one inside a comment is no inclusion.
    @Test func aMissingPartialIsRefused() async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8)
        try (text + "{{! {{> draft}} }}\n").write(to: home, atomically: true, encoding: .utf8)
        _ = try await TemplateSet.load(directory: folder.path)
        try (text + "<p>\n  {{> sidebar}}\n").write(to: home, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        let expected = "home.mustache:\(line):3: template «home» includes «sidebar», which the templates folder"
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    /// A link in the templates folder that leads out of it is refused: the file it points to
    /// would be published. A link inside the folder is kept.
    @Test func linkOutOfTheTemplatesFolderIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/assets/copy.css", withDestinationPath: folder.path + "/assets/style.css")
        #expect(try await TemplateSet.load(directory: folder.path).assets.contains("assets/copy.css"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/assets/passwd.txt", withDestinationPath: "/etc/passwd")
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("assets/passwd.txt: a link to /etc/passwd, outside the templates folder")
        }
        // A link to a folder out of it is refused too; it was left out without a word.
        try FileManager.default.removeItem(atPath: folder.path + "/assets/passwd.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/assets/img", withDestinationPath: "/etc")
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("assets/img: a link to /etc, outside the templates folder")
        }
    }

    /// Nothing under a hidden folder is an asset: a theme's `.git/config` may hold a token.
    @Test func hiddenFoldersAreNeverAssets() async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in [".git/config", "assets/.git/config", ".github/workflows/site.yml", "assets/.hidden/a.css"] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("url = https://user:token@example.org/t.git".utf8).write(to: file)
        }
        let assets = try await TemplateSet.load(directory: folder.path).assets
        #expect(assets.contains("assets/style.css"))
        #expect(assets.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } } == [])
    }

    /// A named pipe or a device among the assets (directly, or behind a link) is named for what
    /// it is: reading it would never end.
    @Test(arguments: ["pipe", "device"])
    func specialFileInTheTemplatesFolderIsNamed(_ kind: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/assets/odd.css"
        if kind == "pipe" {
            #expect(mkfifo(path, 0o644) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        }
        let expected = kind == "pipe" ? "is a named pipe (FIFO), not a file" : "is a character device"
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("assets/odd.css \(expected)") && "\(error)".contains("remove it")
        }
    }

    @Test func missingFolderIsAnError() async {
        await #expect(throws: TemplateError.self) {
            _ = try await TemplateSet.load(directory: "/nonexistent/templates")
        }
    }

    @Test func rendersAPageInsideTheLayout() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        let layout = PageLayout(
            language: "ar", pageTitle: "عنوان <x>", description: nil, stylesheetHref: "assets/style.css",
            homeHref: "index.html", siteTitle: "موقع",
            navigation: [
                NavigationItem(label: "الرئيسية", href: "index.html", isCurrent: true)
            ])
        let page = HomePage(title: "موقع", subtitle: nil, overviewHTML: nil, articles: [])
        let html = try PageRenderer(templates: set).render(page, layout: layout)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<title>عنوان &lt;x&gt;</title>"))
        #expect(html.contains(#"<a href="index.html" aria-current="page">الرئيسية</a>"#))
        #expect(html.contains(UIStrings.arabic.noArticles))
        #expect(!html.contains("name=\"description\""))
    }

    /// Every sample page and the layout render the same bytes with the specialised templates as
    /// with the templates as written.
    @Test func theSpecialisedTemplatesRenderEverySampleAsWritten() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        for (model, template) in TemplateModelSamples.rendered {
            let written = try #require(set.renderAsWritten(model, template: template.rawValue))
            let specialised = try #require(set.render(model, template: template))
            #expect(specialised == Array(written.utf8), "\(model)")
        }
    }

    /// The project's templates keep a `labels` variable only where it names no string: every
    /// word they show is written in when the set is loaded.
    @Test func everyWordTheProjectTemplatesShowIsWrittenIn() async throws {
        let specialiser = LabelSpecialiser(labels: .arabic)
        let set = try await TemplateSet.load(directory: Self.templates)
        var written = 0
        for (name, template) in set.library {
            let special = specialiser.specialise(template.nodes)
            let before = Self.labelVariables(in: template.nodes)
            let after = Self.labelVariables(in: special)
            written += before.count - after.count
            for path in after {
                #expect(specialiser.word(at: path, escaped: true) == nil, "\(name): \(path.names)")
            }
        }
        #expect(written >= 100)
    }

    /// The variables of `nodes` whose name starts with `labels`.
    private static func labelVariables(in nodes: [TemplateNode]) -> [TemplatePath] {
        nodes.flatMap { node -> [TemplatePath] in
            switch node {
            case .variable(let path, _) where path.names.first == "labels": return [path]
            case .section(_, _, let body): return labelVariables(in: body)
            default: return []
            }
        }
    }

    /// A model with no labels (the 404 page's) or with something else called `labels` renders
    /// `{{labels.…}}` as the templates as written do: empty.
    @Test func modelsWithoutTheSiteLabelsRenderTheTemplatesAsWritten() async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[{{labels.home}}|{{labels.noSuchWord}}]".write(
            to: folder.appendingPathComponent("not-found.mustache"), atomically: true, encoding: .utf8)
        let set = try await TemplateSet.load(directory: folder.path)
        func rendered(_ labels: (any TemplateValue)?) -> String? {
            set.render(Labelled(labels: labels), template: .notFound).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(rendered(nil) == "[|]")
        #expect(rendered("plain") == "[|]")
        #expect(rendered(UIStrings.arabic) == "[\(UIStrings.arabic.home)|]")
    }

    /// A model with an optional `labels` child, for the test above.
    private struct Labelled: TemplateParent {
        let labels: (any TemplateValue)?
        func child(named name: String) -> (any TemplateValue)? { name == "labels" ? labels : nil }
    }

    /// A user's template naming a word the interface does not have renders it empty, as before.
    @Test func anUnknownWordInAUserTemplateRendersEmpty() async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("home.mustache")
        let original = try String(contentsOf: path, encoding: .utf8)
        try (original + "<p>[{{labels.noSuchWord}}]{{{labels.search}}}</p>\n").write(
            to: path, atomically: true, encoding: .utf8)
        let set = try await TemplateSet.load(directory: folder.path)
        let page = HomePage(title: "t", subtitle: nil, overviewHTML: nil, articles: [])
        let html = try PageRenderer(templates: set).render(page, layout: Self.layout)
        #expect(html.contains("<p>[]\(UIStrings.arabic.search)</p>"))
    }

    /// A template that does not parse is reported at the line and column of the user's file:
    /// the words written in before the error, and the line put before each template, move
    /// nothing.
    @Test(arguments: [
        (
            "{{labels.home}} {{labels.search}} ok\n<h1>{{labels.home}}</h1> {{#open}}\n{{labels.home}}{{/close}}\n",
            "3:19"
        ),
        ("{{labels.home}}{{/close}}", "1:19"),
        ("{{labels.home}}\n{{{labels.search}}\n", "2:19"),
    ])
    func parseErrorsPointAtTheUsersFile(_ template: String, _ location: String) async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try template.write(to: folder.appendingPathComponent("home.mustache"), atomically: true, encoding: .utf8)
        // What swift-mustache itself says of the file as written.
        var expected = ""
        do {
            _ = try MustacheTemplate(string: template)
        } catch let error as MustacheTemplate.ParserError {
            expected = "\(error.context.lineNumber):\(error.context.columnNumber)"
        }
        #expect(expected == location)
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            "\(error)".contains("home.mustache:\(location): template does not parse")
        }
    }

    /// Every broken template of a folder is reported at once, each at its own file: a user who
    /// broke three mends them in one round, not three builds.
    @Test func everyBrokenTemplateIsReportedAtOnce() async throws {
        let folder = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{#items}}\nnever closed\n".write(
            to: folder.appendingPathComponent("home.mustache"), atomically: true, encoding: .utf8)
        try "<p>{{> no-such-part}}</p>\n".write(
            to: folder.appendingPathComponent("topic.mustache"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("outlet.mustache"))
        await #expect {
            _ = try await TemplateSet.load(directory: folder.path)
        } throws: { error in
            let problems = TemplateErrors.problems(in: error)
            let files = problems.map { $0.location.map { URL(fileURLWithPath: $0.path).lastPathComponent } }
            return error is TemplateErrors && problems.count == 3
                && files == ["home.mustache", nil, "topic.mustache"]
                && problems[1].message.contains("missing template outlet.mustache")
                && problems[1].message.contains("copy outlet.mustache there from dossier's own Templates/")
                && problems[2].message.contains("«no-such-part»")
                && "\(error)".split(separator: "\n").count == 3
        }
    }

    private static let layout = PageLayout(
        language: "ar", pageTitle: "t", description: nil, stylesheetHref: "assets/style.css", homeHref: "index.html",
        siteTitle: "s", navigation: [])

    /// A fresh copy of the project's templates, to edit.
    private static func copyOfTemplates() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: templates, toPath: folder.path)
        return folder
    }
}
