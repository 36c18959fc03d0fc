/// A page of the notes list: anchored notes grouped by article, newest article first.
public struct NotesPage: PageContent {
    public static let template = TemplateName.notes

    /// One article and its notes in body order.
    public struct Group: Sendable, Hashable, Encodable {
        public let titleHTML: String
        /// ` dir="auto"`, or `lang`/`dir` of an article in another language than the page.
        public let textAttributes: String
        /// The article's title as text, for the table of contents.
        public let title: String
        public let href: String
        public let notes: [NoteView]
        /// The group's own id on the page (`notes-<article id>`).
        public let elementID: String

        /// `language` is the article's, when it differs from the page's.
        public init(title: String, href: String, notes: [NoteView], articleID: String, language: String? = nil) {
            self.titleHTML = HTMLText.text(title, language: language)
            self.textAttributes = HTMLText.textAttributes(language)
            self.title = title
            self.href = href
            self.notes = notes
            self.elementID = "notes-" + articleID
        }
    }

    /// One kind of note offered by the filter, with how many notes have it.
    public struct KindOption: Sendable, Hashable, Encodable {
        public let kind: String
        public let label: String
        public let count: Int
    }

    public let groups: [Group]
    public let hasNotes: Bool
    /// The kinds present, most notes first; the filter shows when there are two or more.
    public let kinds: [KindOption]
    public let hasKindFilter: Bool
    /// One link per article group.
    public let contents: [ContentsLink]
    public let hasContents: Bool
    /// Present when the notes span several pages.
    public let pager: PagerView?
    public let labels: UIStrings

    /// The kind filter and its counts cover this page's notes (it filters the page in the browser).
    public init(groups: [Group], pager: PagerView? = nil, labels: UIStrings = .arabic) {
        self.pager = pager
        self.groups = groups
        self.hasNotes = !groups.isEmpty
        var counts: [String: Int] = [:]
        for note in groups.flatMap(\.notes) { counts[note.kind, default: 0] += 1 }
        self.kinds = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
            KindOption(kind: $0.key, label: labels.commentary.label(forNoteKind: $0.key), count: $0.value)
        }
        self.hasKindFilter = kinds.count > 1
        self.contents = groups.map { ContentsLink(label: $0.title, targetID: $0.elementID) }
        self.hasContents = contents.count >= ContentsLink.minimumCount
        self.labels = labels
    }
}
