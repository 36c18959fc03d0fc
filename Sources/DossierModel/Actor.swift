/// A person, organisation, state, outlet or place the dossier follows.
public struct Actor: Sendable, Hashable, Identifiable, Encodable {
    /// What kind of thing an actor is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person
        case organisation
        case state
        case outlet
        case place
    }

    /// ASCII file stem, used in URLs (`actors/<id>/`).
    public var id: String
    /// Display name, in Arabic.
    public var name: String
    public var kind: Kind
    /// Strong aliases: spellings that identify this actor on their own.
    public var aliases: [String]
    /// Weak aliases: count only where a strong alias of this actor is in the same article.
    public var weakAliases: [String]
    /// Phrases never to be read as this actor.
    public var exclude: [String]
    public var profile: MarkdownText
    /// The actor file itself (line 1).
    public var source: SourceLocation
    /// Where each alias, weak alias and exclusion is written in the actor file, by its text
    /// (the first place, when one is written twice), so warnings about it point at its line.
    public var aliasLocations: [String: SourceLocation] = [:]

    public init(
        id: String, name: String, kind: Kind, aliases: [String], weakAliases: [String] = [],
        exclude: [String] = [], profile: MarkdownText, source: SourceLocation,
        aliasLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.weakAliases = weakAliases
        self.exclude = exclude
        self.profile = profile
        self.source = source
        self.aliasLocations = aliasLocations
    }

    /// Where `alias` is written in the actor file; the file itself when it is not written
    /// there (the name standing in for missing aliases).
    public func location(ofAlias alias: String) -> SourceLocation {
        aliasLocations[alias] ?? source
    }
}
