/// Word-key phrases (`TextLine.wordKey`) looked for as whole words in a line's key, all of
/// them in one pass over its words: `isFound(in:)` answers as
/// `phrases.contains { WordKeySearch.containsWords(key, $0) }`, which walked the key once for
/// each phrase (the consent banners' phrases, asked of nearly every line, were 1% of a
/// 10,000-article build). The lexicon's lists asked of a line only this way are kept so.
struct WordPhraseList: Sendable {
    /// The phrases' UTF-8 bytes.
    private let phrases: [[UInt8]]
    /// True when one of the phrases is empty (found only in an empty key).
    private let hasEmptyPhrase: Bool
    /// The first two bytes of the phrases, as bits of a table of every pair: most words of a
    /// line open with a pair no phrase opens with, and are passed over at one look-up.
    private let openings: [UInt64]
    /// True when a phrase is one byte long: it has no pair, so every word is compared.
    private let hasOneBytePhrase: Bool

    /// The list of `phrases`, word keys.
    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
        hasEmptyPhrase = phrases.contains(where: \.isEmpty)
        hasOneBytePhrase = self.phrases.contains { $0.count == 1 }
        var openings = [UInt64](repeating: 0, count: 1024)
        for phrase in self.phrases where phrase.count > 1 {
            let pair = Self.pair(phrase[0], phrase[1])
            openings[pair >> 6] |= 1 << (pair & 63)
        }
        self.openings = openings
    }

    /// The place of the pair of bytes `first`, `second` in `openings`' bits.
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// Whether `key` contains one of the phrases as whole words (bounded by its ends or spaces).
    func isFound(in key: String) -> Bool {
        var key = key
        return key.withUTF8 { key in
            if key.isEmpty { return hasEmptyPhrase }
            // Each word's start in turn, found once for all the phrases.
            return WordKeySearch.firstWordStart(in: key) { start in
                if !hasOneBytePhrase, start + 1 < key.count {
                    let pair = Self.pair(key[start], key[start + 1])
                    guard openings[pair >> 6] & 1 << (pair & 63) != 0 else { return false }
                }
                return phrases.contains { phrase in
                    phrase.withUnsafeBufferPointer { WordKeySearch.hasWords($0, at: start, in: key) }
                }
            } != nil
        }
    }
}
