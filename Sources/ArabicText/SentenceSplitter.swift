/// Splits Arabic text into sentences by rule (docs/arabic-text-engine.md §10).
///
/// `enumerateSubstrings(options: .bySentences)` is unavailable in swift-corelibs-foundation,
/// so this follows the UAX #29 classes by hand: ؟ ? ! ۔ U+061D U+061E always terminate,
/// `.` terminates unless it is a decimal point, part of a URL or e-mail, an ellipsis or
/// follows an abbreviation; ، ؛ … never terminate; every line break is a hard boundary
/// (raw articles put one paragraph or headline per line).
public enum SentenceSplitter {
    /// Sentence ranges in scalar offsets of `text`, trimmed of surrounding whitespace, in order.
    public static func sentences(in text: String) -> [Range<Int>] {
        sentences(in: text.decodedScalars())
    }

    /// Sentence ranges of a scalar array; with `limit`, only those that start (before trimming)
    /// at or before scalar `limit`, the first of the full list: a snippet needs none after its
    /// mention, and the rest of its window is then not split.
    package static func sentences(in scalars: [Unicode.Scalar], startingThrough limit: Int = .max) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            if let trimmed = trim(start..<end, in: scalars) { result.append(trimmed) }
            start = end
        }
        while index < scalars.count {
            // Every sentence closed from here on starts after `limit`.
            if start > limit { return result }
            let scalar = scalars[index]
            if isLineBreak(scalar) {
                close(at: index)
                index += 1
                start = index
                continue
            }
            guard terminates(at: index, in: scalars) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count,
                isTerminator(scalars[end]) || scalars[end] == "." || scalars[end] == "…" || isCloser(scalars[end])
            {
                end += 1
            }
            var next = end
            while next < scalars.count, ScalarTraits.isWhitespace(scalars[next]), !isLineBreak(scalars[next]) {
                next += 1
            }
            if next < scalars.count, !isLineBreak(scalars[next]), startsContinuation(scalars[next]) {
                index = end
                continue
            }
            close(at: end)
            index = end
        }
        if start <= limit { close(at: scalars.count) }
        return result
    }

    /// Whether `scalar` always ends a sentence: ? ! ؟ ۔ and the Arabic end-of-text marks U+061D U+061E.
    ///
    /// A switch, not a `Set`: it is asked of every scalar of every snippet's window, and a set
    /// lookup hashes the scalar with a seeded `Hasher` each time.
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3F, 0x21, 0x061F, 0x06D4, 0x061D, 0x061E: true
        default: false
        }
    }

    /// Whether `scalar` is a closing quote or bracket that stays with the sentence it closes:
    /// » ” " ) ] ’ ' › }.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xBB, 0x201D, 0x22, 0x29, 0x5D, 0x2019, 0x27, 0x203A, 0x7D: true
        default: false
        }
    }

    /// Words that end with a period without ending the sentence (L0 spelling and hamza-less forms).
    static let abbreviations: Set<String> = ["د", "م", "أ", "ا", "ص", "ج", "ق", "ه", "هـ", "إلخ", "الخ", "ت", "غ"]

    /// The scalars of the longest abbreviation: a longer word before a period is none, and is
    /// not made into a string to look up (most periods end a long word).
    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    private static func terminates(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        if isTerminator(scalar) { return true }
        guard scalar == "." else { return false }
        // «...» mid-paragraph is an ellipsis, not an end (§10 rule 3).
        if index > 0, scalars[index - 1] == "." { return false }
        if index + 1 < scalars.count {
            let next = scalars[index + 1]
            if next == "." { return false }
            // 1.8, example.com, name@mail.org, U.S.: the period is inside a token.
            if !ScalarTraits.isWhitespace(next), !isCloser(next), !isTerminator(next) { return false }
        }
        return !isAbbreviation(before: index, in: scalars)
    }

    private static func isAbbreviation(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = index
        while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
        guard start < index, index - start <= longestAbbreviation else { return false }
        let word = String(scalars: scalars[start..<index])
        if abbreviations.contains(word) { return true }
        return index - start == 1 && scalars[start].isASCII && scalars[start].properties.isUppercase
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits.isAlphabetic(scalar) || scalar == "\u{0640}"
    }

    /// A lower-case Latin letter or digit after a period continues the sentence (§10 rule 4).
    private static func startsContinuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || scalar.properties.numericType == .decimal
            || (scalar.isASCII && scalar.properties.isLowercase)
    }

    /// Line and paragraph separators (hard boundaries).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}" || scalar == "\u{0085}"
    }

    private static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ScalarTraits.isWhitespace(scalars[lower]) || isInvisible(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarTraits.isWhitespace(scalars[upper - 1]) || isInvisible(scalars[upper - 1]) {
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }
}
