import DossierAnalysis
import DossierModel

/// An article's data file (`data/articles/<id>.json`) written straight from its analysis: the
/// bytes of `DossierJSON.document(_:)` for the article, without its tree of values. That tree
/// holds a value for every mention and topic hit: for a long article it was several times the
/// article's size, and the largest thing a build held.
struct ArticleJSONDocument: JSONDocument {
    /// The analysis the file shows.
    let analysis: ArticleAnalysis

    /// The document's keys, those of `DossierJSON.document(_:)` for an article.
    private static let keys = [
        "schema_version", "id", "paragraphs", "mentions", "title_mentions", "ambiguous", "topic_hits",
    ]

    /// Writes the article's object, each long array one element at a time.
    func write(into writer: inout JSONWriter) {
        writer.writeObject(keys: Self.keys, depth: 0) { writer, key, depth in
            switch key {
            case "schema_version": writer.write(.int(DossierJSON.schemaVersion), depth: depth)
            case "id": writer.write(.string(analysis.id), depth: depth)
            case "paragraphs":
                writer.writeArray(analysis.article.paragraphs, depth: depth) { .string($0.text) }
            case "mentions":
                writer.writeTable(
                    analysis.mentions, columns: DossierJSON.mentionColumns, depth: depth, row: DossierJSON.mention)
            case "title_mentions":
                writer.writeTable(
                    analysis.titleMentions, columns: DossierJSON.titleMentionColumns, depth: depth,
                    row: DossierJSON.titleMention)
            case "ambiguous":
                writer.writeTable(
                    analysis.ambiguous, columns: DossierJSON.ambiguousColumns, depth: depth, row: DossierJSON.ambiguous)
            default:
                writer.writeTable(
                    analysis.topicHits, columns: DossierJSON.topicHitColumns, depth: depth, row: DossierJSON.topicHit)
            }
        }
    }
}
