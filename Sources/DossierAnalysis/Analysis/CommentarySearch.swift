import ArabicText
import DossierModel

/// What search needs of the editors' Markdown (actor profiles, topic essays, outlet texts,
/// notes): per piece, its plain text and what the analysis finds in it, the aliases of the
/// gazetteer matches, the names of the actors they resolve to and the topic terms behind
/// proclitics.
///
/// Commentary is small, so each piece is searched once per build here, with the finders
/// that scan the articles; the pages that show it take the result.
package struct CommentarySearch: Sendable, Hashable {
    private struct Key: Hashable, Sendable {
        package let kind: CommentarySource.Kind
        package let id: String
    }

    private var sources: [Key: SearchTermSource] = [:]

    /// No commentary.
    package init() {}

    /// Searches every profile, essay, outlet text and note of `dossier`.
    package init(dossier: Dossier, finder: MentionFinder, vocabulary: SearchVocabulary) {
        var pieces: [(Key, String)] = []
        pieces += dossier.actors.map { (Key(kind: .actor, id: $0.id), $0.profile.text) }
        pieces += dossier.topics.map { (Key(kind: .topic, id: $0.id), $0.essay.text) }
        pieces += dossier.outlets.compactMap { outlet in
            outlet.about.map { (Key(kind: .outlet, id: outlet.id), $0.text) }
        }
        pieces += dossier.notes.map { (Key(kind: .note, id: $0.id), $0.body.text) }
        // A note per article in a large dossier makes thousands of pieces: on every core.
        let found = pieces.concurrentMap { _, markdown in
            Self.source(of: MarkdownPlainText.text(of: markdown), finder: finder, vocabulary: vocabulary)
        }
        for ((key, _), source) in zip(pieces, found) { sources[key] = source }
    }

    /// What search takes from the Markdown of commentary `kind` `id` (nothing for an unknown one).
    package func source(_ kind: CommentarySource.Kind, _ id: String) -> SearchTermSource {
        sources[Key(kind: kind, id: id)] ?? SearchTermSource()
    }

    /// The search source of one plain text: the text, its mentions' aliases, the names of the
    /// actors they resolve to, in order of first mention, and the topic terms behind proclitics.
    private static func source(of text: String, finder: MentionFinder, vocabulary: SearchVocabulary)
        -> SearchTermSource
    {
        guard !text.isEmpty else { return SearchTermSource() }
        // Both finders search the same pieces: the text is normalised and tokenised once.
        var actorScan = MentionScan(finder: finder)
        var topicScan = vocabulary.topicScan()
        TokenizedPiece.forEach(in: text) { piece in
            actorScan.add(piece)
            topicScan.add(piece)
        }
        let mentions = actorScan.mentions()
        var actorIDs: [String] = []
        for mention in mentions {
            if let actor = mention.entityID, !actorIDs.contains(actor) { actorIDs.append(actor) }
        }
        return SearchTermSource(
            texts: [text], aliases: mentions.map(\.alias), names: vocabulary.names(of: actorIDs),
            topicTerms: [.found(vocabulary.topicAliases(of: topicScan.mentions()))])
    }
}
