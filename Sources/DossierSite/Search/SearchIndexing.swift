import ArabicText
import DossierAnalysis
import DossierModel
import DossierRenderer
import Foundation

/// The search data of each page (docs/arabic-text-engine.md §5.3): a hidden block inside the
/// page's `data-pagefind-body` with its meta and its facets (in an element Pagefind reads but
/// does not index) and, last, in a `data-pagefind-meta="terms"` element, the extra terms of
/// `SearchTermSource`: indexed, and left out of excerpts by the search page
/// (`search-excerpt.js`), which knows them from the meta.
///
/// The terms come with the `SearchPage`, made from the page's sources and the analysis:
/// nothing here reads rendered HTML.
public struct SearchIndexing: Sendable {
    private let actors: [String: Actor]
    private let topics: [String: Topic]
    /// The actors' names and the topics' terms, for the terms of commentary pages.
    let vocabulary: SearchVocabulary
    /// A digest of the names, aliases and terms the fragments are made from: two builds
    /// with the same fingerprint give a page the same fragment.
    public let fingerprint: String

    /// Indexes the actors' and topics' names for the facets.
    public init(actors: [Actor], topics: [Topic]) {
        self.actors = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.topics = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        vocabulary = SearchVocabulary(entities: DossierAnalyzer.gazetteerEntities(actors), topics: topics)
        let spellings = Vocabulary(
            actors: actors.map { [[$0.id, $0.name], $0.aliases, $0.weakAliases, $0.exclude] },
            topics: topics.map { [[$0.id, $0.title], $0.terms] })
        fingerprint = (try? Fingerprint.of(spellings)) ?? UUID().uuidString
    }

    /// What the fingerprint covers: per actor id and name, aliases, weak aliases and exclusions;
    /// per topic id and title, and terms.
    private struct Vocabulary: Encodable {
        let actors: [[[String]]]
        let topics: [[[String]]]
    }

    /// The HTML to put inside the page's `data-pagefind-body`: a hidden block with the page
    /// meta (title, type), the facets (actor names, topic titles, outlet) and the extra terms.
    public func fragment(for page: SearchPage) -> String {
        // Pagefind indexes the text of meta and filter elements as page content, glued
        // together («ترامبإيلي»), and takes excerpts from it: they are read from a block it does
        // not index, and the terms, which must be found, stand last, apart, at a low weight
        // (the search page takes its excerpts from the text before them).
        var html = "<div hidden class=\"search-data\"><div data-pagefind-ignore>"
        html += span("data-pagefind-meta", "title", page.title)
        html += span("data-pagefind-meta", "type", page.type)
        if let language = page.language { html += span("data-pagefind-meta", "lang", language) }
        var seen = Set<String>()
        for id in page.actorIDs {
            guard let name = actors[id]?.name, seen.insert("a" + name).inserted else { continue }
            html += span("data-pagefind-filter", "actor", name)
        }
        for id in page.topicIDs {
            guard let title = topics[id]?.title, seen.insert("t" + title).inserted else { continue }
            html += span("data-pagefind-filter", "topic", title)
        }
        if let outlet = page.outletName, !outlet.isEmpty { html += span("data-pagefind-filter", "outlet", outlet) }
        html += "</div>"
        // The forms of the page's subject weigh as a heading's words. Like the terms, they are
        // meta, so the search page leaves them out of excerpts; apart, since Pagefind marks a
        // nested weight inside a meta value.
        if !page.subjectTerms.isEmpty {
            html +=
                " <span data-pagefind-weight=\"7\" data-pagefind-meta=\"subject\">"
                + HTMLText.escape(page.subjectTerms.joined(separator: " ")) + "</span>"
        }
        if !page.terms.isEmpty {
            html +=
                " <span data-pagefind-weight=\"0.5\" data-pagefind-meta=\"terms\">"
                + HTMLText.escape(page.terms.joined(separator: " ")) + "</span>"
        }
        return html + "</div>"
    }

    /// A facet or meta value given as element content, so commas and colons in it are safe.
    private func span(_ attribute: String, _ key: String, _ value: String) -> String {
        "<span \(attribute)=\"\(key)\">\(HTMLText.escape(value))</span>"
    }
}
