/// Finds gazetteer mentions in one text (one article), docs/arabic-text-engine.md §4.
///
/// Algorithm: L1-normalise and tokenise the text; scan tokens left to right; at each token look
/// up its surface form in the gazetteer index and extend each candidate pattern token by token
/// (later tokens must match exactly and be separated only by spaces and quotation marks, as in
/// «قناة "الحرة"»). Among matches at one
/// position the longest (in tokens) wins, then the reading without a proclitic, then strong
/// over weak; the scan resumes after the match, so mentions never overlap. A match whose entity
/// has an exclusion covering the same tokens is dropped for that entity. Weak matches are
/// resolved last: linked when exactly one owning entity has a resolved strong mention in the
/// text, otherwise reported as ambiguous.
public struct MentionFinder: Sendable {
    /// The gazetteer searched.
    public let gazetteer: Gazetteer

    /// Creates a finder over a compiled gazetteer.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// A match before weak-alias resolution.
    struct RawMatch {
        let tokens: Range<Int>
        let senses: [Gazetteer.Sense]
        let proclitic: String
        var isStrong: Bool { senses.contains { $0.strength == .strong } }
    }

    /// A match placed in the whole text: its L0 scalar range and the text it covers.
    struct PlacedMatch {
        let match: RawMatch
        let range: Range<Int>
        let surface: String
    }

    /// All mentions in an L0 text, in text order, with L0 scalar ranges.
    ///
    /// The text is searched a piece at a time (`TokenizedPiece`: no name crosses a cut), so
    /// the L1 key and tokens of a long article never exist all at once; weak aliases are then
    /// resolved over the matches of the whole text (`MentionScan`).
    public func mentions(in text: String) -> [Mention] {
        var scan = MentionScan(finder: self)
        TokenizedPiece.forEach(in: text) { scan.add($0) }
        return scan.mentions()
    }

    /// The matches of one piece of a text, left to right, placed in the whole text.
    func matches(in piece: TokenizedPiece) -> [PlacedMatch] {
        let key = piece.key
        let tokens = piece.tokens
        let pieceOffset = piece.offset
        let joined = joins(tokens, in: key)
        // Each token is looked up once, for the exclusions and for the aliases.
        let candidates = tokens.map { gazetteer.index[$0.text] }
        let exclusions = exclusionSpans(candidates, tokens: tokens, joined: joined)
        var found: [(match: RawMatch, range: Range<Int>)] = []
        // No name is found inside a web address («…/tech/musk-putin»).
        let addresses = piece.addresses
        var position = 0
        while position < tokens.count {
            guard
                let match = bestMatch(
                    at: position, candidates: candidates[position], tokens: tokens, joined: joined,
                    exclusions: exclusions)
            else {
                position += 1
                continue
            }
            let range =
                tokens[match.tokens.lowerBound].sourceRange
                .lowerBound..<tokens[match.tokens.upperBound - 1].sourceRange.upperBound
            if !addresses.contains(where: { $0.overlaps(range) }) { found.append((match, range)) }
            position = match.tokens.upperBound
            // Tokens of one character expanded under L1 (the ligature «ﷺ» is four words) share
            // its L0 range: none of them starts another mention over the same character.
            while position < tokens.count, tokens[position].sourceRange.lowerBound < range.upperBound {
                position += 1
            }
        }
        // Matches come in text order, so their surfaces are copied in one walk of the text.
        let surfaces = piece.text.scalarSlices(found.map(\.range))
        return zip(found, surfaces).map { found, surface in
            PlacedMatch(
                match: found.match,
                range: (found.range.lowerBound + pieceOffset)..<(found.range.upperBound + pieceOffset),
                surface: surface)
        }
    }

    /// `joined[i]` is true when token i+1 follows token i after spaces and quotation marks only
    /// (or a script change): news text quotes part of a name («قناة "الحرة"», «صحيفة “وول ستريت جورنال”»).
    private func joins(_ tokens: [ArabicToken], in key: NormalizedText) -> [Bool] {
        guard tokens.count > 1 else { return [] }
        return (0..<(tokens.count - 1)).map { position in
            let gap = tokens[position].keyRange.upperBound..<tokens[position + 1].keyRange.lowerBound
            return key.scalars[gap].allSatisfy(MentionFinder.isNameJoiner)
        }
    }

    /// What may stand between the tokens of one name.
    private static func isNameJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\"", "'", "«", "»", "“", "”", "„", "‘", "’": true
        default: false
        }
    }

    /// Length in tokens of `pattern` matched at `position` (first token already looked up), or nil.
    private func matchLength(
        _ pattern: Gazetteer.AliasPattern, at position: Int, tokens: [ArabicToken], joined: [Bool]
    ) -> Int? {
        let length = pattern.tokens.count
        guard position + length <= tokens.count else { return nil }
        for offset in 1..<max(length, 1) {
            guard joined[position + offset - 1], TokenText(tokens[position + offset].text) == pattern.tokens[offset]
            else {
                return nil
            }
        }
        return length
    }

    /// Token spans of every exclusion phrase found, keyed by entity index; `candidates[i]` are
    /// the gazetteer's patterns for token i.
    private func exclusionSpans(_ candidates: [[Gazetteer.Candidate]?], tokens: [ArabicToken], joined: [Bool])
        -> [Int: [Range<Int>]]
    {
        var spans: [Int: [Range<Int>]] = [:]
        for position in tokens.indices {
            guard let candidates = candidates[position] else { continue }
            for candidate in candidates {
                let pattern = gazetteer.patterns[candidate.patternIndex]
                guard pattern.isExclusion,
                    let length = matchLength(pattern, at: position, tokens: tokens, joined: joined)
                else { continue }
                for sense in pattern.senses {
                    spans[sense.entityIndex, default: []].append(position..<(position + length))
                }
            }
        }
        return spans
    }

    /// The preferred alias match starting at `position`, if any, among the token's `candidates`.
    private func bestMatch(
        at position: Int, candidates: [Gazetteer.Candidate]?, tokens: [ArabicToken], joined: [Bool],
        exclusions: [Int: [Range<Int>]]
    ) -> RawMatch? {
        guard let candidates else { return nil }
        var best: RawMatch?
        for candidate in candidates {
            let pattern = gazetteer.patterns[candidate.patternIndex]
            guard !pattern.isExclusion,
                let length = matchLength(pattern, at: position, tokens: tokens, joined: joined)
            else { continue }
            let span = position..<(position + length)
            let senses = pattern.senses.filter { sense in
                !(exclusions[sense.entityIndex] ?? []).contains {
                    $0.contains(span.lowerBound) && $0.upperBound >= span.upperBound
                }
            }
            guard !senses.isEmpty else { continue }
            let match = RawMatch(tokens: span, senses: senses, proclitic: candidate.proclitic)
            if best.map({ Self.ranks(match, above: $0) }) ?? true { best = match }
        }
        return best
    }

    /// Precedence of docs/arabic-text-engine.md §4.3: longer, then without proclitic, then strong.
    private static func ranks(_ lhs: RawMatch, above rhs: RawMatch) -> Bool {
        if lhs.tokens.count != rhs.tokens.count { return lhs.tokens.count > rhs.tokens.count }
        if lhs.proclitic.isEmpty != rhs.proclitic.isEmpty { return lhs.proclitic.isEmpty }
        if lhs.proclitic.count != rhs.proclitic.count { return lhs.proclitic.count < rhs.proclitic.count }
        return lhs.isStrong && !rhs.isStrong
    }

    /// Turns placed matches into mentions, activating weak aliases per text.
    func resolve(_ placed: [PlacedMatch]) -> [Mention] {
        let entities = gazetteer.entities
        var stronglyMentioned = Set<Int>()
        for match in placed.map(\.match) where match.isStrong {
            let owners = Set(match.senses.filter { $0.strength == .strong }.map(\.entityIndex))
            if owners.count == 1, let owner = owners.first { stronglyMentioned.insert(owner) }
        }
        return placed.map { placedMatch in
            let match = placedMatch.match
            let strength: MentionStrength = match.isStrong ? .strong : .weak
            let senses = match.senses.filter { $0.strength == strength }
            let owners = Array(Set(senses.map(\.entityIndex))).sorted()
            let linked: Int? =
                strength == .strong
                ? (owners.count == 1 ? owners.first : nil)
                : {
                    let active = owners.filter(stronglyMentioned.contains);
                    return active.count == 1 ? active.first : nil
                }()
            let sense = senses.first { $0.entityIndex == linked } ?? senses[0]
            return Mention(
                entityID: linked.map { entities[$0].id }, range: placedMatch.range, alias: sense.alias,
                surface: placedMatch.surface, proclitic: match.proclitic, strength: strength,
                status: linked == nil ? .ambiguous(candidates: owners.map { entities[$0].id }.sorted()) : .resolved)
        }
    }
}
