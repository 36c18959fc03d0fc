import DossierModel
import Foundation

/// Finds passages that several articles share or paraphrase (cross-outlet comparison).
///
/// Each body paragraph becomes a list of content terms (`ComparisonTerms`: L1 tokens, stop
/// words dropped, light symmetric stem). Candidates come from an inverted index of word
/// shingles (k consecutive terms): only paragraphs of different articles sharing at least one
/// shingle are scored, so the cost follows the shingles' posting lists, not the number of
/// paragraph pairs; shingles found in more than `maximumPostings` paragraphs (boilerplate)
/// generate no candidates. A candidate's score is the IDF-weighted containment of its content
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

        /// Creates options; the defaults are the measured values.
        public init(
            shingleSize: Int = 2, threshold: Double = 0.5, minimumSharedWords: Int = 4,
            minimumPassageWords: Int = 4, maximumPostings: Int = 500
        ) {
            self.shingleSize = shingleSize
            self.threshold = threshold
            self.minimumSharedWords = minimumSharedWords
            self.minimumPassageWords = minimumPassageWords
            self.maximumPostings = maximumPostings
        }
    }

    /// The options in use.
    public let options: Options

    /// Creates a comparison with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// One paragraph prepared for comparison.
    private struct Passage {
        let location: PassageLocation
        let articleIndex: Int
        let terms: [ComparisonTerms.Term]
        let keys: Set<String>
        /// `keys` sorted, so sums of weights are added in one order (floating point).
        let sortedKeys: [String]
        let shingles: Set<Int>
    }

    /// Compares every paragraph of `articles` with the paragraphs of the other articles.
    public func compare(_ articles: [Article]) -> PassageComparisonResult {
        let passages = prepare(articles.sorted { $0.id < $1.id })
        guard passages.count > 1 else { return PassageComparisonResult(pairs: [], claims: []) }
        var documentFrequency: [String: Int] = [:]
        for passage in passages {
            for key in passage.keys { documentFrequency[key, default: 0] += 1 }
        }
        let total = Double(passages.count)
        func idf(_ key: String) -> Double { log(1 + total / Double(documentFrequency[key] ?? 1)) }
        let weights = passages.map { $0.sortedKeys.reduce(0) { $0 + idf($1) } }

        var pairs: [PassagePair] = []
        for (index, candidate) in candidates(passages) {
            let a = passages[index.0]
            let b = passages[index.1]
            let shared = a.keys.intersection(b.keys)
            guard shared.count >= options.minimumSharedWords else { continue }
            let score = a.sortedKeys.reduce(0) { shared.contains($1) ? $0 + idf($1) : $0 } / max(min(weights[index.0], weights[index.1]), .leastNonzeroMagnitude)
            guard score >= options.threshold else { continue }
            let smaller = Double(min(a.shingles.count, b.shingles.count))
            let union = Double(a.shingles.count + b.shingles.count - candidate)
            var seen = Set<String>()
            let words = a.terms.compactMap { term in shared.contains(term.key) && seen.insert(term.key).inserted ? term.surface : nil }
            pairs.append(
                PassagePair(
                    first: a.location, second: b.location, score: min(score, 1),
                    shingleContainment: Double(candidate) / smaller, shingleJaccard: Double(candidate) / union,
                    sharedWords: words))
        }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return PassageComparisonResult(pairs: pairs, claims: ClaimGrouping.claims(from: pairs))
    }

    /// Paragraphs with their terms and interned shingles, in article then paragraph order.
    private func prepare(_ articles: [Article]) -> [Passage] {
        var tokenized: [(location: PassageLocation, articleIndex: Int, tokens: [ComparisonTerms.Token])] = []
        var vocabulary = Set<String>()
        for (articleIndex, article) in articles.enumerated() {
            for (position, paragraph) in article.paragraphs.enumerated() {
                let tokens = ComparisonTerms.tokens(of: paragraph.text)
                for token in tokens { vocabulary.insert(token.key) }
                tokenized.append((PassageLocation(articleID: article.id, paragraph: position + 1), articleIndex, tokens))
            }
        }
        let stemmer = ComparisonTerms(vocabulary: vocabulary)
        var shingleIDs: [String: Int] = [:]
        var passages: [Passage] = []
        let size = max(options.shingleSize, 1)
        for entry in tokenized {
            let terms = stemmer.terms(of: entry.tokens)
            guard terms.count >= max(options.minimumPassageWords, size) else { continue }
            let keys = terms.map(\.key)
            var shingles = Set<Int>()
            for start in 0...(keys.count - size) {
                let shingle = keys[start..<(start + size)].joined(separator: " ")
                let id = shingleIDs[shingle] ?? shingleIDs.count
                shingleIDs[shingle] = id
                shingles.insert(id)
            }
            let keySet = Set(keys)
            passages.append(
                Passage(
                    location: entry.location, articleIndex: entry.articleIndex, terms: terms, keys: keySet,
                    sortedKeys: keySet.sorted(), shingles: shingles))
        }
        return passages
    }

    /// Pairs of passages (lower index first) of different articles sharing shingles, with the
    /// number of shared shingles, found through the inverted index.
    private func candidates(_ passages: [Passage]) -> [((Int, Int), Int)] {
        var postings: [Int: [Int]] = [:]
        for (index, passage) in passages.enumerated() {
            for shingle in passage.shingles { postings[shingle, default: []].append(index) }
        }
        var result: [((Int, Int), Int)] = []
        for (index, passage) in passages.enumerated() {
            var counts: [Int: Int] = [:]
            for shingle in passage.shingles {
                guard let list = postings[shingle], list.count <= options.maximumPostings else { continue }
                for other in list where other > index && passages[other].articleIndex != passage.articleIndex {
                    counts[other, default: 0] += 1
                }
            }
            for (other, count) in counts.sorted(by: { $0.key < $1.key }) { result.append(((index, other), count)) }
        }
        return result
    }
}
