/// Web addresses written in a text («https://www.wsj.com/tech/musk-putin?mod=hp_lead_pos1»,
/// «www.example.org/a»): one left-to-right run each, read as written, in which no name is
/// found (docs/arabic-text-engine.md §8.1).
public enum WebAddressRuns {
    /// The openings of an address, lower-cased.
    private static let openings: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }

    /// Characters that close an address rather than belong to it when they end it.
    private static let closing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\"", "*"]

    /// L0 scalar ranges of the addresses of `text`, in order: from an opening to the first
    /// space, non-ASCII character, quote or angle bracket, without a closing punctuation mark.
    public static func ranges(in text: String) -> [Range<Int>] {
        guard mayHoldAddress(text) else { return [] }
        return ranges(in: text.decodedScalars())
    }

    /// `ranges(in:)` over the scalars of a text.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            // Every opening starts with «h» or «w», in either case: the others are passed by at
            // the cost of one comparison (this runs over every text with a Latin letter).
            guard mayOpen(scalars[index]), let opening = openings.first(where: { opens(scalars, at: index, with: $0) })
            else {
                index += 1
                continue
            }
            var end = index + opening.count
            while end < scalars.count, belongs(scalars[end]) { end += 1 }
            while end > index + opening.count, closing.contains(scalars[end - 1]) { end -= 1 }
            if end > index + opening.count { result.append(index..<end) }
            index = max(end, index + 1)
        }
        return result
    }

    /// Scalar ranges of the addresses of `text` to link: each of `ranges(in:)` with the path
    /// going on through letters of other scripts («https://ar.wikipedia.org/wiki/بوتين»), up
    /// to a space or a punctuation mark, which a reader's browser sends percent-encoded.
    public static func linkRanges(in text: String) -> [Range<Int>] {
        guard mayHoldAddress(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        return ranges(in: scalars).map { range in
            guard scalars[range].contains("/") else { return range }
            var end = range.upperBound
            while end < scalars.count, belongs(scalars[end]) || continuesPath(scalars[end]) { end += 1 }
            while end > range.upperBound, closing.contains(scalars[end - 1]) { end -= 1 }
            return range.lowerBound..<end
        }
    }

    /// Whether `scalar`, not ASCII, goes on a path: a letter, a digit or a mark of another script.
    private static func continuesPath(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark,
            .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Whether the bytes of `text` hold `//` or `www.`, as every address does.
    private static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for index in 0..<(bytes.count - 1)
            where bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "w") {
                if bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") { return true }
                if bytes[index] == UInt8(ascii: "w"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "w"),
                    bytes[index + 2] == UInt8(ascii: "w"), bytes[index + 3] == UInt8(ascii: ".")
                {
                    return true
                }
            }
            return false
        }
    }

    /// Whether an address may start with `scalar`: the first letter of an opening, in either case.
    private static func mayOpen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "h", "H", "w", "W": true
        default: false
        }
    }

    private static func opens(_ scalars: [Unicode.Scalar], at index: Int, with opening: [Unicode.Scalar]) -> Bool {
        guard index + opening.count <= scalars.count else { return false }
        // Not inside a word: «xwww.» or «shttp://» open nothing.
        if index > 0, scalars[index - 1].isASCII, scalars[index - 1].properties.isAlphabetic { return false }
        for (offset, scalar) in opening.enumerated() {
            let found = scalars[index + offset]
            let lowered = ("A"..."Z").contains(found) ? Unicode.Scalar(found.value + 32) ?? found : found
            guard lowered == scalar else { return false }
        }
        return true
    }

    private static func belongs(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F && !"\"<>`{}|\\^".unicodeScalars.contains(scalar)
    }
}
