/// One problem found in a gazetteer by `GazetteerLint` (the loader turns it into a Diagnostic).
public struct GazetteerLintFinding: Sendable, Hashable {
    /// What is wrong with the alias.
    public enum Kind: Sendable, Hashable {
        /// The alias has no letters or digits at all; it can never match.
        case empty
        /// Single-token alias of two letters or fewer: rejected, not indexed.
        case tooShort
        /// Single-token alias of three letters: likely to hit ordinary words.
        case short
        /// The alias is a stoplist function word (after folding).
        case stopword
        /// The alias folds onto a different common word («على» -> «علي»).
        case foldsOntoCommonWord
        /// Two entities list the same alias and at least one lists it as strong.
        case sharedAlias
        /// A weak alias is a word (or words) of another person's strong alias, who does not list it.
        case weakAliasInOtherName
    }

    /// How serious the finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The alias is dropped.
        case error
        /// The alias is kept but should be reviewed (usually: make it weak).
        case warning
    }

    /// The entity listing the alias.
    public let entityID: String
    /// The alias as listed.
    public let alias: String
    /// The kind of problem.
    public let kind: Kind
    /// Error or warning.
    public let severity: Severity
    /// Human-readable explanation.
    public let message: String
    /// How to fix it, when the kind's usual remedy (make the alias weak or longer) does not apply.
    public let fix: String?

    /// Creates a finding.
    public init(
        entityID: String, alias: String, kind: Kind, severity: Severity, message: String, fix: String? = nil
    ) {
        self.entityID = entityID
        self.alias = alias
        self.kind = kind
        self.severity = severity
        self.message = message
        self.fix = fix
    }
}
