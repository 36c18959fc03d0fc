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
            guard let opening = openings.first(where: { opens(scalars, at: index, with: $0) }) else {
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
