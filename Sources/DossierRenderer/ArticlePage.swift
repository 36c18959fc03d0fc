import DossierModel

/// An article page: the cleaned body with numbered paragraphs, the removed furniture,
/// the original file and where each piece of metadata came from.
public struct ArticlePage: PageContent {
    public static let template = TemplateName.article

    /// The title, escaped; the builder may replace it with one carrying mention ids (`t-<n>`)
    /// and the highlights and markers of notes on the headline.
    public var titleHTML: String
    /// The title's element id when notes are anchored in it (their data export's selectors
    /// name it), else nil.
    public var titleID: String?
    /// ` lang="…" dir="…"` on the title and each paragraph when the article is in another
    /// language than the site; empty otherwise. Labels and notes around them stay in the page's.
    public let languageAttributes: String
    public let outletHTML: String
    /// Relative URL of the outlet's page, when the site has one.
    public let outletHref: String?
    public let date: DisplayDate?
    /// The article's address on the web, when known.
    public let sourceURL: String?
    /// `sourceURL` as shown: its non-ASCII letters decoded from percent-escapes (`WebAddress.readable`).
    public let sourceURLText: String?
    public internal(set) var paragraphs: [ParagraphView]
    public let furniture: [FurnitureView]
    public let furnitureCount: Int
    public let hasFurniture: Bool
    public let original: OriginalFileView
    public let provenance: [ProvenanceRow]
    public let labels: UIStrings
    /// Actors, topics, ambiguous names and backlinks of the article; nil hides the panel.
    public var sidePanel: ArticleSidePanel?
    /// True when some paragraph carries a note: the page then offers the switch that hides
    /// notes and highlights.
    public let hasNotes: Bool
    /// «تُعرض هنا 100 ملاحظة من 2000؛ كلها في», before a link to the notes list (`notesHref`),
    /// when the article has more notes than its page shows as cards.
    public var notesShownOf: String?
    /// Relative URL of the notes list's card of the first note the page shows no card for.
    public var notesHref: String?

    /// `language` is the article's when it differs from the site's, else nil.
    public init(
        title: String, language: String?, outletName: String, outletHref: String?, date: DisplayDate?,
        sourceURL: String?, paragraphs: [ParagraphView], furniture: [FurnitureView],
        original: OriginalFileView, provenance: [ProvenanceRow], labels: UIStrings = .arabic
    ) {
        self.titleHTML = HTMLText.text(title, language: language)
        self.languageAttributes = HTMLText.languageAttributes(language)
        self.outletHTML = HTMLText.isolatingLatin(outletName)
        self.outletHref = outletHref
        self.date = date
        self.sourceURL = sourceURL
        self.sourceURLText = sourceURL.map(WebAddress.readable)
        self.paragraphs = paragraphs
        self.hasNotes = paragraphs.contains { $0.hasNotes }
        self.furniture = furniture
        self.furnitureCount = furniture.count
        self.hasFurniture = !furniture.isEmpty
        self.original = original
        self.provenance = provenance
        self.labels = labels
    }
}

/// One body paragraph, with its `p-<n>` id.
public struct ParagraphView: Sendable, Hashable, Encodable {
    public let id: String
    /// The paragraph as HTML (escaped, Latin runs isolated, later mentions linked).
    public internal(set) var html: String
    /// The notes whose passage starts in this paragraph, shown beside it.
    public var notes: [NoteView] = []
    /// Stored, because templates read stored properties only.
    public private(set) var hasNotes = false
    /// Other articles' passages carrying the same claim ("also reported by"), if any: a small
    /// marker under the paragraph, kept out of the margin so it never pushes the notes down.
    public var alsoReported: AlsoReported?

    public init(id: String, html: String) {
        self.id = id
        self.html = html
    }

    /// A paragraph with its notes.
    public init(id: String, html: String, notes: [NoteView]) {
        self.id = id
        self.html = html
        self.notes = notes
        self.hasNotes = !notes.isEmpty
    }

    /// A paragraph of plain text: escaped, Latin runs isolated.
    public init(number: Int, text: String) {
        self.init(id: "p-\(number)", html: HTMLText.isolatingLatin(text))
    }
}

/// A block removed from the page, shown collapsed with why it was removed.
public struct FurnitureView: Sendable, Hashable, Encodable {
    public let kindLabel: String
    public let kind: String
    public let textHTML: String
    /// The line of the original file where the block starts.
    public let line: Int

    /// `language` is the article's when it differs from the site's: Latin runs of an English
    /// page's furniture are not marked as English islands.
    public init(_ furniture: Furniture, strings: UIStrings = .arabic, language: String? = nil) {
        self.kindLabel = strings.label(for: furniture.kind)
        self.kind = furniture.kind.rawValue
        self.textHTML = HTMLText.text(furniture.text, language: language)
        self.line = furniture.line
    }
}

/// The article's original file: its name and fingerprint, and the copy in the site when there is one.
public struct OriginalFileView: Sendable, Hashable, Encodable {
    /// Relative URL of `original.txt` from the article page; nil when originals are not published.
    public let href: String?
    public let fileName: String
    public let sha256: String
    public let byteCount: Int
    public let encoding: String

    public init(href: String?, source: SourceFile) {
        self.href = href
        self.fileName = source.fileName
        self.sha256 = source.sha256
        self.byteCount = source.byteCount
        self.encoding = source.encoding
    }
}

/// One line of the provenance list: a field and how its value was obtained.
public struct ProvenanceRow: Sendable, Hashable, Encodable {
    public let label: String
    public let valueHTML: String

    public init(label: String, value: String) {
        self.label = label
        self.valueHTML = HTMLText.isolatingLatin(value)
    }
}
