/// Whether a mention came from a strong or a weak alias.
public enum MentionStrength: String, Sendable, Hashable, Codable {
    /// A full name or distinctive spelling.
    case strong
    /// A shared or common-word alias, activated per text.
    case weak
}

/// Whether a mention was linked to one entity.
public enum MentionStatus: Sendable, Hashable {
    /// Linked to `Mention.entityID`.
    case resolved
    /// Not linked: the alias belongs to several entities, or (weak) no single owner has a
    /// strong mention in the text. `candidates` are the entity ids owning the alias, sorted.
    case ambiguous(candidates: [String])
}

/// One occurrence of a gazetteer alias in a text.
public struct Mention: Sendable, Hashable {
    /// The linked entity id; nil when `status` is `.ambiguous`.
    public let entityID: String?
    /// L0 scalar range of the whole matched tokens, proclitics included («وبوتين»).
    public let range: Range<Int>
    /// The alias that matched, as listed in the gazetteer.
    public let alias: String
    /// The L0 text of `range`.
    public let surface: String
    /// The generated proclitic the text carried, in L1 («و», «ول», «» when none).
    public let proclitic: String
    /// Strong or weak alias.
    public let strength: MentionStrength
    /// Resolved or ambiguous.
    public let status: MentionStatus

    /// Creates a mention.
    public init(
        entityID: String?, range: Range<Int>, alias: String, surface: String, proclitic: String,
        strength: MentionStrength, status: MentionStatus
    ) {
        self.entityID = entityID
        self.range = range
        self.alias = alias
        self.surface = surface
        self.proclitic = proclitic
        self.strength = strength
        self.status = status
    }

    /// True when the mention is linked to one entity.
    public var isResolved: Bool { status == .resolved }
}
