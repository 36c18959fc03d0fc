import ArabicText
import DossierModel
import Foundation

// Before scoring: each article's paragraphs tokenised (or taken from the previous build's
// tokens), then turned into passages of interned term keys and shingles.
extension PassageComparison {
    /// The tokens of every article of `articles`: `previous`' where the article's digest in
    /// `digests` is the one it was tokenised from, made now for the others.
    func tokenize(
        _ articles: [Article], digests: [String: [UInt8]], previous: TokenizedArticles?,
        keys: consuming [String: [[String]]] = [:]
    ) -> TokenizedArticles {
        let kept = articles.map { article in
            guard let previous, let digest = digests[article.id] else { return false }
            return previous.articles[article.id]?.digest == digest
        }
        // The keys already read are let go of here, so that each article's go once interned.
        var fresh = Self.keys(of: articles.indices.filter { !kept[$0] }.map { articles[$0] }, known: keys)
        keys = [:]
        var builder = TokenizedArticlesBuilder()
        var remap: [UInt32?] = Array(repeating: nil, count: previous?.strings.count ?? 0)
        var next = 0
        for (index, article) in articles.enumerated() {
            if kept[index], let previous {
                builder.add(article.id, from: previous, remap: &remap)
            } else {
                builder.add(article.id, digest: digests[article.id] ?? [], paragraphs: fresh[next])
                // A long article's tokens (tens of bytes a word) are let go once interned.
                fresh[next] = []
                next += 1
            }
        }
        return builder.built
    }

    /// The comparison keys of each paragraph of `articles`: `known`'s, else made now (per
    /// paragraph, so on every core).
    private static func keys(of articles: [Article], known: [String: [[String]]]) -> [[[String]]] {
        articles.concurrentMap { article in
            known[article.id] ?? article.paragraphs.map { ComparisonTerms.keys(of: $0.text) }
        }
    }

    /// Paragraphs with their interned keys and shingles, in article then paragraph order, with
    /// the location and signature of each, and the table of their shingles. `articles` are in
    /// id order, and `tokenized` has every one of them.
    func prepare(_ articles: [Article], tokenized: TokenizedArticles) -> (PreparedPassages, ShingleTable) {
        // Each distinct word is stemmed once, rather than at every occurrence.
        let stemmer = ComparisonTerms(vocabulary: tokenized.strings)
        let stems = tokenized.strings.concurrentMap { word -> String? in stemmer.term(of: word) }
        // Key ids are the ranks of the distinct stems sorted as strings. Stems are token texts,
        // in NFC, so they are ordered by their bytes: `String`'s comparison normalises every
        // scalar again, and UTF-8 keeps the scalars' order.
        var stemTable = StringTable()
        var stemOfWord = Array(repeating: -1, count: tokenized.strings.count)
        for (word, stem) in stems.enumerated() {
            if let stem { stemOfWord[word] = stemTable.id(of: stem) }
        }
        let stemStrings = stemTable.strings
        var rankOfStem = Array(repeating: 0, count: stemStrings.count)
        var keyHashes = Array(repeating: UInt64(0), count: stemStrings.count)
        for (rank, stem) in stemStrings.indices.sorted(by: {
            stemStrings[$0].utf8.lexicographicallyPrecedes(stemStrings[$1].utf8)
        }).enumerated() {
            rankOfStem[stem] = rank
            keyHashes[rank] = StableHash.of(stemStrings[stem])
        }
        let keyOfWord = stemOfWord.map { stem in stem < 0 ? -1 : rankOfStem[stem] }
        let size = max(options.shingleSize, 1)
        let hashes = keyHashes
        // Each article's passages are made on every core; only numbering the shingles, in
        // passage order so that their ids do not depend on the scheduling, is done in turn.
        let terms = Array(
            Array(articles.indices).concurrentMap { articleIndex in
                termsOfPassages(
                    of: articles[articleIndex], at: articleIndex, tokenized: tokenized, keyOfWord: keyOfWord,
                    keyHashes: hashes, shingleSize: size)
            }.joined())
        var shingles = ShingleTable(size: size, keyHashes: keyHashes)
        let runs = terms.map { shingles.distinctRuns(of: $0.keys) }
        let passages = Array(zip(terms, runs)).concurrentMap { terms, runs in
            Passage(
                articleIndex: terms.articleIndex, keys: ascendingDistinct(terms.keys), shingles: runs)
        }
        return (
            PreparedPassages(
                passages: passages, locations: terms.map(\.location), signatures: terms.map(\.signature),
                keyOfWord: keyOfWord),
            shingles
        )
    }

    /// The content terms of one passage, before its shingles are numbered.
    private struct PassageTerms: Sendable {
        let articleIndex: Int
        let location: PassageLocation
        /// The `StableHash` of its terms' keys in order.
        let signature: UInt64
        let keys: [Int]
    }

    /// The passages of `article` (number `articleIndex`) long enough to compare: each
    /// paragraph's terms as keys (`keyOfWord`, by string id) and signature.
    private func termsOfPassages(
        of article: Article, at articleIndex: Int, tokenized: TokenizedArticles, keyOfWord: [Int],
        keyHashes: [UInt64], shingleSize: Int
    ) -> [PassageTerms] {
        guard let entry = tokenized.articles[article.id] else { return [] }
        var passages: [PassageTerms] = []
        for (position, tokens) in entry.paragraphs.enumerated() {
            var keys: [Int] = []
            for token in tokens {
                let key = keyOfWord[Int(token)]
                guard key >= 0 else { continue }
                keys.append(key)
            }
            guard keys.count >= max(options.minimumPassageWords, shingleSize) else { continue }
            passages.append(
                PassageTerms(
                    articleIndex: articleIndex,
                    location: PassageLocation(articleID: article.id, paragraph: position + 1),
                    signature: keys.reduce(UInt64(keys.count)) { StableHash.combined($0, keyHashes[$1]) },
                    keys: keys))
        }
        return passages
    }

    /// The passages of a comparison, in article then paragraph order, with the location of
    /// each and its signature: the `StableHash` of its terms' keys in order, which fix its
    /// shingles.
    struct PreparedPassages {
        let passages: [Passage]
        let locations: [PassageLocation]
        let signatures: [UInt64]
        /// The key id of each string of the tokenised articles (-1: a stop word's stem).
        let keyOfWord: [Int]
    }
}
