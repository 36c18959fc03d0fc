import ArabicText
import Crypto
import DossierModel

/// Every article's comparison tokens (`ComparisonTerms.tokens(of:)` of each paragraph),
/// interned, each article with the digest of the paragraphs they were made from.
///
/// Tokenising is about a third of the comparison's cost, and it depends on each paragraph
/// alone, so it is the part kept between builds (in `ComparisonRecord`): a build that adds or
/// edits one article tokenises that article only. Everything after (stems, weights,
/// candidates) reads the whole dossier and is computed again.
package struct TokenizedArticles: Sendable, Equatable {
    /// One token, its L1 key and its surface as positions in `strings`.
    package struct Token: Sendable, Equatable {
        package let key: UInt32
        package let surface: UInt32
    }

    /// One article's tokens, each paragraph's as positions in `tokens`.
    package struct Entry: Sendable, Equatable {
        /// `digest(of:salt:)` of the article the tokens were made from.
        package let digest: [UInt8]
        package let paragraphs: [[UInt32]]
    }

    /// Every key and surface, once.
    package var strings: [String] = []
    /// Every distinct (key, surface) pair.
    package var tokens: [Token] = []
    /// By article id.
    package var articles: [String: Entry] = [:]

    /// The digest of what tokenising `article` reads: its paragraphs, salted with `salt` (the
    /// binary, whose tokeniser made the tokens).
    package static func digest(of article: Article, salt: String) -> [UInt8] {
        var hasher = SHA256()
        func append(_ text: String) {
            var length = UInt64(text.utf8.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            var copy = text
            copy.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        append(salt)
        for paragraph in article.paragraphs { append(paragraph.text) }
        return Array(hasher.finalize())
    }
}

/// Builds a `TokenizedArticles` while interning: strings and tokens get consecutive ids in
/// order of first appearance. Strings are keyed by their bytes (`StringTable`): keys and surfaces
/// are token texts, in NFC.
package struct TokenizedArticlesBuilder {
    private var stringIDs = StringTable()
    /// Tokens by their two string ids packed in one integer: a dictionary of `Token` seeded and
    /// finalised a `Hasher` for each of the corpus' tokens.
    private var tokenIDs = PackedKeyTable()
    /// What has been interned and added so far.
    package private(set) var built = TokenizedArticles()

    /// The id of `string`, interned.
    package mutating func id(of string: String) -> UInt32 {
        let id = stringIDs.id(of: string)
        if id == built.strings.count { built.strings.append(string) }
        return UInt32(id)
    }

    /// The id of the token `(key, surface)` (string ids), interned.
    package mutating func id(of token: TokenizedArticles.Token) -> UInt32 {
        let id = tokenIDs.id(of: UInt64(token.key) << 32 | UInt64(token.surface))
        if id == built.tokens.count { built.tokens.append(token) }
        return UInt32(id)
    }

    /// Adds an article tokenised now.
    package mutating func add(_ id: String, digest: [UInt8], paragraphs: [[ComparisonTerms.Token]]) {
        let interned = paragraphs.map { tokens in
            tokens.map { token in
                // Most words are written as their L1 key: one look-up for both.
                let key = self.id(of: token.key)
                let surface = token.surface.hasSameUTF8(as: token.key) ? key : self.id(of: token.surface)
                return self.id(of: .init(key: key, surface: surface))
            }
        }
        built.articles[id] = .init(digest: digest, paragraphs: interned)
    }

    /// Adds an article as `previous` (interned by another builder) has it; `remap` translates
    /// `previous`' token ids to this builder's and is filled as tokens are met.
    package mutating func add(_ id: String, from previous: TokenizedArticles, remap: inout [UInt32?]) {
        guard let entry = previous.articles[id] else { return }
        let interned = entry.paragraphs.map { tokens in
            tokens.map { old -> UInt32 in
                if let known = remap[Int(old)] { return known }
                let token = previous.tokens[Int(old)]
                let new = self.id(
                    of: .init(
                        key: self.id(of: previous.strings[Int(token.key)]),
                        surface: self.id(of: previous.strings[Int(token.surface)])))
                remap[Int(old)] = new
                return new
            }
        }
        built.articles[id] = .init(digest: entry.digest, paragraphs: interned)
    }
}
