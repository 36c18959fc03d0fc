import ArabicText

/// The distinct L1 texts of the Arabic tokens of a page's texts, in order of first occurrence:
/// all that `TermCollector.addKeyForm` needs of them (a word it has seen adds nothing), kept
/// while the texts are tokenised for other searches so they are not tokenised again.
package struct ArabicWords: Sendable {
    /// The words, each once, in order of first occurrence.
    package private(set) var words: [String] = []
    private var seen = ByteStringSet()

    /// No words yet.
    package init() {}

    /// Adds the text of `token` if it is an Arabic token not added before.
    package mutating func add(_ token: ArabicToken) {
        guard token.script == .arabic, seen.insert(token.text).inserted else { return }
        words.append(token.text)
    }
}
