/// A token of an L1 text: a run of Arabic letters, or a run of Latin letters and digits.
public struct ArabicToken: Sendable, Hashable {
    /// Which alphabet the token is written in; a change of script is a token boundary.
    public enum Script: Sendable, Hashable {
        /// Arabic letters U+0621–064A.
        case arabic
        /// Latin letters and ASCII digits.
        case latin
    }

    /// The token's L1 text.
    public let text: String
    /// Range of the token in the L1 scalars.
    public let keyRange: Range<Int>
    /// Range of the token in the L0 scalars (trailing deleted marks included).
    public let sourceRange: Range<Int>
    /// The token's script.
    public let script: Script

    /// Creates a token.
    public init(text: String, keyRange: Range<Int>, sourceRange: Range<Int>, script: Script) {
        self.text = text
        self.keyRange = keyRange
        self.sourceRange = sourceRange
        self.script = script
    }

    /// Number of letters (scalars) in the token.
    public var length: Int { keyRange.count }
}

/// Splits L1 text into tokens (docs/arabic-text-engine.md §3); everything else is a separator.
public enum ArabicTokenizer {
    /// Tokens of an L0 text, computed on its L1 key.
    public static func tokens(in text: String) -> [ArabicToken] {
        tokens(in: ArabicNormalizer.matchKey(text))
    }

    /// Calls `body` with every token of an L0 text in order, as `tokens(in:)` gives them, but
    /// computing the L1 key a piece at a time (`TextChunks`), so a long text costs memory for
    /// one piece, not for the key and tokens of the whole.
    public static func forEachToken(in text: String, _ body: (ArabicToken) -> Void) {
        var keyOffset = 0
        TextChunks.forEach(in: text) { piece, sourceOffset in
            let key = ArabicNormalizer.matchKey(piece)
            for token in tokens(in: key) {
                body(
                    ArabicToken(
                        text: token.text,
                        keyRange: (token.keyRange.lowerBound + keyOffset)..<(token.keyRange.upperBound + keyOffset),
                        sourceRange: (token.sourceRange.lowerBound + sourceOffset)..<(token.sourceRange.upperBound
                            + sourceOffset),
                        script: token.script))
            }
            keyOffset += key.count
        }
    }

    /// Tokens of an already computed L1 key.
    public static func tokens(in key: NormalizedText) -> [ArabicToken] {
        var result: [ArabicToken] = []
        result.reserveCapacity(key.count / 5)
        let scalars = key.scalars
        var index = 0
        while index < scalars.count {
            guard let script = script(of: scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, self.script(of: scalars[end]) == script { end += 1 }
            let parts = script == .arabic ? compoundNameParts(scalars[index..<end]) : [index..<end]
            for part in parts {
                result.append(
                    ArabicToken(
                        text: String(scalars: scalars[part]), keyRange: part, sourceRange: key.sourceRange(of: part),
                        script: script))
            }
            index = end
        }
        return result
    }

    /// A name written joined («عبدالله», «ولعبدالفتاح») as the two words it is spelt as apart
    /// («عبد» + «الله»), so either spelling of an alias finds both. `word` is one Arabic token
    /// of L1 scalars; its range is returned whole unless it is «عبد», perhaps after «و» or «ف»
    /// and then «ب», «ل» or «ك», then «ال» and two letters or more.
    @inline(__always)
    static func compoundNameParts(_ word: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        let whole = word.startIndex..<word.endIndex
        guard word.count >= 7 else { return [whole] }
        var start = word.startIndex
        if word[start] == "و" || word[start] == "ف" { start += 1 }
        if word[start] == "ب" || word[start] == "ل" || word[start] == "ك" { start += 1 }
        guard word.endIndex - start >= 7, word[start] == "ع", word[start + 1] == "ب", word[start + 2] == "د",
            word[start + 3] == "ا", word[start + 4] == "ل"
        else { return [whole] }
        return [word.startIndex..<(start + 3), (start + 3)..<word.endIndex]
    }

    /// The token script of an L1 scalar, or nil for a separator.
    @inline(__always)
    static func script(of scalar: Unicode.Scalar) -> ArabicToken.Script? {
        let value = scalar.value
        if value < 0x80 {
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) {
                return .latin
            }
            return nil
        }
        if ScalarFolding.isArabicLetter(scalar) { return .arabic }
        if isLatinLetter(scalar) { return .latin }
        return nil
    }

    /// Latin letters beyond ASCII (Latin-1 Supplement to Latin Extended Additional).
    @inline(__always)
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let inLatinBlocks = (0x00C0...0x024F).contains(value) || (0x1E00...0x1EFF).contains(value)
        return inLatinBlocks && value != 0x00D7 && value != 0x00F7 && scalar.properties.isAlphabetic
    }
}
