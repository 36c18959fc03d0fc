/// A compiled gazetteer: every alias and exclusion indexed by the surface forms of its first token.
///
/// Design: each alias is normalised to L1 and tokenised; aliases with the same token sequence
/// share one `AliasPattern` listing its senses (entity, strength, spelling as listed). The index
/// maps every generated first-token surface form (bare and with proclitics, see
/// `ProcliticForms`) to the patterns starting with it (a `ByteStringTable`). Matching a text is
/// then one lookup per text token plus a token-by-token comparison of the few candidates
/// found, so the cost is linear in the text and independent of the number of entities.
///
/// Single-token aliases of two letters or fewer are not indexed (they are rejected by
/// `GazetteerLint`); exclusions are indexed whatever their length.
public struct Gazetteer: Sendable {
    /// One reading of an alias pattern.
    struct Sense: Sendable, Hashable {
        let entityIndex: Int
        let strength: MentionStrength
        let alias: String
    }

    /// Aliases (or exclusions) sharing one L1 token sequence.
    struct AliasPattern: Sendable {
        let tokens: [TokenText]
        let isExclusion: Bool
        var senses: [Sense]
    }

    /// A pattern reachable from one first-token surface form.
    struct Candidate: Sendable {
        let patternIndex: Int
        let proclitic: String
    }

    /// The entities, in the order given.
    public let entities: [GazetteerEntity]
    let patterns: [AliasPattern]
    /// Candidates by first-token surface form.
    let index: ByteStringTable<[Candidate]>

    /// Compiles the entities' aliases and exclusions.
    public init(entities: [GazetteerEntity]) {
        self.entities = entities
        var patterns: [AliasPattern] = []
        var patternByKey: [String: Int] = [:]
        var index = ByteStringTable<[Candidate]>()

        func add(_ text: String, entityIndex: Int, strength: MentionStrength, isExclusion: Bool) {
            let tokens = ArabicTokenizer.tokens(in: text)
            guard let first = tokens.first else { return }
            if !isExclusion, tokens.count == 1, first.length <= 2 { return }
            let words = tokens.map(\.text)
            let key = (isExclusion ? "x " : "a ") + words.joined(separator: " ")
            let sense = Sense(entityIndex: entityIndex, strength: strength, alias: text)
            if let existing = patternByKey[key] {
                if !patterns[existing].senses.contains(sense) { patterns[existing].senses.append(sense) }
                return
            }
            let patternIndex = patterns.count
            patternByKey[key] = patternIndex
            patterns.append(AliasPattern(tokens: words.map(TokenText.init), isExclusion: isExclusion, senses: [sense]))
            for form in ProcliticForms.forms(ofFirstToken: first.text, script: first.script) {
                index.modify(form.surface, default: { [] }) {
                    $0.append(Candidate(patternIndex: patternIndex, proclitic: form.proclitic))
                }
            }
        }

        for (entityIndex, entity) in entities.enumerated() {
            for alias in entity.strongAliases {
                add(alias, entityIndex: entityIndex, strength: .strong, isExclusion: false)
            }
            for alias in entity.weakAliases {
                add(alias, entityIndex: entityIndex, strength: .weak, isExclusion: false)
            }
            for phrase in entity.exclusions {
                add(phrase, entityIndex: entityIndex, strength: .strong, isExclusion: true)
            }
        }
        self.patterns = patterns
        self.index = index
    }
}
