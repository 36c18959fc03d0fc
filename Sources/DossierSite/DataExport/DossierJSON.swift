import ArabicText
import DossierAnalysis
import DossierModel
import Foundation

/// The dossier as data: `data/dossier.json`, an index of the dossier (articles' metadata,
/// actors, topics, outlets, notes), and `data/articles/<id>.json`, one file per article with
/// its text, mentions and topic hits. One file of everything would grow with the dossier
/// (18 MB at 1,000 articles); an article's file changes only when the article does.
///
/// Offsets are Unicode scalar (code point) indices into each article's `bodyText`: its body
/// paragraphs joined by a blank line ("\n\n"), the same text the paragraphs array joins to.
public enum DossierJSON {
    /// The version of the format; bump it on any incompatible change (2: split into an index
    /// and a file per article; 3: an article's mentions and hits as tables, `JSONColumns`).
    public static let schemaVersion = 3

    /// The index, pretty-printed; byte-identical for identical input.
    public static func encode(_ analyzed: AnalyzedDossier) -> [UInt8] {
        document(analyzed).encoded()
    }

    /// An article's file, on one line (the per-article files are most of the data: compact JSON
    /// keeps them near the size of the text they carry).
    public static func encode(_ article: ArticleAnalysis) -> [UInt8] {
        ArticleJSONDocument(analysis: article).encodedDocument(compact: true)
    }

    /// The path of an article's file, relative to `data/` (the index's `file` key).
    public static func file(ofArticle id: String) -> String {
        SiteRoutes.path(of: .articleData(id)).replacingOccurrences(of: "data/", with: "", options: .anchored)
    }

    /// The index as a JSON value (exposed for tests and for other exports).
    public static func document(_ analyzed: AnalyzedDossier) -> JSONValue {
        let dossier = analyzed.dossier
        return .object([
            "schema_version": .int(schemaVersion),
            "title": .string(dossier.config.title),
            "language": .string(dossier.config.language),
            "articles": .array(analyzed.articles.map { article($0.article) }),
            "actors": .array(dossier.actors.map(actor)),
            "topics": .array(
                dossier.topics.map {
                    .object(["id": .string($0.id), "title": .string($0.title), "terms": .strings($0.terms)])
                }),
            "outlets": .array(
                analyzed.outlets.map {
                    .object([
                        "id": .string($0.id), "name": .string($0.outlet.name),
                        "url": .optional(WebAddress.checked($0.outlet.url)),
                        "articles": .strings($0.articles),
                    ])
                }),
            "notes": .array(analyzed.notes.compactMap(note)),
        ])
    }

    /// An article's file as a JSON value: its text and what the analyzer found in it (`encode`
    /// writes the same bytes without building it: `ArticleJSONDocument`).
    public static func document(_ analysis: ArticleAnalysis) -> JSONValue {
        .object([
            "schema_version": .int(schemaVersion),
            "id": .string(analysis.id),
            "paragraphs": .strings(analysis.article.paragraphs.map(\.text)),
            "mentions": .table(mentionColumns, analysis.mentions.compactMap(mention)),
            "title_mentions": .table(titleMentionColumns, analysis.titleMentions.map(titleMention)),
            "ambiguous": .table(ambiguousColumns, analysis.ambiguous.compactMap(ambiguous)),
            "topic_hits": .table(topicHitColumns, analysis.topicHits.map(topicHit)),
        ])
    }

    private static func article(_ article: Article) -> JSONValue {
        .object([
            "id": .string(article.id),
            "title": .string(article.title),
            "outlet": .optional(article.outlet),
            "date": .optional(article.published?.iso),
            "language": .string(article.language),
            "url": .optional(WebAddress.checked(article.url)),
            "source": .object(["path": .string(article.source.relativePath), "sha256": .string(article.source.sha256)]),
            "file": .string(file(ofArticle: article.id)),
        ])
    }

    private static func actor(_ actor: Actor) -> JSONValue {
        .object([
            "id": .string(actor.id), "name": .string(actor.name), "kind": .string(actor.kind.rawValue),
            "aliases": .strings(actor.aliases), "weak_aliases": .strings(actor.weakAliases),
        ])
    }

    /// The columns of the body mentions' table. An article's own id is the file's `id`.
    static let mentionColumns = JSONColumns([
        "id", "paragraph", "start", "end", "alias", "surface", "strength", "actor",
    ])
    /// The columns of the title mentions' table.
    static let titleMentionColumns = JSONColumns(["id", "start", "end", "alias", "surface", "strength", "actor"])
    /// The columns of the ambiguous mentions' table.
    static let ambiguousColumns = JSONColumns([
        "paragraph", "start", "end", "alias", "surface", "strength", "candidates",
    ])
    /// The columns of the topic hits' table.
    static let topicHitColumns = JSONColumns(["topic", "paragraph", "start", "end", "term", "surface"])

    /// A body mention's row; nil for a mention outside the body's paragraphs.
    static func mention(_ mention: ActorMention) -> JSONRow? {
        guard let range = mention.bodyRange, let number = mention.part.paragraphNumber else { return nil }
        return JSONRow(
            mentionColumns,
            [
                .string(mention.id), .int(number), .int(range.lowerBound), .int(range.upperBound),
                .string(mention.alias), .string(mention.surface), strength(mention.strength), .string(mention.actor),
            ])
    }

    /// A title mention's row (offsets into the title).
    static func titleMention(_ mention: ActorMention) -> JSONRow {
        JSONRow(
            titleMentionColumns,
            [
                .string(mention.id), .int(mention.range.lowerBound), .int(mention.range.upperBound),
                .string(mention.alias), .string(mention.surface), strength(mention.strength), .string(mention.actor),
            ])
    }

    /// An ambiguous mention's row with its candidates; nil outside the body's paragraphs.
    static func ambiguous(_ mention: AmbiguousMention) -> JSONRow? {
        guard let range = mention.bodyRange, let number = mention.part.paragraphNumber else { return nil }
        return JSONRow(
            ambiguousColumns,
            [
                .int(number), .int(range.lowerBound), .int(range.upperBound), .string(mention.alias),
                .string(mention.surface), strength(mention.strength), .strings(mention.candidates),
            ])
    }

    /// A topic hit's row.
    static func topicHit(_ hit: TopicHit) -> JSONRow {
        JSONRow(
            topicHitColumns,
            [
                .string(hit.topic), .int(hit.paragraphIndex + 1), .int(hit.bodyRange.lowerBound),
                .int(hit.bodyRange.upperBound), .string(hit.term), .string(hit.surface),
            ])
    }

    /// A mention's strength as the data files spell it.
    private static func strength(_ strength: MentionStrength) -> JSONValue {
        .string(strength == .strong ? "strong" : "weak")
    }

    private static func note(_ anchored: AnchoredNote) -> JSONValue? {
        guard let anchor = anchored.anchor else { return nil }
        let note = anchored.note
        return .object([
            "id": .string(note.id), "article": .string(anchor.article),
            "in": .string(anchor.inTitle ? "title" : "body"),
            "start": .int(anchor.range.lowerBound),
            "end": .int(anchor.range.upperBound), "kind": .string(note.kind), "exact": .string(anchor.exact),
            "paragraphs": .array(anchor.spans.map { .int($0.paragraphIndex + 1) }),
            "actors": .strings(note.actors), "topics": .strings(note.topics),
        ])
    }
}
