import DossierModel

/// A timeline event with each of its source passages anchored.
public struct AnchoredEvent: Sendable, Hashable, Encodable {
    /// The event as loaded.
    public let event: TimelineEvent
    /// One entry per `event.sources`, in the same order.
    public let passages: [AnchoredPassage]

    /// Creates an anchored event.
    public init(event: TimelineEvent, passages: [AnchoredPassage]) {
        self.event = event
        self.passages = passages
    }
}

/// A timeline source passage and where it was found.
public struct AnchoredPassage: Sendable, Hashable, Encodable {
    /// The reference as written in `timeline.yml`.
    public let reference: PassageReference
    /// Nil when the article is unknown or the quote was not found (an error was reported).
    public let anchor: PassageAnchor?

    /// Creates an anchored passage.
    public init(reference: PassageReference, anchor: PassageAnchor?) {
        self.reference = reference
        self.anchor = anchor
    }
}
