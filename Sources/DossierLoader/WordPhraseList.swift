/// Word-key phrases (`TextLine.wordKey`) looked for as whole words in a line's key, all of
/// them in one pass over its words: `isFound(in:)` answers as
/// `phrases.contains { WordKeySearch.containsWords(key, $0) }`, which walked the key once for
/// each phrase (the consent banners' phrases, asked of nearly every line, were 1% of a
/// 10,000-article build).
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
            let space = UInt8(ascii: " ")
            // Each word's start in turn, found once for all the phrases. Two bytes are compared
            // before the rest: every letter of Arabic opens with one of two lead bytes.
            var start = 0
            while true {
                for phrase in phrases
                where start + phrase.count <= key.count && key[start] == phrase[0]
                    && (phrase.count == 1 || key[start + 1] == phrase[1])
                {
                    let end = start + phrase.count
                    let found = phrase.withUnsafeBufferPointer {
                        UnsafeBufferPointer(rebasing: key[start..<end]).hasSameBytes(as: $0)
                    }
                    if found, end == key.count || key[end] == space { return true }
                }
                guard let next = UnsafeBufferPointer(rebasing: key[start...]).firstIndex(of: space) else {
                    return false
                }
                start += next + 1
            }
        }
    }
}
