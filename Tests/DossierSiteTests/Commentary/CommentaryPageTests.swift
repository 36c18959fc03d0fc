import DossierRenderer
import DossierSite
import Foundation
import Testing

/// Actor, topic, outlet and notes pages against the article pages and the data files: every
/// mention link goes to an actor page that links back to the exact passage, and the JSON
/// says what the pages show. Run over the seeds and over a fixture of another story.
@Suite(.serialized) struct CommentaryPageTests {
    static let anotherStory = SiteTestPaths.fixtures.appendingPathComponent("another-story").path

    static func site(_ source: String) async throws -> RenderedSite {
        try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates).renderSite()
    }

    @Test("mention links and actor-page passage links agree both ways", arguments: [SiteTestPaths.seeds, anotherStory])
    func mentionLinksRoundTrip(source: String) async throws {
        let site = try await Self.site(source)
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.map(\.description).joined(separator: "\n"))")
        let probe = SiteProbe(site)
        var checked = 0
        for page in probe.files.keys where page.hasPrefix("articles/") && page.hasSuffix("/index.html") {
            for link in probe.links(of: page) where link.path.hasPrefix("actors/") && link.id?.hasPrefix("m-") == true {
                let actor = link.path.split(separator: "/")[1]
                // The actor's pages list the article, with its first mentions in context.
                let back = probe.actorPages(String(actor)).flatMap { probe.links(of: $0) }
                #expect(
                    back.contains { $0.path == page && $0.fragment?.hasPrefix("m-") == true }
                        || back.contains { $0.path == page && $0.fragment?.hasPrefix("t-") == true },
                    "\(actor) does not link back to a mention of \(page)")
                checked += 1
            }
        }
        // An actor is linked once per window of paragraphs (`MentionLinker`), so a short
        // fixture has few links; there must still be some in every run.
        #expect(checked >= 5)
        for page in probe.files.keys where page.hasPrefix("actors/") && page != "actors/index.html" {
            for link in probe.links(of: page) where link.path.hasPrefix("articles/") && link.fragment != nil {
                let fragment = link.fragment ?? ""
                #expect(
                    probe.ids(of: link.path).contains(fragment), "\(page) links to missing \(link.path)#\(fragment)")
            }
        }
    }

    @Test("data/dossier.json agrees with the pages", arguments: [SiteTestPaths.seeds, anotherStory])
    func dossierJSONAgreesWithPages(source: String) async throws {
        let probe = SiteProbe(try await Self.site(source))
        let json = try probe.dossierJSON()
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        let titleMentions = try #require(json["title_mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        var counts: [String: Int] = [:]
        var perArticle: [String: [String: Int]] = [:]
        for mention in mentions + titleMentions {
            let article = try #require(mention["article"] as? String)
            let id = try #require(mention["id"] as? String)
            let surface = try #require(mention["surface"] as? String)
            let text = probe.text(ofID: id, in: "articles/\(article)/index.html")
            #expect(text == surface, "\(article)#\(id): page shows \(text ?? "nothing"), JSON says \(surface)")
            counts[mention["actor"] as? String ?? "", default: 0] += 1
            perArticle[mention["actor"] as? String ?? "", default: [:]][article, default: 0] += 1
        }
        let actors = try #require(json["actors"] as? [[String: Any]])
        let strings = UIStrings.arabic.commentary
        for actor in actors {
            let id = try #require(actor["id"] as? String)
            let pages = probe.actorPages(id)
            #expect(!pages.isEmpty, "no page for actor \(id)")
            let shown = pages.flatMap { probe.links(of: $0) }.filter {
                $0.path.hasPrefix("articles/")
                    && ($0.fragment?.hasPrefix("m-") == true || $0.fragment?.hasPrefix("t-") == true)
            }
            // Every article mentioning the actor is listed once, with its first three mentions.
            let articles = perArticle[id] ?? [:]
            let expected = articles.values.reduce(0) { $0 + min(3, $1) }
            #expect(Set(shown).count == expected, "actor \(id): pages show \(Set(shown).count), expected \(expected)")
            #expect(Set(shown.map(\.path)) == Set(articles.keys.map { "articles/\($0)/index.html" }), "actor \(id)")
            let header = probe.files["actors/\(id)/index.html"] ?? ""
            for (article, count) in articles {
                #expect(header.contains(strings.mentionCount.phrase(count)) || pages.count > 1, "\(id) in \(article)")
            }
            #expect(header.contains(strings.mentionCount.phrase(counts[id, default: 0]) + "، "), "actor \(id) total")
        }
    }

    @Test(
        "every annotation selects its article text, and its highlight is on the page",
        arguments: [SiteTestPaths.seeds, anotherStory])
    func annotationsAgreeWithPages(source: String) async throws {
        let probe = SiteProbe(try await Self.site(source))
        let json = try probe.dossierJSON()
        let articles = try #require(json["articles"] as? [[String: Any]])
        let paragraphs = Dictionary(
            uniqueKeysWithValues: articles.map { article in
                ((article["id"] as? String) ?? "", (article["paragraphs"] as? [String]) ?? [])
            })
        let titles = Dictionary(
            uniqueKeysWithValues: articles.map { (($0["id"] as? String) ?? "", ($0["title"] as? String) ?? "") })
        let data = Data((probe.files["data/annotations.jsonld"] ?? "").utf8)
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(items.count == notes.count && !items.isEmpty)
        for item in items {
            let target = try #require(item["target"] as? [String: Any])
            let source = try #require(target["source"] as? String)
            #expect(!source.hasPrefix("/") && source.hasSuffix("/"), "\(source)")
            let article = source.split(separator: "/").last.map(String.init) ?? ""
            let selectors = try #require(target["selector"] as? [[String: Any]])
            // The passage's place in its paragraph (`p-N`, as in the data files), or, over
            // several paragraphs, its start in the first.
            let range = selectors.first { $0["type"] as? String == "RangeSelector" }
            let place = try #require(
                (range?["startSelector"] as? [String: Any])
                    ?? selectors.first { $0["type"] as? String == "FragmentSelector" })
            // A passage of the headline is placed in the title's element.
            let element = (place["value"] as? String) ?? ""
            let number = element == "headline" ? 0 : try #require(Int(element.dropFirst("p-".count)))
            let position = try #require(place["refinedBy"] as? [String: Any])
            let text = number == 0 ? titles[article] : paragraphs[article]?[number - 1]
            let scalars = Array((text ?? "").unicodeScalars)
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            try #require(start >= 0 && start < end && end <= scalars.count)
            var selected = ""
            selected.unicodeScalars.append(contentsOf: scalars[start..<end])
            let exact = try #require(
                range == nil
                    ? selectors.first { $0["type"] as? String == "TextQuoteSelector" }?["exact"] as? String
                    : notes.first {
                        ($0["id"] as? String).map { item["id"] as? String == "urn:dossier:note:" + $0 } == true
                    }?["exact"] as? String)
            #expect(
                range == nil ? selected == exact : exact.hasPrefix(selected + "\n\n"), "«\(selected)» of «\(exact)»")
            let noteID = (item["id"] as? String)?.split(separator: ":").last.map(String.init) ?? ""
            #expect(
                probe.ids(of: "articles/\(article)/index.html").contains("note-\(noteID)"), "highlight of \(noteID)")
            #expect(probe.ids(of: "notes/index.html").contains("note-\(noteID)"), "notes page entry of \(noteID)")
        }
    }

    /// Notes `x` and `x-text` on one article: each id on the page once (the card of `x` was
    /// `note-x-text`, the highlight of `x-text`), and every link reaches its target.
    @Test func noteIdsNeverMakeTheSameElementID() async throws {
        let folder = try SiteTestPaths.temporaryFolder("note-ids")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(atPath: Self.anotherStory, toPath: source.path)
        try Data("---\narticle: r1\nquote: تشكيلته\n---\nملاحظة ثانية.\n".utf8).write(
            to: source.appendingPathComponent("notes/n4-nested-text.md"))
        let site = try await Self.site(source.path)
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics.map(\.description).joined(separator: "\n"))")
        let r1 = SiteProbe(site).files["articles/r1/index.html"] ?? ""
        for id in ["note-n4-nested", "note-n4-nested-text", "margin-note-n4-nested", "margin-note-n4-nested-text"] {
            #expect(r1.components(separatedBy: "id=\"\(id)\"").count == 2, "\(id)")
        }
    }

    /// A note whose quote is no longer in its article is one error, at its file: a link to it
    /// elsewhere keeps its words without a link, rather than pointing at a place the article's
    /// page does not have and blaming the file that wrote it.
    @Test func aLinkToAnUnanchoredNoteIsNoSecondError() async throws {
        let folder = try SiteTestPaths.temporaryFolder("unanchored-link")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(atPath: Self.anotherStory, toPath: source.path)
        let note = source.appendingPathComponent("notes/n1-vote-count.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "quote: بأغلبية 253 صوتا من أصل 329", with: "quote: عبارة لم ترد في المقال")
                .utf8
        ).write(to: note)
        let topic = source.appendingPathComponent("topics/largest-bloc.md")
        try Data((try String(contentsOf: topic, encoding: .utf8) + "\nانظر [الملاحظة](note:n1-vote-count).\n").utf8)
            .write(to: topic)
        let site = try await Self.site(source.path)
        #expect(site.diagnostics.filter { $0.severity == .error }.map(\.code) == [.noteUnanchored])
        let page = SiteProbe(site).files["topics/largest-bloc/index.html"] ?? ""
        #expect(page.contains("انظر الملاحظة."))
    }

    @Test func anotherStoryKeepsNamesApartAndNotesReachable() async throws {
        let site = try await Self.site(Self.anotherStory)
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics.map(\.description).joined(separator: "\n"))")
        let probe = SiteProbe(site)
        // Two people sharing «الصدر»: Jafar's page never links to the article only about Muqtada.
        let jafar = probe.links(of: "actors/jafar-sadr/index.html").filter { $0.fragment?.hasPrefix("m-") == true }
        #expect(!jafar.isEmpty)
        #expect(!jafar.contains { $0.path == "articles/r2/index.html" })
        #expect(
            probe.links(of: "actors/muqtada-sadr/index.html").contains {
                $0.path == "articles/r2/index.html" && $0.fragment != nil
            })
        // The bare surname in r3, where both are named, is listed apart, unlinked.
        let r3 = probe.files["articles/r3/index.html"] ?? ""
        #expect(r3.contains("class=\"ambiguous\""))
        // Its two candidates stand apart, each in its own span (the style sheet puts a comma
        // between them), not run together as «جعفر الصدر مقتدى الصدر».
        #expect(r3.contains("</a></span><span class=\"candidate\"><a href="))
        // Overlapping and nested quotes: each highlight id once, marks balanced, each note card linked.
        let r1 = probe.files["articles/r1/index.html"] ?? ""
        for note in ["n2-overlap-a", "n3-overlap-b", "n4-nested"] {
            #expect(r1.components(separatedBy: "id=\"note-\(note)\"").count == 2, "\(note)")
            #expect(r1.contains("href=\"#margin-note-\(note)\""), "passage → note \(note)")
            #expect(r1.contains("href=\"index.html#note-\(note)\""), "note → passage \(note)")
        }
        #expect(r1.components(separatedBy: "<mark").count == r1.components(separatedBy: "</mark>").count)
        // A note on the headline: its passage is marked in the title, linked to its card and back.
        let heading = try #require(
            r1.components(separatedBy: "<h1").dropFirst().first?.components(separatedBy: "</h1>").first)
        #expect(heading.hasPrefix(" id=\"headline\">"), "\(heading)")
        #expect(
            heading.contains("<mark id=\"note-n6-headline\" class=\"note-mark\">البرلمان العراقي يكلف</mark>"),
            "\(heading)")
        #expect(heading.contains("href=\"#margin-note-n6-headline\""), "\(heading)")
        #expect(r1.contains("id=\"margin-note-n6-headline\""))
        #expect(r1.contains("href=\"index.html#note-n6-headline\""))
        let notes = probe.files["notes/index.html"] ?? ""
        #expect(notes.contains("id=\"note-n6-headline\""))
        #expect(notes.contains("href=\"../articles/r1/index.html#note-n6-headline\""))
        #expect(
            probe.links(of: "actors/mohammed-sudani/index.html").contains {
                $0.path == "articles/r1/index.html" && $0.fragment == "note-n6-headline"
            })
        // Variant spellings and prefixed forms resolve: «والسوداني»-style forms and «عبد اللطيف رشيد».
        #expect(
            probe.links(of: "articles/r1/index.html").contains { $0.path == "actors/abdul-latif-rashid/index.html" })
        // Cross-references and backlinks.
        let muqtada = probe.files["actors/muqtada-sadr/index.html"] ?? ""
        #expect(muqtada.contains("class=\"backlinks\""))
        #expect(probe.files["data/dossier.json"] != nil && probe.files["data/annotations.jsonld"] != nil)
        // Without `publish_originals` no source file is copied: the page names it, unlinked.
        #expect(!probe.files.keys.contains { $0.hasSuffix("original.txt") })
        #expect(r1.contains("<dd><span dir=\"ltr\">r1.txt</span></dd>"))
    }

    /// The fixture written to disk: every internal link and fragment resolves, those of the
    /// note on a headline included.
    @Test func anotherStoryBuildsAndEveryInternalLinkResolves() async throws {
        let folder = try SiteTestPaths.temporaryFolder("another-story")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = try await SiteBuilder(sourceFolder: Self.anotherStory, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: output.path)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        let written = try SiteTestPaths.snapshot(of: output)
        let problems = SiteTestPaths.linkProblems(written, output: output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(
            String(decoding: written["articles/r1/index.html"] ?? Data(), as: UTF8.self).contains(
                "id=\"note-n6-headline\""))
    }

    @Test func checkReportsAnOrphanNoteAndFails() async throws {
        let source = SiteTestPaths.fixtures.appendingPathComponent("orphan-note").path
        let report = try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates).check()
        #expect(report.failed)
        #expect(!report.wroteOutput)
        #expect(
            report.diagnostics.contains {
                $0.severity == .error && $0.location?.path.hasSuffix("notes/lost.md") == true
            })
    }

    @Test(
        "actor and notes pages match their golden files",
        arguments: [
            ("actors/mohammed-sudani/index.html", "another-actor.html"),
            ("notes/index.html", "another-notes.html"),
            ("articles/r1/index.html", "another-article-r1.html"),
        ])
    func matchesGolden(page: String, golden: String) async throws {
        let site = try await Self.site(Self.anotherStory)
        let actual = try #require(site.files.first { $0.path == page }?.text)
        let url = SiteTestPaths.golden.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(golden) differs:\n\(GoldenDiff.describe(expected: expected, actual: actual))")
    }
}
