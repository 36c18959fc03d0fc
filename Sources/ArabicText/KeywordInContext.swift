/// A mention with the text around it, cut to fit a listing (docs/arabic-text-engine.md §11).
///
/// The context is the sentence holding the mention; a long sentence is cut to a window
/// centred on the mention, at whitespace (preferably after ، ؛ :), with "…" where cut.
/// Escaping and `<mark>` are the renderer's job.
public struct KeywordInContext: Sendable, Hashable {
    /// Text before the mention, starting with "…" when cut.
    public let before: String
    /// The mention itself, unchanged.
    public let match: String
    /// Text after the mention, ending with "…" when cut.
    public let after: String

    /// Creates a snippet.
    public init(before: String, match: String, after: String) {
        self.before = before
        self.match = match
        self.after = after
    }

    /// The snippet for the mention at scalar `range` of `text`, at most about `maxLength` scalars
    /// plus ellipses; a mention longer than that is returned whole.
    ///
    /// Only the window of text that `snippet(in:range:maxLength:)` reads around the mention is
    /// copied out of `text`: a snippet of a paragraph of megabytes costs a walk to the mention,
    /// not a copy of the paragraph (four bytes a scalar).
    public static func snippet(in text: String, range: Range<Int>, maxLength: Int = 240) -> KeywordInContext {
        let reach = 2 * maxLength + 64
        let windowStart = max(0, range.lowerBound - reach)
        // Reached on the UTF-8 bytes, by their lead bytes, and decoded from them: the scalar
        // view's walk to every mention was 1.2% of a 10,000-article build.
        var text = text
        let window = text.withUTF8 { bytes -> [Unicode.Scalar]? in
            var (index, skipped) = (0, 0)
            while skipped < windowStart, index < bytes.count {
                index = bytes.offset(afterScalars: 1, from: index)
                skipped += 1
            }
            guard skipped == windowStart else { return nil }
            var window: [Unicode.Scalar] = []
            // At most a scalar a byte is left: a range past the text's end reserves no more.
            window.reserveCapacity(min(range.upperBound + reach - windowStart, bytes.count - index) + 1)
            var offset = windowStart
            while index < bytes.count, offset < range.upperBound + reach {
                window.append(bytes.scalar(at: &index))
                offset += 1
            }
            // The spaces after the window and the scalar after them, as the scalar version reads them.
            while index < bytes.count {
                let scalar = bytes.scalar(at: &index)
                window.append(scalar)
                if !ScalarTraits.isWhitespace(scalar) { break }
            }
            return window
        }
        guard let window else { return snippet(in: Array(text.unicodeScalars), range: range, maxLength: maxLength) }
        return snippet(
            in: window, range: (range.lowerBound - windowStart)..<(range.upperBound - windowStart), maxLength: maxLength
        )
    }

    /// The snippet for the mention at `range` of a text given as scalars: a caller with many
    /// mentions in one long text converts it once.
    ///
    /// Only the sentence bounds within `maxLength` of the mention change the snippet, so the
    /// sentences are looked for in a window around it, wide enough that the splitter's look
    /// behind and ahead (an abbreviation, the spaces after a period) sees what it would see
    /// in the whole text; the cost is then the same for any length of text.
    public static func snippet(in scalars: [Unicode.Scalar], range: Range<Int>, maxLength: Int = 240)
        -> KeywordInContext
    {
        let mention = range.clamped(to: 0..<scalars.count)
        let reach = 2 * maxLength + 64
        let windowStart = max(0, mention.lowerBound - reach)
        var windowEnd = min(scalars.count, mention.upperBound + reach)
        while windowEnd < scalars.count, ScalarTraits.isWhitespace(scalars[windowEnd]) { windowEnd += 1 }
        // ...and the scalar after the spaces, which decides whether a period ends a sentence.
        windowEnd = min(scalars.count, windowEnd + 1)
        var sentence = mention
        // Sentences starting after the mention cannot hold it: the splitter stops before them.
        let sentences = SentenceSplitter.sentences(
            in: Array(scalars[windowStart..<windowEnd]), startingThrough: mention.upperBound - windowStart)
        for local in sentences {
            let candidate = (local.lowerBound + windowStart)..<(local.upperBound + windowStart)
            guard candidate.overlaps(mention) || candidate.contains(mention.lowerBound) else { continue }
            sentence = min(sentence.lowerBound, candidate.lowerBound)..<max(sentence.upperBound, candidate.upperBound)
        }
        let budget = max(0, maxLength - mention.count)
        let available = (
            left: mention.lowerBound - sentence.lowerBound, right: sentence.upperBound - mention.upperBound
        )
        var leftBudget = budget / 2
        var rightBudget = budget - leftBudget
        if available.left < leftBudget { rightBudget += leftBudget - available.left; leftBudget = available.left }
        if available.right < rightBudget { leftBudget += rightBudget - available.right; rightBudget = available.right }
        leftBudget = min(leftBudget, available.left)

        var start = mention.lowerBound - leftBudget
        if start > sentence.lowerBound { start = cutStart(from: start, before: mention.lowerBound, in: scalars) }
        var end = mention.upperBound + rightBudget
        if end < sentence.upperBound { end = cutEnd(from: end, after: mention.upperBound, in: scalars) }

        var before = String(scalars: scalars[start..<mention.lowerBound])
        var after = String(scalars: scalars[mention.upperBound..<end])
        if start > sentence.lowerBound {
            before = "…" + String(before.drop { $0.isWhitespace })
        }
        if end < sentence.upperBound {
            let trimmed = after.unicodeScalars.reversed().drop {
                ScalarTraits.isWhitespace($0) || isSoftPunctuation($0)
            }
            after = String(scalars: trimmed.reversed()) + "…"
        }
        return KeywordInContext(before: before, match: String(scalars: scalars[mention]), after: after)
    }

    /// Whether `scalar` is punctuation after which a cut reads naturally: ، ؛ : , ;
    /// (a switch: a `Set` lookup hashes the scalar at every position looked at).
    static func isSoftPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x060C, 0x061B, 0x3A, 0x2C, 0x3B: true
        default: false
        }
    }

    /// Moves a window start forward to a word start, preferring one right after ، ؛ : in the outer half.
    private static func cutStart(from start: Int, before limit: Int, in scalars: [Unicode.Scalar]) -> Int {
        let preferredZone = start + (limit - start) / 2
        var firstSpace: Int?
        var position = start
        while position < limit {
            if position > 0, ScalarTraits.isWhitespace(scalars[position - 1]),
                !ScalarTraits.isWhitespace(scalars[position])
            {
                if firstSpace == nil { firstSpace = position }
                if position <= preferredZone, position >= 2, isSoftPunctuation(scalars[position - 2]) {
                    return position
                }
            }
            position += 1
        }
        return firstSpace ?? start
    }

    /// Moves a window end back to a word end, preferring one right after ، ؛ : in the outer half.
    private static func cutEnd(from end: Int, after limit: Int, in scalars: [Unicode.Scalar]) -> Int {
        let preferredZone = end - (end - limit) / 2
        var lastSpace: Int?
        var position = end
        while position > limit {
            if position < scalars.count, ScalarTraits.isWhitespace(scalars[position]),
                !ScalarTraits.isWhitespace(scalars[position - 1])
            {
                if lastSpace == nil { lastSpace = position }
                if position >= preferredZone, isSoftPunctuation(scalars[position - 1]) { return position }
            }
            position -= 1
        }
        return lastSpace ?? end
    }
}
