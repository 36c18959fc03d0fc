/// Re-anchors a stored quote in an article's L0 text (docs/arabic-text-engine.md §9.1).
///
/// Steps: (1) the stored position still holds `exact`; (2) exact occurrences in L0, ranked by
/// prefix/suffix agreement then proximity to the stored start; (3) the same on L1 via the offset
/// map; (4) semi-global edit distance on L1, scored like Hypothesis
/// `(50·quote + 20·prefix + 20·suffix + 2·position) / 92` and accepted only when the quote part
/// is ≥ 0.80 and the total ≥ 0.75; (5) otherwise an orphan with the nearest candidate, widened
/// to whole words.
public enum QuoteAnchor {
    /// Minimum quote part of the score for an approximate match.
    public static let minimumQuoteScore = 0.80
    /// Minimum weighted total for an approximate match.
    public static let minimumTotalScore = 0.75
    /// The longest quote (in L1 scalars) looked for approximately: the alignment costs the
    /// quote's length times the article's (a 32,000-scalar quote in a 1.9 MB article took 77 s
    /// for every build). A note quotes a passage, not pages.
    public static let maximumApproximateQuote = 2_000

    /// A text level (L0 or L1) with the quote and context expressed in it. The context is kept
    /// without the white space that separates it from the quote (`context(of:in:)`).
    private struct Level {
        let text: [Unicode.Scalar]
        let quote: [Unicode.Scalar]
        let prefix: [Unicode.Scalar]
        let suffix: [Unicode.Scalar]
        let hint: Int?

        init(
            text: [Unicode.Scalar], quote: [Unicode.Scalar], prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
            hint: Int?
        ) {
            self.text = text
            self.quote = quote
            self.prefix = Array(prefix.reversed().drop(while: QuoteAnchor.isSpace).reversed())
            self.suffix = Array(suffix.drop(while: QuoteAnchor.isSpace))
            self.hint = hint
        }
    }

    /// A scored place in one level.
    private struct Scored {
        let range: Range<Int>
        let score: Double
        let quoteScore: Double
    }

    /// Anchors `selector` in `text` (L0).
    public static func anchor(_ selector: QuoteSelector, in text: String) -> AnchorResult {
        let source = text.decodedScalars()
        let exact = selector.exact.decodedScalars()
        func anchored(_ found: Range<Int>, _ step: AnchorStep, _ warnings: [AnchorWarning] = []) -> AnchorResult {
            let range = GraphemeBoundary.widen(found, in: source)
            return .anchored(
                AnchoredQuote(range: range, step: step, warnings: warnings, selector: .capture(range: range, in: text)))
        }
        guard !exact.isEmpty else {
            return .orphan(OrphanQuote(nearest: nil, nearestText: "", score: 0, quoteScore: 0))
        }
        if let start = selector.start, start >= 0, start + exact.count <= source.count,
            source[start..<(start + exact.count)].elementsEqual(exact)
        {
            return anchored(start..<(start + exact.count), .position)
        }
        let raw = Level(
            text: source, quote: exact, prefix: selector.prefix.decodedScalars(),
            suffix: selector.suffix.decodedScalars(), hint: selector.start)
        let rawHits = occurrences(of: exact, in: source)
        if rawHits.count == 1, let only = rawHits.first { return anchored(only, .exact, lone(only, in: raw)) }
        if !rawHits.isEmpty {
            let (chosen, warnings) = pick(rawHits, in: raw)
            return anchored(chosen, .exactDisambiguated, warnings)
        }
        let key = ArabicNormalizer.matchKey(text)
        let normalized = Level(
            text: key.scalars, quote: ArabicNormalizer.matchKey(selector.exact).scalars,
            prefix: ArabicNormalizer.matchKey(selector.prefix).scalars,
            suffix: ArabicNormalizer.matchKey(selector.suffix).scalars,
            hint: selector.start.map { key.normalizedIndex(atOrAfter: $0) })
        guard !normalized.quote.isEmpty else {
            return .orphan(OrphanQuote(nearest: nil, nearestText: "", score: 0, quoteScore: 0))
        }
        let keyHits = occurrences(of: normalized.quote, in: key.scalars)
        if !keyHits.isEmpty {
            let (chosen, warnings) = pick(keyHits, in: normalized)
            let mapped = warnings.map { warning -> AnchorWarning in
                switch warning {
                case .ambiguousTie(let ranges): return .ambiguousTie(ranges: ranges.map { key.sourceRange(of: $0) })
                case .contextNotFound(let ranges):
                    return .contextNotFound(ranges: ranges.map { key.sourceRange(of: $0) })
                }
            }
            return anchored(key.sourceRange(of: chosen), .normalized, mapped)
        }
        return approximate(normalized, key: key, source: source, anchored: anchored)
    }

    /// Step 4, or the orphan report.
    private static func approximate(
        _ level: Level, key: NormalizedText, source: [Unicode.Scalar],
        anchored: (Range<Int>, AnchorStep, [AnchorWarning]) -> AnchorResult
    ) -> AnchorResult {
        guard level.quote.count <= maximumApproximateQuote else {
            return .orphan(OrphanQuote(nearest: nil, nearestText: "", score: 0, quoteScore: 0))
        }
        let maxErrors = min(256, level.quote.count / 2)
        let (candidates, best) = SemiGlobalAligner.matches(of: level.quote, in: level.text[...], maxErrors: maxErrors)
        let scored = candidates.map { score($0.start..<$0.end, errors: $0.errors, in: level) }
        if let top = scored.max(by: { $0.score < $1.score }),
            top.quoteScore >= minimumQuoteScore, top.score >= minimumTotalScore
        {
            return anchored(
                key.sourceRange(of: top.range), .approximate(score: top.score, quoteScore: top.quoteScore), [])
        }
        let nearest =
            scored.max(by: { $0.score < $1.score })
            ?? best.map { score($0.start..<$0.end, errors: $0.errors, in: level) }
        guard let nearest else {
            return .orphan(OrphanQuote(nearest: nil, nearestText: "", score: 0, quoteScore: 0))
        }
        let range = wholeWords(key.sourceRange(of: nearest.range), in: source)
        return .orphan(
            OrphanQuote(
                nearest: range, nearestText: String(scalars: source[range]), score: nearest.score,
                quoteScore: nearest.quoteScore))
    }

    /// The least similarity at which a prefix or suffix agrees with the text beside a place:
    /// below it, the context's score among exact hits is noise, and deciding by it would move
    /// the note to whichever hit happens to share a few letters with a wrong prefix.
    static let minimumContextAgreement = 0.5

    /// How well `level`'s prefix and suffix agree with the text before and after `range`
    /// (1 for one not given). White space between the quote and its context is left out of
    /// both sides: a prefix written «…قال إن» against the text «…قال إن الموازنة» lost its first
    /// letter to the space in a window of its own length, and tied with a place whose prefix
    /// differed by a digit.
    private static func context(of range: Range<Int>, in level: Level) -> (prefix: Double, suffix: Double) {
        let text = level.text
        var prefix: Double = 1
        if !level.prefix.isEmpty {
            var end = range.lowerBound
            while end > 0, isSpace(text[end - 1]) { end -= 1 }
            prefix = SemiGlobalAligner.similarity(
                of: level.prefix, within: text[max(0, end - level.prefix.count)..<end])
        }
        var suffix: Double = 1
        if !level.suffix.isEmpty {
            var start = range.upperBound
            while start < text.count, isSpace(text[start]) { start += 1 }
            suffix = SemiGlobalAligner.similarity(
                of: level.suffix, within: text[start..<min(text.count, start + level.suffix.count)])
        }
        return (prefix, suffix)
    }

    /// Whether `scalar` is white space, which separates a quote from its context.
    fileprivate static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// Hypothesis' weighted score of a candidate place; the context left out when `withContext`
    /// is false.
    private static func score(_ range: Range<Int>, errors: Int, in level: Level, withContext: Bool = true) -> Scored {
        let quoteScore = max(0, 1 - Double(errors) / Double(level.quote.count))
        let (prefixScore, suffixScore) = withContext ? context(of: range, in: level) : (1, 1)
        var positionScore = 1.0
        if let hint = level.hint, !level.text.isEmpty {
            positionScore = 1 - Double(abs(range.lowerBound - hint)) / Double(level.text.count)
        }
        let total = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
        return Scored(range: range, score: total, quoteScore: quoteScore)
    }

    /// The warning for the only place of a quote whose given prefix or suffix does not agree
    /// with the words around it: the note is pinned there, but its context says the article
    /// reads otherwise now (or the context names another passage, which is gone).
    private static func lone(_ hit: Range<Int>, in level: Level) -> [AnchorWarning] {
        guard !level.prefix.isEmpty || !level.suffix.isEmpty else { return [] }
        let (prefix, suffix) = context(of: hit, in: level)
        return min(prefix, suffix) >= minimumContextAgreement ? [] : [.contextNotFound(ranges: [hit])]
    }

    /// The best of several exact hits; a tie on score yields a warning and the first hit. When
    /// a prefix or suffix is given and agrees with no hit's surroundings, it decides nothing:
    /// the position (or else the first hit) does, with a warning.
    private static func pick(_ hits: [Range<Int>], in level: Level) -> (Range<Int>, [AnchorWarning]) {
        let agreeing = hits.contains { hit in
            let (prefix, suffix) = context(of: hit, in: level)
            return min(prefix, suffix) >= minimumContextAgreement
        }
        if hits.count == 1, let only = hits.first { return (only, lone(only, in: level)) }
        if hits.count > 1, !agreeing {
            let scored = hits.map { score($0, errors: 0, in: level, withContext: false) }
            let top = scored.first { candidate in scored.allSatisfy { $0.score <= candidate.score } } ?? scored[0]
            return (top.range, [.contextNotFound(ranges: hits)])
        }
        let scored = hits.map { score($0, errors: 0, in: level) }
        guard let top = scored.max(by: { $0.score < $1.score }) else { return (hits[0], []) }
        let tied = scored.filter { abs($0.score - top.score) < 1e-9 }
        guard let first = tied.first else { return (top.range, []) }
        return (first.range, tied.count > 1 ? [.ambiguousTie(ranges: tied.map(\.range))] : [])
    }

    /// Every (possibly overlapping) occurrence of `pattern` in `text`.
    private static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard let head = pattern.first, pattern.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(text.count - pattern.count) where text[start] == head {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) {
                result.append(start..<(start + pattern.count))
            }
        }
        return result
    }
}
