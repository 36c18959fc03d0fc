import ArabicText

/// Turns a passage into the content terms compared across outlets.
///
/// Terms are L1 tokens with stop words dropped, then lightly stemmed. Proclitics follow the
/// "generate, don't strip" rule of docs/arabic-text-engine.md §4.2 against the corpus itself: a leading
/// proclitic group is cut only when what remains is a word the corpus also writes bare
/// («وبوتين» -> «بوتين» because «بوتين» occurs; «بوتين» is never cut to «وتين»; «للكرملين»
/// -> «الكرملين»). Then the article «ال» and one common suffix are cut when three letters
/// remain, the same way in every article, so «الكرملين» and «للكرملين» give one term.
package struct ComparisonTerms: Sendable {
    /// One token of a passage before stemming.
    package struct Token: Sendable {
        /// The L1 form.
        package let key: String
        /// The word as written (L0).
        package let surface: String
    }

    /// Proclitic groups, longest first; ل before the article drops its alef («للكرملين»).
    package static let proclitics: [[Unicode.Scalar]] = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"]
        .map {
            Array($0.unicodeScalars)
        }
    /// The article.
    package static let article: [Unicode.Scalar] = ["ا", "ل"]
    /// Suffixes in L1 (ة is already ه), tried in order; only one is cut.
    package static let suffixes: [[Unicode.Scalar]] = ["ها", "ات", "ون", "ين", "ان", "يه", "ه", "ي"].map {
        Array($0.unicodeScalars)
    }

    /// Every L1 token of the corpus, to decide whether a proclitic may be cut; by their bytes
    /// (`TokenText`), as token texts are in NFC.
    package let vocabulary: ByteStringSet

    /// Terms cut against the L1 tokens of `vocabulary`.
    package init(vocabulary: some Sequence<String>) {
        self.vocabulary = ByteStringSet(vocabulary)
    }

    /// The content tokens of an L0 passage, in text order (stop words and one-letter tokens dropped).
    ///
    /// The surfaces are copied from the text in one walk (`scalarSlices`), tokens coming in
    /// text order: through the scalar view, which decodes each scalar, the walk was 0.7% of a
    /// 10,000-article build.
    package static func tokens(of text: String) -> [Token] {
        let tokens = contentTokens(of: text)
        let surfaces = text.scalarSlices(tokens.map(\.sourceRange))
        return zip(tokens, surfaces).map { Token(key: $0.text, surface: $1) }
    }

    /// The L1 keys of `tokens(of:)`, without their surfaces: what the comparison keeps of
    /// every paragraph (the words as written are read again only for the claims shown).
    package static func keys(of text: String) -> [String] {
        contentTokens(of: text).map(\.text)
    }

    /// The tokens of `text` that are compared (`isCompared`).
    private static func contentTokens(of text: String) -> [ArabicToken] {
        ArabicTokenizer.tokens(in: text).filter(isCompared)
    }

    /// Whether a token is compared: two letters or more, and no stop word.
    package static func isCompared(_ token: ArabicToken) -> Bool {
        token.length >= 2 && !ComparisonStopWords.words.contains(token.text)
    }

    /// The term compared across passages for one L1 token: its stem, or nil when the stem is
    /// a stop word.
    package func term(of token: String) -> String? {
        let key = stem(token)
        return ComparisonStopWords.words.contains(key) ? nil : key
    }

    /// The comparison stem of one L1 token (Latin tokens and digits pass through).
    package func stem(_ token: String) -> String {
        var letters = Array(token.unicodeScalars)
        guard let first = letters.first, (0x0621...0x064A).contains(first.value) else { return token }
        for prefix in Self.proclitics where letters.count > prefix.count + 2 && letters.starts(with: prefix) {
            let rest = Array(letters.dropFirst(prefix.count))
            if vocabulary.contains(Self.string(rest)) {
                letters = rest
                break
            }
            if prefix.last == "ل", rest.first == "ل",
                vocabulary.contains(Self.string(Self.article.dropLast() + rest))
            {
                letters = Self.article.dropLast() + rest
                break
            }
        }
        if letters.count - 2 >= 3, letters.starts(with: Self.article) { letters.removeFirst(2) }
        for suffix in Self.suffixes
        where letters.count - suffix.count >= 3 && letters.suffix(suffix.count).elementsEqual(suffix) {
            letters.removeLast(suffix.count)
            break
        }
        return Self.string(letters)
    }

    private static func string(_ letters: [Unicode.Scalar]) -> String {
        String(scalars: letters)
    }
}
