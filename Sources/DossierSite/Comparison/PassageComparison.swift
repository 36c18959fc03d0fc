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
public struct PassageComparison: Sendable {
    /// Tuning knobs; the defaults are the measured ones.
    public struct Options: Sendable, Hashable {
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

    /// One paragraph prepared for comparison. Keys and shingles are interned as integers:
    /// hashing and comparing Arabic strings (NFC-normalising on every hash) dominated the cost.
    private struct Passage {
        let location: PassageLocation
        let articleIndex: Int
        /// The surface of each content term, in text order (the shared words a pair lists).
        let surfaces: [String]
        /// The key id of each term, parallel to `surfaces`.
        let termKeys: [Int]
        /// Distinct key ids, ascending; ids are ranks of the keys sorted as strings, so sums of
        /// weights are added in the order of the sorted keys (floating point).
        let keys: [Int]
        /// Distinct shingle ids.
        let shingles: [Int]
    }

    /// Compares every paragraph of `articles` with the paragraphs of the other articles.
    public func compare(_ articles: [Article]) -> PassageComparisonResult {
        let passages = prepare(articles.sorted { $0.id < $1.id })
        guard passages.count > 1 else { return PassageComparisonResult(pairs: [], claims: []) }
        let keyCount = passages.reduce(0) { max($0, ($1.keys.last ?? -1) + 1) }
        var documentFrequency = Array(repeating: 0, count: keyCount)
        for passage in passages {
            for key in passage.keys { documentFrequency[key] += 1 }
        }
        let total = Double(passages.count)
        let idf = documentFrequency.map { log(1 + total / Double(max($0, 1))) }
        let weights = passages.map { $0.keys.reduce(0) { $0 + idf[$1] } }
        let postings = postingLists(passages)

        // Passages are scored in interleaved slices on all cores; the sort below fixes the order.
        let slices = max(1, min(passages.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let collected = PairCollector()
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            var counts = Array(repeating: 0, count: passages.count)
            var found: [PassagePair] = []
            for index in stride(from: slice, to: passages.count, by: slices) {
                for (other, candidate) in candidates(of: index, passages, postings: postings, counts: &counts) {
                    if let pair = pair(
                        passages[index], passages[other], candidate, idf: idf, weights: (weights[index], weights[other])
                    ) {
                        found.append(pair)
                    }
                }
            }
            collected.add(found)
        }
        var pairs = collected.pairs
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return PassageComparisonResult(pairs: pairs, claims: ClaimGrouping.claims(from: pairs))
    }

    /// The pair of passages `a` and `b` (sharing `candidate` shingles), when they share
    /// enough weighted words; `weights` are their total key weights.
    private func pair(
        _ a: Passage, _ b: Passage, _ candidate: Int, idf: [Double], weights: (Double, Double)
    ) -> PassagePair? {
        let (sharedCount, sum) = Self.sharedWeight(a.keys, b.keys, idf: idf)
        guard sharedCount >= options.minimumSharedWords else { return nil }
        let score = sum / max(min(weights.0, weights.1), .leastNonzeroMagnitude)
        guard score >= options.threshold else { return nil }
        let shared = Set(a.keys).intersection(b.keys)
        let smaller = Double(min(a.shingles.count, b.shingles.count))
        let union = Double(a.shingles.count + b.shingles.count - candidate)
        var seen = Set<Int>()
        let words = zip(a.surfaces, a.termKeys).compactMap { surface, key in
            shared.contains(key) && seen.insert(key).inserted ? surface : nil
        }
        return PassagePair(
            first: a.location, second: b.location, score: min(score, 1),
            shingleContainment: Double(candidate) / smaller, shingleJaccard: Double(candidate) / union,
            wordOverlap: Double(sharedCount) / Double(max(min(a.keys.count, b.keys.count), 1)), sharedWords: words)
    }

    /// How many keys two ascending key lists share, and the sum of their weights added in
    /// ascending order (so the sum is the same in every run).
    private static func sharedWeight(_ a: [Int], _ b: [Int], idf: [Double]) -> (Int, Double) {
        var count = 0
        var sum = 0.0
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                count += 1
                sum += idf[a[i]]
                i += 1
                j += 1
            }
        }
        return (count, sum)
    }

    /// Paragraphs with their terms and interned keys and shingles, in article then paragraph order.
    private func prepare(_ articles: [Article]) -> [Passage] {
        // Tokenising and stemming are per paragraph, so they run on every core; the
        // vocabulary and the interning below keep article then paragraph order.
        var locations: [(location: PassageLocation, articleIndex: Int)] = []
        var tokenLists: [[ComparisonTerms.Token]] = []
        var vocabulary = Set<String>()
        for (articleIndex, (article, paragraphs)) in zip(
            articles,
            articles.concurrentMap { article in article.paragraphs.map { ComparisonTerms.tokens(of: $0.text) } }
        ).enumerated() {
            for (position, tokens) in paragraphs.enumerated() {
                for token in tokens { vocabulary.insert(token.key) }
                locations.append((PassageLocation(articleID: article.id, paragraph: position + 1), articleIndex))
                tokenLists.append(tokens)
            }
        }
        let stemmer = ComparisonTerms(vocabulary: vocabulary)
        let size = max(options.shingleSize, 1)
        var termLists = Self.stemmed(&tokenLists, with: stemmer)
        var keySet = Set<String>()
        for terms in termLists where terms.count >= max(options.minimumPassageWords, size) {
            for term in terms { keySet.insert(term.key) }
        }
        let keyIDs = Dictionary(uniqueKeysWithValues: keySet.sorted().enumerated().map { ($1, $0) })
        var shingleIDs: [[Int]: Int] = [:]
        var passages: [Passage] = []
        for (index, entry) in locations.enumerated() {
            // Each list is let go once its passage holds what the comparison needs of it.
            let terms = termLists[index]
            termLists[index] = []
            guard terms.count >= max(options.minimumPassageWords, size) else { continue }
            let keys = terms.map { keyIDs[$0.key] ?? 0 }
            var shingles = Set<Int>()
            for start in 0...(keys.count - size) {
                let shingle = Array(keys[start..<(start + size)])
                let id = shingleIDs[shingle] ?? shingleIDs.count
                shingleIDs[shingle] = id
                shingles.insert(id)
            }
            passages.append(
                Passage(
                    location: entry.location, articleIndex: entry.articleIndex, surfaces: terms.map(\.surface),
                    termKeys: keys, keys: Set(keys).sorted(), shingles: Array(shingles)))
        }
        return passages
    }

    /// The terms of each token list, stemmed on every core a batch at a time; each batch's
    /// tokens are let go once stemmed, so that a long article's tokens and terms (tens of
    /// bytes a word each) are not all held at once.
    private static func stemmed(
        _ tokenLists: inout [[ComparisonTerms.Token]], with stemmer: ComparisonTerms
    ) -> [[ComparisonTerms.Term]] {
        let batch = 256
        var termLists: [[ComparisonTerms.Term]] = []
        termLists.reserveCapacity(tokenLists.count)
        for start in stride(from: 0, to: tokenLists.count, by: batch) {
            let range = start..<min(start + batch, tokenLists.count)
            termLists += Array(tokenLists[range]).concurrentMap { stemmer.terms(of: $0) }
            for index in range { tokenLists[index] = [] }
        }
        return termLists
    }

    /// For each shingle id, the passages (ascending) that have it.
    private func postingLists(_ passages: [Passage]) -> [[Int]] {
        let shingleCount = passages.reduce(0) { max($0, ($1.shingles.max() ?? -1) + 1) }
        var postings = Array(repeating: [Int](), count: shingleCount)
        for (index, passage) in passages.enumerated() {
            for shingle in passage.shingles { postings[shingle].append(index) }
        }
        return postings
    }

    /// The passages after `index` of other articles sharing shingles with it (through the
    /// inverted index, skipping boilerplate shingles), ascending, with the number shared; at
    /// most `maximumCandidates`, those sharing the most (ties to the earlier passage).
    /// `counts` is all zeros on entry and on return (a scratch array reused across calls).
    private func candidates(
        of index: Int, _ passages: [Passage], postings: [[Int]], counts: inout [Int]
    ) -> [(Int, Int)] {
        let passage = passages[index]
        var touched: [Int] = []
        for shingle in passage.shingles {
            let list = postings[shingle]
            guard list.count <= options.maximumPostings else { continue }
            for other in list where other > index && passages[other].articleIndex != passage.articleIndex {
                if counts[other] == 0 { touched.append(other) }
                counts[other] += 1
            }
        }
        var found = touched.map { ($0, counts[$0]) }
        for other in touched { counts[other] = 0 }
        if found.count > options.maximumCandidates {
            found.sort { ($0.1, $1.0) > ($1.1, $0.0) }
            found.removeLast(found.count - options.maximumCandidates)
        }
        return found.sorted { $0.0 < $1.0 }
    }
}

/// Gathers the pairs found by concurrent slices of the comparison.
private final class PairCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [PassagePair] = []

    func add(_ pairs: [PassagePair]) { lock.withLock { collected += pairs } }

    var pairs: [PassagePair] { lock.withLock { collected } }
}
