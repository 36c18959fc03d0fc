import DossierModel

/// A note with the passage it was pinned to, if found.
public struct AnchoredNote: Sendable, Hashable, Identifiable, Encodable {
    /// The note as loaded.
    public let note: Note
    /// Nil when the note's article is unknown or its quote is orphaned (an error was reported).
    public let anchor: PassageAnchor?

    /// Creates an anchored note.
    public init(note: Note, anchor: PassageAnchor?) {
        self.note = note
        self.anchor = anchor
    }

    /// The note's id.
    public var id: String { note.id }
}
