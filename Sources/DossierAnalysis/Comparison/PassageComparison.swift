import ArabicText
import DossierModel
import Foundation

/// Finds passages that several articles share or paraphrase (cross-outlet comparison).
///
/// Each body paragraph becomes a list of content terms (`ComparisonTerms`: L1 tokens, stop
/// words dropped, light symmetric stem). Candidates come from an inverted index of word
/// shingles (k consecutive terms): only paragraphs of different articles sharing at least one
/// shingle are scored, so the cost follows the shingles' posting lists, not the number of
/// paragraph pairs; shingles found in more than `maximumPostings` paragraphs (boilerplate)
/// generate no candidates, and each paragraph keeps only the `maximumCandidates` sharing the
/// most shingles, so the cost is linear in the number of paragraphs. A candidate's score is the IDF-weighted containment of its content
/// words, `Σ idf(shared) / min(Σ idf(A), Σ idf(B))` with `idf = ln(1 + N / df)` over paragraphs:
/// paraphrases change function words and word order but keep the rare words of the claim,
/// while names every article repeats («ماسك», «وول ستريت جورنال») weigh little.
///
/// Threshold, measured on the five seed articles (one story, five outlets): true paraphrases
/// (the Taiwan request in all five, «أغنى رجل في العالم», the 1.8 billion contract) score
/// 0.53–1.0 while unrelated paragraphs sharing only names and a «وول ستريت جورنال» shingle
/// score below 0.45. Shingles of two terms, not three: paraphrases reorder words («انهار سد
/// أربعات» / «بانهيار سد أربعات»), and a reordered claim may share no three-term run at all.
///
/// A rebuild takes the previous build's candidates where they still hold
/// (`updatedCandidates`), and its verdict on pairs of unchanged passages it did not report
/// whose score cannot have reached the threshold since (`ScoreBound`, `WeightDrift`).
public struct PassageComparison: Sendable {
    /// Tuning knobs; the defaults are the measured ones.
    public struct Options: Sendable, Hashable, Codable {
        /// Terms per shingle used to generate candidates.
        public var shingleSize: Int
        /// Minimum score for a pair to be reported.
        public var threshold: Double
        /// Minimum number of distinct shared content words (keeps short headings out).
        public var minimumSharedWords: Int
        /// Paragraphs with fewer content terms are not compared.
        public var minimumPassageWords: Int
        /// Shingles in more paragraphs than this generate no candidates.
        public var maximumPostings: Int
        /// Each paragraph is scored against at most this many candidates, those sharing the
        /// most shingles with it: a sentence repeated across thousands of articles would
        /// otherwise make the comparison quadratic.
        public var maximumCandidates: Int

        /// Creates options; the defaults are the measured values.
        public init(
            shingleSize: Int = 2, threshold: Double = 0.5, minimumSharedWords: Int = 4,
            minimumPassageWords: Int = 4, maximumPostings: Int = 500, maximumCandidates: Int = 64
        ) {
            self.shingleSize = shingleSize
            self.threshold = threshold
            self.minimumSharedWords = minimumSharedWords
            self.minimumPassageWords = minimumPassageWords
            self.maximumPostings = maximumPostings
            self.maximumCandidates = maximumCandidates
        }
    }

    /// The options in use.
    public let options: Options

    /// Creates a comparison with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// One paragraph prepared for comparison. Words, keys and shingles are interned as integers:
    /// hashing and comparing Arabic strings (NFC-normalising on every hash) dominated the cost.
    struct Passage {
        package let articleIndex: Int
        /// Distinct key ids, ascending; ids are ranks of the keys sorted as strings, so sums of
        /// weights are added in the order of the sorted keys (floating point).
        package let keys: [Int]
        /// Distinct shingle ids, in order of first appearance.
        package let shingles: [Int]
    }

    /// A matching pair found by `pair(_:_:shared:lighter:)`, by passage index: passages are in
    /// article id then paragraph order, so index order is `PassageLocation` order.
    package struct IndexedPair {
        package let first: Int
        package let second: Int
        package let score: Double
        package let wordOverlap: Double
    }

    /// Compares every paragraph of `articles` with the paragraphs of the other articles.
    public func compare(_ articles: [Article]) -> PassageComparisonResult {
        compare(articles, digests: [:], reusing: nil).result
    }

    /// Compares as `compare(_:)` does, taking the tokens of each article whose digest in
    /// `digests` (`TokenizedArticles.digest(of:salt:)`) is the one `previous` has, and
    /// tokenising the others, and choosing candidates again only where `previous`' candidates
    /// do not tell them (`RecordedCandidates`, made under `basis`, which names the options and
    /// the binary); returns the tokens of every article and the candidates, for the next build.
    /// `keys` are the comparison keys of articles already read (`ComparisonKeyCollector`), by
    /// article id: those articles are not tokenised again.
    /// `previous` and `recorded` are taken, not borrowed, so that each is let go of once used.
    package func compare(
        _ articles: [Article], digests: [String: [UInt8]], reusing previous: consuming TokenizedArticles?,
        candidates recorded: consuming RecordedCandidates? = nil, basis: String = "",
        keys: consuming [String: [[String]]] = [:]
    ) -> (result: PassageComparisonResult, tokens: TokenizedArticles, candidates: RecordedCandidates) {
        let sorted = articles.sorted { $0.id < $1.id }
        let tokenized = tokenize(sorted, digests: digests, previous: previous, keys: keys)
        previous = nil
        if recorded?.basis != basis { recorded = nil }
        let (result, candidates) = compare(sorted, tokenized: tokenized, recorded: recorded.take(), basis: basis)
        return (result, tokenized, candidates)
    }

    /// The comparison of `sorted` (in id order), whose tokens are in `tokenized`, with
    /// candidates updated from `recorded` where it can be (`updatedCandidates`), and the
    /// candidates to record under `basis`.
    private func compare(
        _ sorted: [Article], tokenized: TokenizedArticles, recorded: consuming RecordedCandidates?, basis: String
    )
        -> (PassageComparisonResult, RecordedCandidates)
    {
        let (prepared, shingles) = prepare(sorted, tokenized: tokenized)
        let (passages, locations) = (prepared.passages, prepared.locations)
        let postings = PostingTable(passages.map(\.shingles))
        let boilerplate = (0..<postings.shingleCount).filter {
            postings.range(of: $0).count > options.maximumPostings
        }
        let articleEnd = Self.lastOfArticle(passages)
        let update = recorded.flatMap {
            updatedCandidates(prepared, postings: postings, articleEnd: articleEnd, shingles: shingles, from: $0)
        }
        recorded = nil
        let lists =
            update?.lists
            ?? candidateLists(of: Array(passages.indices), in: passages, postings: postings, articleEnd: articleEnd)
        let boilerplateHashes = boilerplate.map { shingles.stableHash(of: $0) }
        guard passages.count > 1 else {
            let record = RecordedCandidates(
                basis: basis, locations: locations, signatures: prepared.signatures, lists: lists,
                boilerplate: boilerplateHashes)
            return (PassageComparisonResult(pairs: [], claims: []), record)
        }
        let (pairs, bounds, frequencies) = score(passages, lists: lists, keyHashes: shingles.keyHashes, update: update)
        let record = RecordedCandidates(
            basis: basis, locations: locations, signatures: prepared.signatures, lists: lists,
            boilerplate: boilerplateHashes, bounds: bounds, frequencies: frequencies)
        // The result numbers the articles that have pairs, in id order (`sorted`'s).
        var numberOf = Array(repeating: Int32(-1), count: sorted.count)
        for pair in pairs {
            numberOf[passages[pair.first].articleIndex] = 0
            numberOf[passages[pair.second].articleIndex] = 0
        }
        var articleIDs: [String] = []
        for index in numberOf.indices where numberOf[index] == 0 {
            numberOf[index] = Int32(articleIDs.count)
            articleIDs.append(sorted[index].id)
        }
        let numberedPairs = pairs.map { pair in
            PassageComparisonResult.NumberedPair(
                first: (numberOf[passages[pair.first].articleIndex], Int32(locations[pair.first].paragraph)),
                second: (numberOf[passages[pair.second].articleIndex], Int32(locations[pair.second].paragraph)),
                score: pair.score, wordOverlap: pair.wordOverlap)
        }
        // Grouping the pairs into claims runs on one core; the index of each passage's pairs is
        // made meanwhile.
        let (claims, index) = inParallel(
            {
                Self.claims(
                    of: pairs, passages: passages, locations: locations, sorted: sorted, tokenized: tokenized,
                    keyOfWord: prepared.keyOfWord)
            },
            { [articleIDs] in PassageComparisonResult.PairIndex(articleIDs: articleIDs, pairs: numberedPairs) })
        let result = PassageComparisonResult(
            articleIDs: articleIDs, pairs: numberedPairs, claims: claims, index: index)
        return (result, record)
    }

    /// The claims of `pairs` (between `passages`, at `locations`, of the articles `sorted`,
    /// whose words are in `tokenized`, with the key id of each in `keyOfWord`), most widely
    /// carried first.
    private static func claims(
        of pairs: [IndexedPair], passages: [Passage], locations: [PassageLocation], sorted: [Article],
        tokenized: TokenizedArticles, keyOfWord: [Int]
    ) -> [SharedClaim] {
        let groups = ClaimGrouping.claims(
            from: pairs.lazy.map { ($0.first, $0.second, $0.score) }, articleOf: passages.map(\.articleIndex))
        let inside = insideClaims(groups, pairs: pairs, passageCount: passages.count)
        return zip(groups, inside.best).map { claim, best in
            SharedClaim(
                passages: claim.passages.map { locations[$0] }, articleIDs: claim.articles.map { sorted[$0].id },
                bestScore: claim.bestScore,
                sharedWords: best.map {
                    sharedSurfaces(
                        of: terms(
                            at: locations[$0.first], of: sorted[passages[$0.first].articleIndex],
                            tokenized: tokenized, keyOfWord: keyOfWord),
                        keys: passages[$0.first].keys, with: passages[$0.second].keys)
                } ?? [], firstOverlaps: claim.passages.map { inside.withFirst[$0] })
        }
    }

    /// The pairs inside each group (both passages in it): the best-scoring one of each group,
    /// the first in `pairs` order among equals, whose shared words the comparison page shows;
    /// and for each passage the word overlap of its pair with its group's first passage, the
    /// one whose text the comparison shows (0 for the first itself, for a passage joined to
    /// the group only through others, and outside every group).
    package static func insideClaims(_ groups: [ClaimGrouping.Claim], pairs: [IndexedPair], passageCount: Int)
        -> (best: [IndexedPair?], withFirst: [Double])
    {
        var groupOf = Array(repeating: -1, count: passageCount)
        for (group, claim) in groups.enumerated() {
            for passage in claim.passages { groupOf[passage] = group }
        }
        var best: [IndexedPair?] = Array(repeating: nil, count: groups.count)
        var withFirst = Array(repeating: 0.0, count: passageCount)
        for pair in pairs where groupOf[pair.first] >= 0 && groupOf[pair.first] == groupOf[pair.second] {
            let group = groupOf[pair.first]
            if pair.score > best[group]?.score ?? -.infinity { best[group] = pair }
            let first = groups[group].passages[0]
            if pair.first == first { withFirst[pair.second] = pair.wordOverlap }
            if pair.second == first { withFirst[pair.first] = pair.wordOverlap }
        }
        return (best, withFirst)
    }

    /// The content terms of the passage at `location` of `article`, in text order: each
    /// word as written and its key id. The words are read from the paragraph again, and each
    /// is given the key id its L1 key has in `tokenized` (`keyOfWord`): a paragraph's
    /// tokens are those `tokenized` keeps of it.
    private static func terms(
        at location: PassageLocation, of article: Article, tokenized: TokenizedArticles, keyOfWord: [Int]
    ) -> [(surface: String, key: Int)] {
        let index = location.paragraph - 1
        guard let entry = tokenized.articles[article.id], entry.paragraphs.indices.contains(index),
            article.paragraphs.indices.contains(index)
        else { return [] }
        let keyOf = Dictionary(entry.paragraphs[index].map { (tokenized.strings[Int($0)], keyOfWord[Int($0)]) }) {
            first, _ in first
        }
        return ComparisonTerms.tokens(of: article.paragraphs[index].text).compactMap { token in
            guard let key = keyOf[token.key], key >= 0 else { return nil }
            return (token.surface, key)
        }
    }

    /// The words of `terms` (a passage's, with their key ids; `distinct` its distinct keys,
    /// ascending) whose key is in `keys` (ascending), each key once, in the passage's reading
    /// order.
    private static func sharedSurfaces(
        of terms: [(surface: String, key: Int)], keys distinct: [Int], with keys: [Int]
    ) -> [String] {
        var shared: [Int] = []
        var (i, j) = (0, 0)
        while i < distinct.count, j < keys.count {
            if distinct[i] < keys[j] {
                i += 1
            } else if distinct[i] > keys[j] {
                j += 1
            } else {
                shared.append(keys[j])
                i += 1
                j += 1
            }
        }
        var seen = Array(repeating: false, count: shared.count)
        var words: [String] = []
        for (surface, key) in terms {
            guard let position = binarySearch(shared, key), !seen[position] else { continue }
            seen[position] = true
            words.append(surface)
        }
        return words
    }

    /// The position of `value` in the ascending `list`, if it is there.
    private static func binarySearch(_ list: [Int], _ value: Int) -> Int? {
        var (low, high) = (0, list.count)
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == value ? low : nil
    }
}
