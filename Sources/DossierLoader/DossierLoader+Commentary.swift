import DossierModel
import Foundation

extension DossierLoader {
    static func readConfig(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> DossierConfig {
        let relativePath = "dossier.yml"
        let path = folder.displayPath(relativePath)
        let fallbackTitle = folder.root.split(separator: "/").last.map(String.init) ?? "Dossier"
        guard folder.fileExists(relativePath) else {
            let kind = FileKind(atPath: folder.fullPath(relativePath))
            diagnostics.append(
                kind.isNotAFile
                    ? .error(
                        .configMissing, "dossier.yml is \(kind), not a file", at: SourceLocation(path: path),
                        fix: "Rename or remove that \(kind == .folder ? "folder" : "file"), then create the file "
                            + "dossier.yml with at least `title: …`.")
                    : .error(
                        .configMissing, "the source folder has no dossier.yml", at: SourceLocation(path: path),
                        fix: "Create dossier.yml with at least `title: …`."))
            return DossierConfig(title: fallbackTitle)
        }
        guard let text = TextFile.read(relativePath, in: folder, limit: .settings, diagnostics: &diagnostics),
            let mapping = YAMLMapping.parse(text, path: path, firstLine: 1, diagnostics: &diagnostics)
        else { return DossierConfig(title: fallbackTitle) }
        mapping.checkKeys(
            allowed: [
                "title", "subtitle", "description", "language", "base_url", "max_article_bytes", "max_line_characters",
                "publish_originals",
            ], in: "dossier.yml",
            diagnostics: &diagnostics)
        let title = YAMLMapping.required(
            "title", of: mapping, in: "dossier.yml", missingAt: SourceLocation(path: path),
            fixes: (
                "Add `title: …` (the dossier's name, in Arabic).",
                "Write the dossier's name, in Arabic, after `title:`."
            ),
            diagnostics: &diagnostics)
        let subtitle = mapping.string("subtitle", diagnostics: &diagnostics)
        let description = mapping.string("description", diagnostics: &diagnostics)
        diagnostics += starterTextLeft(
            ["title": title, "subtitle": subtitle, "description": description], mapping: mapping, folder: folder)
        return DossierConfig(
            title: title ?? fallbackTitle, subtitle: subtitle, description: description,
            language: siteLanguage(mapping, diagnostics: &diagnostics),
            baseURL: siteAddress(mapping, diagnostics: &diagnostics),
            limits: ArticleLimits(
                maxBytes: mapping.positiveInteger("max_article_bytes", diagnostics: &diagnostics)
                    ?? ArticleLimits.defaultMaxBytes,
                maxLineCharacters: mapping.positiveInteger("max_line_characters", diagnostics: &diagnostics)
                    ?? ArticleLimits.defaultMaxLineCharacters),
            publishOriginals: mapping.boolean("publish_originals", diagnostics: &diagnostics) ?? false)
    }

    /// `init`'s placeholders in `dossier.yml`, with where the site shows each.
    private static let starterPlaceholders = [
        (key: "title", text: StarterText.title, shown: "shown on every page"),
        (key: "subtitle", text: StarterText.subtitle, shown: "shown on every page"),
        (
            key: "description", text: StarterText.description,
            shown: "which the pages give search engines and link previews"
        ),
    ]

    /// A warning for each of `init`'s placeholders left in `dossier.yml` (`values` are what it
    /// gives for each key) once the dossier has an article of its own: the site would publish
    /// it. A new dossier, with only the example article, builds without a word.
    private static func starterTextLeft(
        _ values: [String: String?], mapping: YAMLMapping, folder: SourceFolder
    ) -> [Diagnostic] {
        let left = starterPlaceholders.filter { values[$0.key] == $0.text }
        guard !left.isEmpty,
            folder.files(in: "articles").contains(where: { path in
                let stem = Identifier.stem(of: path)
                return stem != StarterText.exampleArticleID
                    && ["txt", "md"].contains(Identifier.fileExtension(of: path))
            })
        else { return [] }
        return left.compactMap { placeholder in
            mapping.field(placeholder.key).map { field in
                .warning(
                    .starterTextLeft,
                    "`\(placeholder.key)` is still the placeholder `dossier init` wrote, \(placeholder.shown)",
                    at: field.location, fix: "Write the dossier's own \(placeholder.key) after `\(placeholder.key):`.")
            }
        }
    }

    /// The site's language from `dossier.yml`, a BCP 47 tag checked as a sidecar's is (it is
    /// every page's `lang`, and sets its direction); Arabic when it is missing or not a tag.
    private static func siteLanguage(_ mapping: YAMLMapping, diagnostics: inout [Diagnostic]) -> String {
        guard let text = mapping.string("language", diagnostics: &diagnostics), let field = mapping.field("language")
        else { return "ar" }
        return Sidecar.languageTag(text, at: field.location, diagnostics: &diagnostics) ?? "ar"
    }

    /// The site's address from `dossier.yml`: a web address (`WebAddress`) that every page's
    /// address is made by appending to, so one with a query or a fragment is refused.
    private static func siteAddress(_ mapping: YAMLMapping, diagnostics: inout [Diagnostic]) -> String? {
        guard let address = mapping.webAddress("base_url", diagnostics: &diagnostics),
            let field = mapping.field("base_url")
        else { return nil }
        guard !address.contains(where: { $0 == "?" || $0 == "#" }) else {
            diagnostics.append(
                .error(
                    .badURL,
                    "`base_url` is the address the site's pages are put under, so it has no query (`?`) or fragment (`#`): `\(address)`",
                    at: field.location,
                    fix: "Write the site's root address alone, such as `base_url: https://example.org/dossier/`."))
            return nil
        }
        if let (problem, fix) = SiteAddressCheck.problem(of: address) {
            diagnostics.append(
                .error(.badURL, "`base_url: \(address)`: \(problem)", at: field.location, fix: fix))
            return nil
        }
        return address
    }

    /// The overview essay of `index.md` and its `title:`, the heading it has on the home page.
    static func readOverview(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> (
        essay: MarkdownText?, title: String?
    ) {
        guard folder.fileExists("index.md"),
            let file = MarkdownFile.read("index.md", in: folder, requireFrontMatter: false, diagnostics: &diagnostics)
        else { return (nil, nil) }
        // Other keys were ignored before `title:` was read: a warning, so such a dossier still builds.
        var unknown: [Diagnostic] = []
        file.mapping?.checkKeys(allowed: ["title"], in: "index.md", diagnostics: &unknown)
        diagnostics += unknown.map {
            var warning = $0; warning.severity = .warning; return warning
        }
        let title = file.string("title", diagnostics: &diagnostics)?.trimmingCharacters(in: .whitespaces)
        return (file.body, title?.isEmpty == false ? title : nil)
    }

    static func readActors(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> [Actor] {
        let allowed = ["name", "kind", "aliases", "weak_aliases", "exclude"]
        var actors: [Actor] = []
        for item in identifiedFiles(in: "actors", extensions: ["md"], folder: folder, diagnostics: &diagnostics) {
            guard
                let file = MarkdownFile.read(item.path, in: folder, requireFrontMatter: true, diagnostics: &diagnostics)
            else { continue }
            file.mapping?.checkKeys(allowed: allowed, in: "an actor file", diagnostics: &diagnostics)
            guard let name = file.required("name", in: "the actor file", diagnostics: &diagnostics) else { continue }
            var kind = Actor.Kind.person
            if let text = file.string("kind", diagnostics: &diagnostics), let field = file.mapping?.field("kind") {
                if let parsed = Actor.Kind(rawValue: text) {
                    kind = parsed
                } else {
                    let kinds = Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(
                        .error(
                            .badValue, "`kind: \(text)` is not one of \(kinds)", at: field.location,
                            fix: "Use one of: \(kinds)."))
                }
            }
            let aliases = names(file.locatedList("aliases", diagnostics: &diagnostics), diagnostics: &diagnostics)
            let weakAliases = names(
                file.locatedList("weak_aliases", diagnostics: &diagnostics), diagnostics: &diagnostics)
            let exclude = file.locatedList("exclude", diagnostics: &diagnostics)
            var locations: [String: SourceLocation] = [:]
            if let line = file.keyLines["name"] {
                locations[name] = SourceLocation(path: file.location.path, line: line, column: 1)
            }
            for (text, location) in aliases + weakAliases + exclude where locations[text] == nil {
                locations[text] = location
            }
            actors.append(
                Actor(
                    id: item.id, name: name, kind: kind, aliases: aliases.isEmpty ? [name] : aliases.map(\.text),
                    weakAliases: weakAliases.map(\.text), exclude: exclude.map(\.text), profile: file.body,
                    source: file.location, aliasLocations: locations))
        }
        return actors
    }

    /// The longest alias, in scalars: names as articles write them are far shorter.
    static let maximumAliasLength = 200

    /// `aliases` without those longer than `maximumAliasLength`, which are no names (a
    /// paragraph pasted in the wrong place) and cost the mention search their length at every
    /// word; each is a warning at its line.
    private static func names(
        _ aliases: [(text: String, location: SourceLocation)], diagnostics: inout [Diagnostic]
    ) -> [(text: String, location: SourceLocation)] {
        aliases.filter { alias in
            let length = alias.text.unicodeScalars.count
            guard length > maximumAliasLength else { return true }
            diagnostics.append(
                .warning(
                    .badValue,
                    "an alias of \(length) characters («\(alias.text.prefix(30))…») is not a name; it is ignored",
                    at: alias.location,
                    fix: "Write the name as the articles write it, in at most \(maximumAliasLength) characters."))
            return false
        }
    }

    static func readTopics(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> [Topic] {
        var topics: [Topic] = []
        for item in identifiedFiles(in: "topics", extensions: ["md"], folder: folder, diagnostics: &diagnostics) {
            guard
                let file = MarkdownFile.read(item.path, in: folder, requireFrontMatter: true, diagnostics: &diagnostics)
            else { continue }
            file.mapping?.checkKeys(allowed: ["title", "terms"], in: "a topic file", diagnostics: &diagnostics)
            guard let title = file.required("title", in: "the topic file", diagnostics: &diagnostics) else { continue }
            let terms = file.list("terms", diagnostics: &diagnostics)
            // A term of marks alone («ـــ», «--») matches nothing, as an alias of them would not.
            for term in terms where !PassageQuote.namesAPassage(term) {
                diagnostics.append(
                    .warning(
                        .badValue, "topic term «\(term)» has no letter or digit, so it matches nothing; it is ignored",
                        at: file.mapping?.field("terms")?.location ?? file.location,
                        fix: "Remove the term, or write the words it stands for."))
            }
            topics.append(
                Topic(id: item.id, title: title, terms: terms, essay: file.body, source: file.location))
        }
        return topics
    }

    /// The outlets of `outlets/*.md`, by id, each with its file's path as shown.
    static func readOutletFiles(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> [String: OutletFile] {
        var outletFiles: [String: OutletFile] = [:]
        for item in identifiedFiles(in: "outlets", extensions: ["md"], folder: folder, diagnostics: &diagnostics) {
            guard
                let file = MarkdownFile.read(item.path, in: folder, requireFrontMatter: true, diagnostics: &diagnostics)
            else { continue }
            file.mapping?.checkKeys(allowed: ["name", "url"], in: "an outlet file", diagnostics: &diagnostics)
            guard let name = file.required("name", in: "the outlet file", diagnostics: &diagnostics) else { continue }
            let about = file.body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : file.body
            let outlet = Outlet(
                id: item.id, name: name, url: file.mapping?.webAddress("url", diagnostics: &diagnostics), about: about,
                source: file.location)
            outletFiles[item.id] = OutletFile(outlet: outlet, path: folder.displayPath(item.path))
        }
        return outletFiles
    }

    /// An outlet read from its file, and the file's path as shown.
    struct OutletFile {
        let outlet: Outlet
        let path: String
    }

    /// The outlets of `outletFiles`, plus every outlet an article names that has no file; an
    /// outlet with no name either is a warning at the sidecar's `outlet` line (`outletLocations`,
    /// by article id), else at the sidecar or the article's file.
    static func readOutlets(
        _ outletFiles: [String: OutletFile], articles: [Article], outletNames: OutletNaming,
        outletLocations: [String: SourceLocation], folder: SourceFolder, diagnostics: inout [Diagnostic]
    ) -> [Outlet] {
        var outlets = outletFiles.mapValues(\.outlet)
        for article in articles {
            guard let id = article.outlet, outlets[id] == nil else { continue }
            if let given = outletNames.names[id] {
                outlets[id] = Outlet(id: id, name: given.name)
            } else {
                // A file that is there but failed to load has its own error, which this follows.
                let file = folder.fileExists("outlets/\(id).md") ? "outlets/\(id).md that loads" : "outlets/\(id).md"
                diagnostics.append(
                    .warning(
                        .outletUnnamed,
                        "outlet `\(id)` has no \(file) and no `outlet_name`; its id is shown as its name",
                        at: outletLocations[article.id] ?? article.sidecar
                            ?? SourceLocation(path: folder.displayPath(article.source.relativePath)),
                        fix: "Add `outlet_name: …` to the sidecar, or create outlets/\(id).md with `name: …`."))
                outlets[id] = Outlet(id: id, name: id)
            }
        }
        outletNames.checkSidecars(
            outletFiles: outletFiles.mapValues { ($0.outlet.name, $0.path) }, diagnostics: &diagnostics)
        return outlets.values.sorted { $0.id < $1.id }
    }

    static func readNotes(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> [Note] {
        let allowed = ["article", "quote", "prefix", "suffix", "actors", "topics", "kind"]
        let kinds = ["discrepancy", "context", "correction", "source", "translation"]
        let items = identifiedFiles(in: "notes", extensions: ["md"], folder: folder, diagnostics: &diagnostics)
        // Notes are read on every core: a dossier has a note or more per article.
        let read = items.concurrentMap { item -> (note: Note?, diagnostics: [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            guard
                let file = MarkdownFile.read(item.path, in: folder, requireFrontMatter: true, diagnostics: &diagnostics)
            else { return (nil, diagnostics) }
            file.mapping?.checkKeys(allowed: allowed, in: "a note", diagnostics: &diagnostics)
            let article = file.required("article", in: "the note", diagnostics: &diagnostics)
            let quote = file.required("quote", in: "the note", diagnostics: &diagnostics)
            guard let article, let quote else { return (nil, diagnostics) }
            guard PassageQuote.namesAPassage(quote) else {
                diagnostics.append(
                    PassageQuote.diagnostic(
                        for: quote, of: "the note", at: file.mapping?.field("quote")?.location ?? file.location))
                return (nil, diagnostics)
            }
            var kind = "context"
            if let text = file.string("kind", diagnostics: &diagnostics), let field = file.mapping?.field("kind") {
                if kinds.contains(text) {
                    kind = text
                } else {
                    diagnostics.append(
                        .error(
                            .badValue, "`kind: \(text)` is not one of \(kinds.joined(separator: ", "))",
                            at: field.location, fix: "Use one of: \(kinds.joined(separator: ", "))."))
                }
            }
            let note = Note(
                id: item.id, article: article, quote: quote,
                prefix: file.string("prefix", diagnostics: &diagnostics),
                suffix: file.string("suffix", diagnostics: &diagnostics),
                actors: file.list("actors", diagnostics: &diagnostics),
                topics: file.list("topics", diagnostics: &diagnostics), kind: kind, body: file.body,
                source: file.location, keyLines: file.keyLines)
            NoteLength.check(file.body, diagnostics: &diagnostics)
            return (note, diagnostics)
        }
        diagnostics += read.flatMap(\.diagnostics)
        return read.compactMap(\.note)
    }
}
