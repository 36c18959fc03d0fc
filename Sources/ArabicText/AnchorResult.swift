/// Which rung of the anchoring ladder (docs/arabic-text-engine.md §9.1) found the passage.
public enum AnchorStep: Sendable, Hashable, Encodable {
    /// The stored start offset still points at the exact text.
    case position
    /// The exact text occurs once in L0.
    case exact
    /// The exact text occurs several times in L0; context and position picked one.
    case exactDisambiguated
    /// Found on L1 (diacritics, tatweel, hamza or spacing changed) and mapped back to L0.
    case normalized
    /// Found by approximate matching on L1; `score` is the weighted total, `quoteScore` the quote part.
    case approximate(score: Double, quoteScore: Double)

    /// True for a passage found by approximate matching.
    public var isApproximate: Bool {
        if case .approximate = self { true } else { false }
    }

    /// True when the stored selector should be rewritten and the note reviewed.
    public var needsReview: Bool {
        switch self {
        case .position, .exact, .exactDisambiguated: return false
        case .normalized, .approximate: return true
        }
    }
}

/// Something the author should check about an anchored quote.
public enum AnchorWarning: Sendable, Hashable, Encodable {
    /// Several equally good places; the first was chosen. Add or lengthen prefix/suffix.
    case ambiguousTie(ranges: [Range<Int>])
    /// Several places, and the prefix/suffix given agrees with the text around none of them:
    /// it was copied wrong, or the article changed there. The first was chosen.
    case contextNotFound(ranges: [Range<Int>])
}

/// A passage found for a quote.
public struct AnchoredQuote: Sendable, Hashable {
    /// L0 scalar range of the passage.
    public let range: Range<Int>
    /// The ladder step that found it.
    public let step: AnchorStep
    /// Warnings (ties).
    public let warnings: [AnchorWarning]
    /// The selector re-captured from the current text, to store when `step.needsReview`.
    public let selector: QuoteSelector

    /// Creates an anchored quote.
    public init(range: Range<Int>, step: AnchorStep, warnings: [AnchorWarning], selector: QuoteSelector) {
        self.range = range
        self.step = step
        self.warnings = warnings
        self.selector = selector
    }
}

/// A quote that could not be anchored, with the closest passage found.
public struct OrphanQuote: Sendable, Hashable {
    /// L0 range of the nearest candidate passage, if the text is not empty.
    public let nearest: Range<Int>?
    /// The nearest candidate's L0 text ("" when none).
    public let nearestText: String
    /// Weighted score of the nearest candidate (0...1).
    public let score: Double
    /// Quote part of that score (0...1).
    public let quoteScore: Double

    /// Creates an orphan description.
    public init(nearest: Range<Int>?, nearestText: String, score: Double, quoteScore: Double) {
        self.nearest = nearest
        self.nearestText = nearestText
        self.score = score
        self.quoteScore = quoteScore
    }
}

/// The outcome of anchoring one quote.
public enum AnchorResult: Sendable, Hashable {
    /// The passage was found.
    case anchored(AnchoredQuote)
    /// The passage is gone (or changed beyond the acceptance thresholds).
    case orphan(OrphanQuote)

    /// The anchored quote, if any.
    public var anchored: AnchoredQuote? {
        if case .anchored(let quote) = self { return quote }
        return nil
    }
}
