import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Articles in other languages than the site's: detected without a sidecar, and shown with
/// their own `lang`/`dir` on their page and wherever their title or text appears.
@Suite("Article languages")
struct ArticleLanguageTests {
    static let files: [String: String] = [
        "dossier.yml": "title: ملف الجفاف\nlanguage: ar\n",
        "index.md": "ملف تجريبي عن الجفاف.\n",
        "articles/arabic.txt": """
        وزراء المياه يجتمعون في الرباط

        اجتمع وزراء المياه في خمس دول عربية في الرباط يوم الاثنين لبحث تقاسم مياه الأنهار، وقال الوزير المغربي إن الجفاف دخل عامه السادس.
        """,
        "articles/english.txt": """
        Water ministers meet in Rabat as drought drags on
        March 3, 2025

        Water ministers from five countries met in Rabat on Monday to discuss how the region should share its rivers, as the drought enters its sixth year.

        The Moroccan minister said that the talks were the first of their kind, and that a second meeting would be held in the spring.
        """,
        "articles/french.txt": """
        Sécheresse : les ministres de l'eau réunis à Rabat

        Les ministres de l'eau de cinq pays se sont réunis lundi à Rabat pour discuter du partage des fleuves, alors que la sécheresse entre dans sa sixième année.
        """,
        "actors/rabat.md": """
        ---
        name: الرباط
        kind: place
        aliases: [الرباط, Rabat]
        ---
        عاصمة المغرب.
        """,
    ]

    /// The site of `files` and `sidecars`.
    private func build(sidecars: [String: String] = [:]) async throws -> (
        files: [String: String], dossier: Dossier, diagnostics: [Diagnostic]
    ) {
        let folder = try SiteTestPaths.temporaryFolder("article-languages")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in Self.files.merging(sidecars, uniquingKeysWith: { $1 }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let site = try await SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        let files = Dictionary(
            site.files.compactMap { file in file.text.map { (file.path, $0) } }, uniquingKeysWith: { first, _ in first }
        )
        return (files, site.analysis.dossier, site.diagnostics)
    }

    @Test func languagesAreDetectedWithoutSidecars() async throws {
        let (_, dossier, diagnostics) = try await build()
        let languages = Dictionary(uniqueKeysWithValues: dossier.articles.map { ($0.id, $0.language) })
        #expect(languages == ["arabic": "ar", "english": "en", "french": "fr"])
        #expect(dossier.articles.first { $0.id == "english" }?.published?.iso == "2025-03-03")
        #expect(!diagnostics.contains { $0.code == .languageUndetermined })
    }

    /// A sidecar's language running the other way than the text's is told at its line; one of
    /// the same direction is the editor's call and is taken silently.
    @Test func aLanguageRunningTheOtherWayThanTheTextIsTold() async throws {
        let (_, dossier, diagnostics) = try await build(sidecars: [
            "articles/arabic.yml": "title: وزراء المياه يجتمعون\nlanguage: en\n",
            "articles/english.yml": "language: ur\n",
            "articles/french.yml": "language: de\n",
        ])
        let languages = Dictionary(uniqueKeysWithValues: dossier.articles.map { ($0.id, $0.language) })
        #expect(languages == ["arabic": "en", "english": "ur", "french": "de"])
        let told = diagnostics.filter { $0.code == .languageContradicted }
        #expect(
            told.map { "\($0.location?.path.split(separator: "/").last ?? ""):\($0.location?.line ?? 0)" }.sorted()
                == ["arabic.yml:2", "english.yml:1"], "\(told)")
        let arabic = try #require(told.first { $0.location?.path.hasSuffix("arabic.yml") == true })
        #expect(arabic.message.contains("`language: en` is written left to right, but the text reads as `ar`"))
        #expect(arabic.fix?.contains("`language: ar`") == true)
    }

    @Test func articlePageAndListsCarryTheArticleLanguage() async throws {
        let (files, _, _) = try await build()
        let english = try #require(files["articles/english/index.html"])
        #expect(english.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(english.contains(#"<h1 lang="en" dir="ltr">Water ministers meet"#))
        #expect(english.contains(#"<p id="p-1" lang="en" dir="ltr">"#))
        // Search results take the language from the page's search data.
        #expect(english.contains(#"<span data-pagefind-meta="lang">en</span>"#))
        let arabic = try #require(files["articles/arabic/index.html"])
        #expect(!arabic.contains(#"data-pagefind-meta="lang""#))
        #expect(arabic.contains(#"<p id="p-1">"#))
        // No Latin run of an English article is marked as an English island.
        #expect(!english.contains(#"<span dir="ltr" lang="en">Water"#))

        let home = try #require(files["index.html"])
        #expect(home.contains(#"lang="en" dir="ltr">Water ministers meet in Rabat as drought drags on</a>"#))
        #expect(home.contains(#"lang="fr" dir="ltr">Sécheresse : les ministres de l&#39;eau réunis à Rabat</a>"#))
        // The Arabic article is in the page's language: no attributes of its own.
        #expect(home.contains(#"arabic/index.html">وزراء المياه يجتمعون في الرباط</a>"#))

        let actor = try #require(files["actors/rabat/index.html"])
        #expect(actor.contains(#"<p class="kwic" lang="en" dir="ltr">"#))
        #expect(actor.contains(#"lang="fr" dir="ltr">Sécheresse"#))
        #expect(actor.contains(#"<p class="kwic" dir="auto">"#))

        let timeline = files.filter { $0.key.hasPrefix("timeline/") }.values.joined()
        #expect(timeline.contains(#"<h3 class="timeline-title" lang="en" dir="ltr">"#))
    }

    @Test func feedEntriesInOtherLanguagesSayWhich() async throws {
        let (files, _, _) = try await build()
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains(#"<entry xml:lang="en">"#))
        #expect(feed.contains(#"<entry xml:lang="fr">"#))
        #expect(feed.components(separatedBy: "<entry>").count == 2)
    }
}
