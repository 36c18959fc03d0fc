import DossierModel
import Foundation
import Testing

@testable import DossierRenderer

/// Templates are checked at start-up: a missing one is an error naming it.
struct TemplateSetTests {
    private static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

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
}
