/// One named entity (actor) as the gazetteer sees it: an id and the spellings to find.
public struct GazetteerEntity: Sendable, Hashable {
    /// Stable ASCII id (an actor file stem).
    public let id: String
    /// Full names and distinctive spellings; each occurrence is a mention.
    public let strongAliases: [String]
    /// Shared surnames, common words, titles: a mention only where exactly one entity owning
    /// the alias has a strong mention in the same text.
    public let weakAliases: [String]
    /// Phrases never read as this entity: a match of its aliases inside one is dropped.
    public let exclusions: [String]

    /// Creates an entity; aliases are listed bare (no proclitics, any hamza/diacritic spelling).
    public init(id: String, strongAliases: [String], weakAliases: [String] = [], exclusions: [String] = []) {
        self.id = id
        self.strongAliases = strongAliases
        self.weakAliases = weakAliases
        self.exclusions = exclusions
    }
}
