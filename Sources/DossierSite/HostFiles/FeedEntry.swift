import DossierAnalysis
import DossierModel
import DossierRenderer

/// One entry of the Atom feed: an article or a note.
public struct FeedEntry: Sendable, Hashable {
    /// What the entry stands for.
    public enum Kind: String, Sendable, Hashable {
        case article
        case note
    }

    public let kind: Kind
    /// Stable key, unique in the feed: `articles/<id>` or `notes/<id>`; the entry id is built from it.
    public let key: String
    /// Entry title (plain text).
    public private(set) var title: String
    /// Site path of the page showing it, e.g. `articles/x/index.html` or `articles/x/index.html#note-n`.
    public let path: String
    /// The date of the entry; nil uses the feed's fallback date.
    public let updated: PartialDate?
    /// Plain-text summary.
    public private(set) var summary: String
    /// Rendered HTML content, when the caller has it.
    public let contentHTML: String?
    /// Author name, when known (the outlet for an article).
    public let author: String?
    /// The entry's language when it differs from the feed's (`xml:lang` on the entry).
    public let language: String?

    /// Creates an entry.
    public init(
        kind: Kind, key: String, title: String, path: String, updated: PartialDate?, summary: String,
        contentHTML: String? = nil, author: String? = nil, language: String? = nil
    ) {
        self.language = language
        self.kind = kind
        self.key = key
        self.title = title
        self.path = path
        self.updated = updated
        self.summary = summary
        self.contentHTML = contentHTML
        self.author = author
    }

    /// Entries a feed holds: readers poll the feed for what is new, and a feed of every
    /// article would grow with the dossier (a megabyte at 1,000 articles) and be fetched whole
    /// on every poll.
    public static let limit = 50

    /// The latest `limit` entries of a dossier's articles and notes, newest first, ties by key.
    ///
    /// A note has no date of its own: it takes its article's publication date.
    public static func entries(for dossier: Dossier, summaryLength: Int = 280, limit: Int = limit) -> [FeedEntry] {
        let articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let outlets = Dictionary(dossier.outlets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // A note's summary is its body as plain text, made only for the notes the feed keeps.
        var candidates = dossier.articles.map { article in
            (
                entry: FeedEntry(
                    kind: .article, key: "articles/\(article.id)", title: article.title,
                    path: "articles/\(article.id)/index.html", updated: article.published,
                    summary: article.paragraphs.first?.text ?? "",
                    author: article.outlet.flatMap { outlets[$0] },
                    language: article.language(differingFrom: dossier.config.language)),
                note: Note?.none
            )
        }
        for note in dossier.notes {
            let article = articles[note.article]
            candidates.append(
                (
                    entry: FeedEntry(
                        kind: .note, key: "notes/\(note.id)",
                        title: UIStrings.arabic.notePrefix + (article?.title ?? note.article),
                        path: "articles/\(note.article)/index.html#note-\(note.id)", updated: article?.published,
                        summary: ""),
                    note: note
                ))
        }
        let sorted = candidates.sorted { lhs, rhs in
            switch (lhs.entry.updated, rhs.entry.updated) {
            case let (left?, right?) where left != right: return left > right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.entry.key < rhs.entry.key
            }
        }
        // Summaries are clipped once the entries are chosen: a thousand articles make fifty entries.
        return sorted.prefix(max(0, limit)).map { candidate in
            var entry = candidate.entry
            if let note = candidate.note {
                entry.summary = "«\(note.quote)» " + MarkdownRenderer.plainText(of: note.body.text)
                // The notes of one article would all have its title: the note's first words tell them apart.
                entry.title += " — " + NoteExcerpt.words(of: note.body.text)
            }
            entry.summary = clipped(entry.summary, to: summaryLength)
            return entry
        }
    }

    /// Whitespace collapsed and cut at a word boundary to at most `length` scalars, with «…».
    static func clipped(_ text: String, to length: Int) -> String {
        if text.utf8.count <= length || text.unicodeScalars.count <= length, CollapsedText.isCollapsed(text) {
            return text
        }
        return TextClip.clipped(text, to: length)
    }
}
