/// Whole-word searches in word keys (`TextLine.wordKey`: NFC, words joined by single spaces),
/// on their UTF-8 bytes.
///
/// Every line of every article is tried against each phrase of the furniture lexicon:
/// Foundation's `contains`, which folds characters to compare them, was a fifth of the time
/// spent reading articles. Keys and phrases are both word keys, so comparing bytes gives the
/// same answers.
enum WordKeySearch {
    private static let space = UInt8(ascii: " ")

    /// True when the word key `key` holds more than one word, looked for in its bytes:
    /// `String.contains(_:)` with Foundation imported is a `CFStringFind`.
    static func hasSeveralWords(_ key: String) -> Bool {
        key.utf8.contains(space)
    }

    /// True when `key` begins with the words of `prefix` (then ends or has a space).
    static func hasWordPrefix(_ key: String, _ prefix: String) -> Bool {
        let (key, prefix) = (key.utf8, prefix.utf8)
        guard key.starts(with: prefix) else { return false }
        let next = key.index(key.startIndex, offsetBy: prefix.count)
        return next == key.endIndex || key[next] == space
    }

    /// True when `key` ends with the whole words of `suffix`.
    static func hasWordSuffix(_ key: String, _ suffix: String) -> Bool {
        let (key, suffix) = (key.utf8, suffix.utf8)
        guard key.count >= suffix.count, key.reversed().starts(with: suffix.reversed()) else { return false }
        let before = key.index(key.endIndex, offsetBy: -suffix.count)
        return before == key.startIndex || key[key.index(before: before)] == space
    }

    /// True when `key` contains `phrase` as whole words (bounded by the ends or spaces).
    static func containsWords(_ key: String, _ phrase: String) -> Bool {
        var (key, phrase) = (key, phrase)
        return key.withUTF8 { key in
            phrase.withUTF8 { phrase in
                // An empty phrase is found only in an empty key (keys have no spaces at their ends).
                guard !phrase.isEmpty else { return key.isEmpty }
                return firstWordStart(in: key) { hasWords(phrase, at: $0, in: key) } != nil
            }
        }
    }

    /// The first word start of `key` (0, and each byte after a space) where `found` is true,
    /// going from one word to the next by its space: nil when there is none, or `key` is empty.
    /// The next space is a few bytes on, so it is looked for inline: through `memchr`
    /// (`firstIndex(of:from:)`), 3 rounds of a 10,000-article build in turn took 1-2.5% more CPU.
    static func firstWordStart(
        in key: UnsafeBufferPointer<UInt8>, where found: (Int) -> Bool
    ) -> Int? {
        var start = 0
        while start < key.count {
            if found(start) { return start }
            guard let next = UnsafeBufferPointer(rebasing: key[start...]).firstIndex(of: space) else { return nil }
            start += next + 1
        }
        return nil
    }

    /// Whether the words of `phrase` (not empty) stand in `key` from byte `start`, a word
    /// start: its bytes, then the key's end or a space. The first two bytes are compared before
    /// the rest: every letter of Arabic opens with one of two lead bytes.
    static func hasWords(_ phrase: UnsafeBufferPointer<UInt8>, at start: Int, in key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let end = start + phrase.count
        guard end <= key.count, key[start] == phrase[0], phrase.count == 1 || key[start + 1] == phrase[1],
            UnsafeBufferPointer(rebasing: key[start..<end]).hasSameBytes(as: phrase)
        else { return false }
        return end == key.count || key[end] == space
    }

    /// Foundation's `text.contains(literal)`, which compares by canonical equivalence, asked
    /// only when the literal's UTF-8 bytes occur in the text, which most lines do not have.
    /// Both are in NFC (the text is L0, the literals are written composed), and a run of whole
    /// characters of an NFC text that is canonically equivalent to an NFC literal has its
    /// bytes: a text without those bytes holds nothing equivalent to it. Foundation still
    /// decides the rest (an occurrence that ends inside a character, before a mark, is none).
    static func containsLiteral(_ text: String, _ literal: String) -> Bool {
        containsBytes(text, literal) && text.contains(literal)
    }

    /// True when the UTF-8 bytes of `literal` occur in those of `text`.
    static func containsBytes(_ text: String, _ literal: String) -> Bool {
        var (text, literal) = (text, literal)
        return text.withUTF8 { text in
            literal.withUTF8 { literal in
                guard let first = literal.first, literal.count <= text.count else { return literal.isEmpty }
                var start = 0
                while start + literal.count <= text.count {
                    if text[start] == first,
                        UnsafeBufferPointer(rebasing: text[start..<(start + literal.count)]).hasSameBytes(as: literal)
                    {
                        return true
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// The end of the last occurrence of `literal` in `text`, compared byte for byte.
    static func endOfLast(_ literal: String, in text: String) -> String.Index? {
        var (text, literal) = (text, literal)
        let end = text.withUTF8 { text in
            literal.withUTF8 { literal -> Int? in
                guard let first = literal.first, literal.count <= text.count else { return nil }
                var start = text.count - literal.count
                while start >= 0 {
                    if text[start] == first,
                        UnsafeBufferPointer(rebasing: text[start..<(start + literal.count)]).hasSameBytes(as: literal)
                    {
                        return start + literal.count
                    }
                    start -= 1
                }
                return nil
            }
        }
        return end.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }
}
