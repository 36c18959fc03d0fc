import ArabicText
import DossierModel
import DossierRenderer
import Foundation

/// Extra search terms and Pagefind facets for each page (docs/arabic-text-engine.md §5.3).
///
/// Pagefind folds hamza on alef, drops tashkeel and tatweel and strips «ال»/«بال», but keeps
/// «و», «ل», «ف» on a word: «بوتين» does not find a page with only «وبوتين», «ايلون» not
/// «وإيلون», «العقوبات» not «والعقوبات». It also does not fold ى/ي, ة/ه or ؤ/ئ, while the
/// search page sends queries through the L1 normaliser (`normalize.js`). So each page gets,
/// in a hidden `data-pagefind-meta="terms"` element (searchable, but never shown in
/// excerpts, unlike hidden body text):
/// - the bare alias behind every gazetteer match carrying a proclitic (found by
///   `MentionFinder`, the same engine that links mentions), and for topic terms likewise;
/// - the canonical name and every strong alias of each actor mentioned or listed, so «ترمب»
///   finds a page that only writes «ترامب»;
/// - the L1 form of every word whose L1 differs from what Pagefind already folds.
/// Terms already on the page are left out.
public struct SearchIndexing: Sendable {
    private let actorFinder: MentionFinder
    private let topicFinder: MentionFinder
    private let actors: [String: Actor]
    private let topics: [String: Topic]
    /// A digest of the names, aliases and terms the fragments are made from: two builds
    /// with the same fingerprint give a page the same fragment.
    public let fingerprint: String

    /// Compiles the gazetteers of all actors and topic terms once for the whole site.
    public init(actors: [Actor], topics: [Topic]) {
        actorFinder = MentionFinder(gazetteer: Gazetteer(entities: DossierAnalyzer.gazetteerEntities(actors)))
        topicFinder = MentionFinder(
            gazetteer: Gazetteer(
                entities: topics.map { GazetteerEntity(id: $0.id, strongAliases: [$0.title] + $0.terms) }))
        self.actors = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.topics = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let vocabulary = Vocabulary(
            actors: actors.map { [[$0.id, $0.name], $0.aliases, $0.weakAliases, $0.exclude] },
            topics: topics.map { [[$0.id, $0.title], $0.terms] })
        fingerprint = (try? Fingerprint.of(vocabulary)) ?? UUID().uuidString
    }

    /// What the fingerprint covers: per actor id and name, aliases, weak aliases and exclusions;
    /// per topic id and title, and terms.
    private struct Vocabulary: Encodable {
        let actors: [[[String]]]
        let topics: [[[String]]]
    }

    /// The extra terms of a page, in first-found order, without duplicates or words already on it.
    public func extraTerms(for page: SearchPage) -> [String] {
        var collector = TermCollector(pageText: page.bodyText)
        var actorIDs = page.actorIDs
        for mention in actorFinder.mentions(in: page.bodyText) {
            collector.add(mention.alias)
            if let id = mention.entityID, !actorIDs.contains(id) { actorIDs.append(id) }
        }
        for id in actorIDs {
            guard let actor = actors[id] else { continue }
            collector.add(actor.name)
            for alias in actor.aliases { collector.add(alias) }
        }
        for mention in topicFinder.mentions(in: page.bodyText) where !mention.proclitic.isEmpty {
            collector.add(mention.alias)
        }
        ArabicTokenizer.forEachToken(in: page.bodyText) { token in
            if token.script == .arabic { collector.addKeyForm(of: token) }
        }
        return collector.terms
    }

    /// The HTML to put inside the page's `data-pagefind-body`: a hidden block with the page
    /// meta (title, type), the facets (actor names, topic titles, outlet) and the extra terms.
    public func fragment(for page: SearchPage) -> String {
        var html = "<div hidden class=\"search-data\">"
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
        let terms = extraTerms(for: page)
        if !terms.isEmpty { html += span("data-pagefind-meta", "terms", terms.joined(separator: " ")) }
        return html + "</div>"
    }

    /// A facet or meta value given as element content, so commas and colons in it are safe.
    private func span(_ attribute: String, _ key: String, _ value: String) -> String {
        "<span \(attribute)=\"\(key)\">\(HTMLText.escape(value))</span>"
    }
}
