/// The notes page: every anchored note, grouped by article in the dossier's order.
public struct NotesPage: PageContent {
    public static let template = TemplateName.notes

    /// One article and its notes in body order.
    public struct Group: Sendable, Hashable, Encodable {
        public let titleHTML: String
        public let href: String
        public let notes: [NoteView]

        public init(title: String, href: String, notes: [NoteView]) {
            self.titleHTML = HTMLText.isolatingLatin(title)
            self.href = href
            self.notes = notes
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
    public let labels: UIStrings

    public init(groups: [Group], labels: UIStrings = .arabic) {
        self.groups = groups
        self.hasNotes = !groups.isEmpty
        var counts: [String: Int] = [:]
        for note in groups.flatMap(\.notes) { counts[note.kind, default: 0] += 1 }
        self.kinds = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
            KindOption(kind: $0.key, label: labels.commentary.label(forNoteKind: $0.key), count: $0.value)
        }
        self.hasKindFilter = kinds.count > 1
        self.labels = labels
    }
}
