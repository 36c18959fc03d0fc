import ArabicText
import Crypto
import DossierModel

/// Every article's comparison tokens (`ComparisonTerms.keys(of:)` of each paragraph),
/// interned, each article with the digest of the paragraphs they were made from.
///
/// Tokenising is about a third of the comparison's cost, and it depends on each paragraph
/// alone, so it is the part kept between builds (in `ComparisonRecord`): a build that adds or
/// edits one article tokenises that article only. Everything after (stems, weights,
/// candidates) reads the whole dossier and is computed again. The words as written are not
/// kept: only the claims shown need them, and they read them from their paragraphs again.
package struct TokenizedArticles: Sendable, Equatable {
    /// One article's tokens, each paragraph's as positions in `strings`.
    package struct Entry: Sendable, Equatable {
        /// `digest(of:salt:)` of the article the tokens were made from.
        package let digest: [UInt8]
        package let paragraphs: [[UInt32]]
    }

    /// Every token's L1 key, once.
    package var strings: [String] = []
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

/// Builds a `TokenizedArticles` while interning: keys get consecutive ids in order of first
/// appearance. They are keyed by their bytes (`StringTable`): keys are token texts, in NFC.
package struct TokenizedArticlesBuilder {
    private var stringIDs = StringTable()
    /// What has been interned and added so far.
    package private(set) var built = TokenizedArticles()

    /// The id of `string`, interned.
    package mutating func id(of string: String) -> UInt32 {
        let id = stringIDs.id(of: string)
        if id == built.strings.count { built.strings.append(string) }
        return UInt32(id)
    }

    /// Adds an article tokenised now: each paragraph's keys.
    package mutating func add(_ id: String, digest: [UInt8], paragraphs: [[String]]) {
        let interned = paragraphs.map { keys in keys.map { self.id(of: $0) } }
        built.articles[id] = .init(digest: digest, paragraphs: interned)
    }

    /// Adds an article as `previous` (interned by another builder) has it; `remap` translates
    /// `previous`' string ids to this builder's and is filled as keys are met.
    package mutating func add(_ id: String, from previous: TokenizedArticles, remap: inout [UInt32?]) {
        guard let entry = previous.articles[id] else { return }
        let interned = entry.paragraphs.map { keys in
            keys.map { old -> UInt32 in
                if let known = remap[Int(old)] { return known }
                let new = self.id(of: previous.strings[Int(old)])
                remap[Int(old)] = new
                return new
            }
        }
        built.articles[id] = .init(digest: entry.digest, paragraphs: interned)
    }
}
