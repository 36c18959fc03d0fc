/// The notes page: every anchored note, grouped by article in the dossier's order.
public struct NotesPage: PageContent {
    public static let template = TemplateName.notes

    /// One article and its notes in body order.
    public struct Group: Sendable, Hashable, Encodable {
        public let titleHTML: String
        /// ` dir="auto"`, or `lang`/`dir` of an article in another language than the page.
        public let textAttributes: String
        public let href: String
        public let notes: [NoteView]

        /// `language` is the article's, when it differs from the page's.
        public init(title: String, href: String, notes: [NoteView], language: String? = nil) {
            self.titleHTML = HTMLText.text(title, language: language)
            self.textAttributes = HTMLText.textAttributes(language)
            self.href = href
            self.notes = notes
        }
    }

    public let groups: [Group]
    public let hasNotes: Bool
    public let labels: UIStrings

    public init(groups: [Group], labels: UIStrings = .arabic) {
        self.groups = groups
        self.hasNotes = !groups.isEmpty
        self.labels = labels
    }
}
