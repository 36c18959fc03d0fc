/// Static checks of a gazetteer's aliases (docs/arabic-text-engine.md §4.6).
public enum GazetteerLint {
    /// Function words (L0 spellings) that single-token aliases must not equal after folding.
    public static let commonWords: [String] = [
        "على", "إلى", "أن", "إن", "من", "في", "عن", "ما", "لا", "هو", "هي", "كل", "مع",
        "حتى", "لدى", "متى", "أو", "ثم", "قد", "لم", "لن", "بين", "بعد", "قبل", "عند", "منذ",
        "التي", "الذي", "هذا", "هذه", "ذلك", "تلك", "كان", "قال",
    ]

    /// L1 stoplist of docs/arabic-text-engine.md §4.6.
    public static let stoplist: Set<String> = [
        "علي", "الي", "ان", "من", "في", "عن", "ما", "لا", "هو", "هي", "كل", "مع",
    ]

    /// Findings for every alias of every entity, in entity and alias order.
    ///
    /// `people` are the entities that are people, whose words are names on their own (a
    /// surname, «عون» of «ميشال عون»); nil counts every entity as one.
    public static func findings(for entities: [GazetteerEntity], people: Set<String>? = nil) -> [GazetteerLintFinding] {
        let commonFolds = Dictionary(
            commonWords.map { (ArabicNormalizer.matchKeyString($0), $0) }, uniquingKeysWith: { first, _ in first })
        var owners: [String: [(entityID: String, strong: Bool)]] = [:]
        for entity in entities {
            for (alias, strong) in listedAliases(of: entity) {
                let key = tokenKey(alias)
                guard !key.isEmpty else { continue }
                owners[key, default: []].append((entity.id, strong))
            }
        }
        var result: [GazetteerLintFinding] = []
        for entity in entities {
            for (alias, strong) in listedAliases(of: entity) {
                result += findings(
                    alias: alias, strong: strong, entityID: entity.id, commonFolds: commonFolds,
                    owners: owners[tokenKey(alias)] ?? [])
            }
        }
        return result + namesakeFindings(for: entities, people: people)
    }

    static func listedAliases(of entity: GazetteerEntity) -> [(String, Bool)] {
        entity.strongAliases.map { ($0, true) } + entity.weakAliases.map { ($0, false) }
    }

    static func tokenKey(_ alias: String) -> String {
        ArabicTokenizer.tokens(in: alias).map(\.text).joined(separator: " ")
    }

    private static func findings(
        alias: String, strong: Bool, entityID: String, commonFolds: [String: String],
        owners: [(entityID: String, strong: Bool)]
    ) -> [GazetteerLintFinding] {
        func finding(_ kind: GazetteerLintFinding.Kind, _ severity: GazetteerLintFinding.Severity, _ message: String)
            -> GazetteerLintFinding
        {
            GazetteerLintFinding(entityID: entityID, alias: alias, kind: kind, severity: severity, message: message)
        }
        let tokens = ArabicTokenizer.tokens(in: alias)
        guard let first = tokens.first else {
            return [finding(.empty, .error, "alias «\(alias)» has no letters; remove it")]
        }
        var result: [GazetteerLintFinding] = []
        if tokens.count == 1 {
            let word = first.text
            if first.length <= 2 {
                return [
                    finding(
                        .tooShort, .error,
                        "alias «\(alias)» has \(first.length == 1 ? "one letter" : "2 letters"); single-word aliases need at least 3 (ignored)"
                    )
                ]
            }
            // A weak alias already carries the remedy these findings ask for (docs/arabic-text-engine.md §4.6).
            guard strong else { return sharedAliasFindings() }
            if first.length == 3 {
                result.append(
                    finding(
                        .short, .warning,
                        "alias «\(alias)» has only 3 letters and may match ordinary words; make it weak or use a longer form"
                    ))
            }
            if let common = commonFolds[word],
                ArabicNormalizer.displayText(common) != ArabicNormalizer.displayText(alias)
            {
                result.append(
                    finding(
                        .foldsOntoCommonWord, .warning,
                        "alias «\(alias)» folds onto the common word «\(common)»; make it weak or use the full name"))
            } else if stoplist.contains(word) || commonFolds[word] != nil {
                result.append(
                    finding(
                        .stopword, .warning,
                        "alias «\(alias)» is a common function word; make it weak or use the full name"))
            }
        }
        return result + sharedAliasFindings()

        func sharedAliasFindings() -> [GazetteerLintFinding] {
            let others = Set(owners.map(\.entityID)).subtracting([entityID])
            guard !others.isEmpty, strong || owners.contains(where: { $0.strong }) else { return [] }
            return [
                finding(
                    .sharedAlias, .warning,
                    "alias «\(alias)» is also listed by \(others.sorted().joined(separator: ", ")); list it as a weak alias of each"
                )
            ]
        }
    }
}
