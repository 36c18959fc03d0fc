import ArabicText

/// Collects extra search terms for one page, skipping what Pagefind already finds on it.
///
/// "Already finds" is judged on Pagefind's own folding (`pagefindFold`: tashkeel, tatweel and
/// hamza on alef removed), measured on Pagefind 1.5.2.
package struct TermCollector {
    package private(set) var terms: [String] = []
    /// Folded words, by their UTF-8 bytes: the page's texts are L0, in NFC, and so are their
    /// folded words, so equal bytes are equal words (hashing them as `String`s normalised every
    /// scalar again).
    private var known = ByteStringSet()
    /// The folded bytes of the word being looked at, reused from word to word.
    private var folded: [UInt8] = []

    /// Starts with the words of the page's texts as Pagefind sees them.
    package init(pageTexts: [String]) {
        var known = ByteStringSet()
        for text in pageTexts {
            Self.forEachFoldedWordBytes(of: text) { known.insert($0) }
        }
        self.known = known
    }

    /// Adds a name or phrase: each of its forms (`forms(of:)`) not yet known.
    package mutating func add(_ phrase: String) {
        for form in Self.forms(of: phrase) { insert(form) }
    }

    /// The forms under which a reader may look for a name or phrase: each of its words, its L1
    /// form, and `withoutArticle` of it.
    package static func forms(of phrase: String) -> [String] {
        var forms: [String] = []
        for word in words(of: ArabicNormalizer.displayText(phrase)) {
            forms.append(word)
            let key = ArabicNormalizer.matchKeyString(word)
            forms.append(key)
            if let bare = withoutArticle(key) { forms.append(bare) }
        }
        return forms
    }

    /// An L1 word without its article «ال» when the rest opens with a letter Pagefind's Arabic
    /// stemmer takes for a proclitic («و», «ف», «ب», «ك», «ل»): it strips «ال» from «الوزير» but
    /// «و» from a query «وزير», so a reader typing a word without its article found none of the
    /// pages that write it with one («برلمان», «فلسطيني», «وزير»; measured on Pagefind 1.5.2).
    /// Nil for any other word, and when fewer than three letters would be left.
    static func withoutArticle(_ key: String) -> String? {
        let scalars = key.unicodeScalars
        guard scalars.count >= 5, scalars.starts(with: ProcliticForms.article.unicodeScalars) else { return nil }
        let rest = scalars.dropFirst(2)
        guard let first = rest.first, proclitics.contains(first) else { return nil }
        return String(rest)
    }

    /// The letters Pagefind's stemmer strips from a word's start as proclitics.
    private static let proclitics: Set<Unicode.Scalar> = ["و", "ف", "ب", "ك", "ل"]

    /// Adds the L1 form of a page word (`ArabicToken.text`) when Pagefind's folding would not
    /// produce it, and the word without its article when Pagefind would not find it bare
    /// (`withoutArticle`).
    package mutating func addKeyForm(_ word: String) {
        insert(word)
        if let bare = Self.withoutArticle(word) { insert(bare) }
    }

    private mutating func insert(_ word: String) {
        folded.removeAll(keepingCapacity: true)
        word.withDecodedScalars { scalars in
            for scalar in scalars { Self.appendFold(of: scalar, to: &folded) }
        }
        guard !folded.isEmpty, folded.withUnsafeBufferPointer({ known.insert($0).inserted }) else { return }
        terms.append(word)
    }

    /// Whitespace- and punctuation-separated words of a text (letters and digits kept whole).
    package static func words(of text: String) -> [String] {
        var words: [String] = []
        forEachWord(of: text) { words.append($0) }
        return words
    }

    /// Calls `body` with each word of `words(of:)`, in order, without collecting them.
    package static func forEachWord(of text: String, _ body: (String) -> Void) {
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ScalarTraits.isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                body(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { body(String(current)) }
    }

    /// Calls `body` with `pagefindFold` of each word of `words(of:)`, in order, folding
    /// while it splits: the words themselves are never made.
    package static func forEachFoldedWord(of text: String, _ body: (String) -> Void) {
        forEachFoldedWordBytes(of: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// `forEachFoldedWord` as UTF-8 bytes, valid during the call only: no `String` is made.
    /// The scalars are decoded from the text's UTF-8 bytes.
    static func forEachFoldedWordBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withDecodedScalars { scalars in
            var folded: [UInt8] = []
            folded.reserveCapacity(64)
            var inWord = false
            for scalar in scalars {
                if ScalarTraits.isWordScalar(scalar) {
                    inWord = true
                    appendFold(of: scalar, to: &folded)
                } else if inWord {
                    folded.withUnsafeBufferPointer(body)
                    folded.removeAll(keepingCapacity: true)
                    inWord = false
                }
            }
            if inWord { folded.withUnsafeBufferPointer(body) }
        }
    }

    /// What Pagefind's Arabic handling leaves of a word: no tashkeel or tatweel, أ إ آ -> ا.
    package static func pagefindFold(_ word: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars { appendFold(of: scalar, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of what `pagefindFold` leaves of one scalar (nothing, one
    /// scalar or its lowercase).
    @inline(__always)
    private static func appendFold(of scalar: Unicode.Scalar, to out: inout [UInt8]) {
        switch scalar.value {
        case 0x0640, 0x064B...0x065F, 0x0670, 0x0610...0x061A: return
        case 0x0622, 0x0623, 0x0625:
            // ا
            out.append(0xD8)
            out.append(0xA7)
        case 0x41...0x5A: out.append(UInt8(scalar.value) + 0x20)
        case 0x00...0x7F: out.append(UInt8(scalar.value))
        default:
            if ScalarTraits.changesWhenLowercased(scalar) {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
    }
}
