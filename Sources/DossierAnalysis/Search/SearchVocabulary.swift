import ArabicText
import DossierModel

/// What search adds to a page beyond its own words, compiled once per build: the names of
/// each actor (its canonical name and strong aliases, so «ترمب» finds a page that only writes
/// «ترامب») and the topic titles and terms found behind a proclitic («والعقوبات» -> «العقوبات»).
package struct SearchVocabulary: Sendable {
    private let names: [String: [String]]
    private let topicFinder: MentionFinder

    /// The vocabulary of the actors' gazetteer `entities` and of `topics`.
    package init(entities: [GazetteerEntity], topics: [Topic]) {
        names = Dictionary(entities.map { ($0.id, $0.strongAliases) }, uniquingKeysWith: { first, _ in first })
        topicFinder = MentionFinder(
            gazetteer: Gazetteer(
                entities: topics.map { GazetteerEntity(id: $0.id, strongAliases: [$0.title] + $0.terms) }))
    }

    /// The names of the actors `ids`, in order; unknown ids give none.
    package func names(of ids: [String]) -> [String] {
        ids.flatMap { names[$0] ?? [] }
    }

    /// The topic title or term behind every match of one in `text` that carries a proclitic
    /// (Pagefind keeps «و», «ل», «ف» on a word), in text order.
    package func topicAliases(in text: String) -> [String] {
        topicAliases(of: topicFinder.mentions(in: text))
    }

    /// A scan for topic titles and terms, to be fed the pieces of a text another search
    /// tokenised already; `topicAliases(of:)` of its mentions is `topicAliases(in:)` of the text.
    package func topicScan() -> MentionScan {
        MentionScan(finder: topicFinder)
    }

    /// The topic title or term behind every one of `topicMentions` that carries a proclitic.
    package func topicAliases(of topicMentions: [Mention]) -> [String] {
        topicMentions.filter { !$0.proclitic.isEmpty }.map(\.alias)
    }
}
