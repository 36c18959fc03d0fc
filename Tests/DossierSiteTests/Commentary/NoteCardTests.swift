import DossierRenderer
import Foundation
import Testing

/// Note cards away from their article: on actor and topic pages a card names its article (the
/// title its page shows, linked to the note's passage) instead of a number that restarts in
/// every article; the notes list keeps the numbers under each article's title. No card says
/// «back to the passage», since its reader was never there.
@Suite struct NoteCardTests {
    @Test(
        "actor and topic cards name their article, linked to the passage",
        arguments: [SiteTestPaths.seeds, CommentaryPageTests.anotherStory])
    func cardsNameTheirArticle(source: String) async throws {
        let probe = SiteProbe(try await CommentaryPageTests.site(source))
        var checked = 0
        for (page, html) in probe.files where page.hasPrefix("actors/") || page.hasPrefix("topics/") {
            for card in Self.cards(in: html) {
                #expect(!card.contains("note-number"), "\(page): a card shows its number")
                let link = try #require(
                    Self.firstMatch(#"<p class="note-article"[^>]*>[^<]*<a href="([^"]*)"[^>]*>(.*?)</a>"#, in: card),
                    "\(page): a card does not name its article:\n\(card)")
                let target = SiteProbe.resolve(String(link[0].split(separator: "#")[0]), from: page)
                let note = try #require(Self.firstMatch(#"id="card-([^"]*)""#, in: card)?.first)
                #expect(link[0].hasSuffix("#note-\(note)"), "\(page): \(note) links to \(link[0])")
                let heading = try #require(
                    probe.files[target].flatMap { Self.firstMatch("<h1[^>]*>(.*?)</h1>", in: $0)?.first },
                    "\(page): no article page \(target)")
                #expect(Self.text(link[1]) == Self.text(heading), "\(page): \(link[1]) is not \(target)'s title")
                checked += 1
            }
        }
        #expect(checked >= 3)
    }

    @Test("no card says «back to the passage»", arguments: [SiteTestPaths.seeds, CommentaryPageTests.anotherStory])
    func noBackLinkAwayFromTheArticle(source: String) async throws {
        let probe = SiteProbe(try await CommentaryPageTests.site(source))
        let back = CommentaryStrings().backToPassage
        var notesCards = 0
        for (page, html) in probe.files
        where page.hasPrefix("actors/") || page.hasPrefix("topics/") || page.hasPrefix("notes/") {
            for card in Self.cards(in: html) {
                #expect(!card.contains(back), "\(page): \(card)")
                if page.hasPrefix("notes/") {
                    #expect(card.contains("class=\"note-number\""), "\(page): a card of the notes list lost its number")
                    notesCards += 1
                }
            }
        }
        #expect(notesCards >= 3)
    }

    /// The `note-card` elements of a page (margin notes excepted), each up to its last `</div>`.
    static func cards(in html: String) -> [String] {
        html.components(separatedBy: #"<div class="note-card""#).dropFirst().map {
            String($0[..<($0.range(of: "</div>\n</div>")?.upperBound ?? $0.endIndex)])
        }
    }

    /// The capture groups of the first match of `pattern` in `text`.
    static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: .dotMatchesLineSeparators),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }

    /// The text of an HTML fragment: tags left out, entities decoded.
    static func text(_ html: String) -> String {
        SiteProbe.decode(html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
    }
}
