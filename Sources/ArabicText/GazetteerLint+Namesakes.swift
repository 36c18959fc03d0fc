extension GazetteerLint {
    /// `weakAliasInOtherName` findings: a weak alias that is a word of another entity's name.
    ///
    /// A weak alias links to its owner in every article naming the owner, so «عون» of Joseph
    /// Aoun is linked to him in «انتهاء ولاية عون» about Michel Aoun when the article names
    /// Joseph. Listing the word as a weak alias of the other entity too makes an article naming
    /// both leave it unlinked (docs/arabic-text-engine.md §4.5), and silences the finding.
    /// Only the names of `people` count (nil: every entity's): a person is called by a word of
    /// the name alone, an organisation hardly ever («إكس» alone is not «سبيس إكس»).
    static func namesakeFindings(for entities: [GazetteerEntity], people: Set<String>?) -> [GazetteerLintFinding] {
        var names: [String: [(entityID: String, name: String)]] = [:]
        var listed: [String: Set<String>] = [:]
        for entity in entities {
            for (alias, _) in listedAliases(of: entity) { listed[tokenKey(alias), default: []].insert(entity.id) }
            guard people?.contains(entity.id) ?? true else { continue }
            for name in entity.strongAliases {
                let words = ArabicTokenizer.tokens(in: name).map(\.text)
                for key in Set(innerRuns(of: words)) { names[key, default: []].append((entity.id, name)) }
            }
        }
        var result: [GazetteerLintFinding] = []
        for entity in entities {
            for alias in entity.weakAliases {
                let key = tokenKey(alias)
                let others = (names[key] ?? []).filter {
                    $0.entityID != entity.id && !(listed[key] ?? []).contains($0.entityID)
                }
                guard let other = others.first else { continue }
                result.append(finding(alias: alias, of: entity.id, inNameOf: other))
            }
        }
        return result
    }

    /// The runs of one or more consecutive words of a name, the whole name aside.
    private static func innerRuns(of words: [String]) -> [String] {
        guard words.count > 1 else { return [] }
        var runs: [String] = []
        for start in words.indices {
            for end in (start + 1)...words.count where end - start < words.count {
                runs.append(words[start..<end].joined(separator: " "))
            }
        }
        return runs
    }

    private static func finding(alias: String, of entityID: String, inNameOf other: (entityID: String, name: String))
        -> GazetteerLintFinding
    {
        GazetteerLintFinding(
            entityID: entityID, alias: alias, kind: .weakAliasInOtherName, severity: .warning,
            message:
                "weak alias «\(alias)» is a word of «\(other.name)», a name of \(other.entityID): in an article that names \(entityID), «\(alias)» alone is linked to \(entityID) even where it means \(other.entityID)",
            fix:
                "list «\(alias)» in the `weak_aliases:` of \(other.entityID) too (an article naming both then links neither), and add the phrases where it means \(other.entityID) to the `exclude:` of \(entityID); `dossier mentions` lists every «\(alias)»"
        )
    }
}
