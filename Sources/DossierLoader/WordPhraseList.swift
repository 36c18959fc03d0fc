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

    /// The list of `phrases`, word keys.
    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
        hasEmptyPhrase = phrases.contains(where: \.isEmpty)
    }

    /// Whether `key` contains one of the phrases as whole words (bounded by its ends or spaces).
    func isFound(in key: String) -> Bool {
        var key = key
        return key.withUTF8 { key in
            if key.isEmpty { return hasEmptyPhrase }
            // Each word's start in turn, found once for all the phrases.
            return WordKeySearch.firstWordStart(in: key) { start in
                phrases.contains { phrase in
                    phrase.withUnsafeBufferPointer { WordKeySearch.hasWords($0, at: start, in: key) }
                }
            } != nil
        }
    }
}
