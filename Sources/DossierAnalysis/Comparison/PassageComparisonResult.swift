/// One body paragraph of one article.
public struct PassageLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The article's id.
    public let articleID: String
    /// 1-based body paragraph index, as in the article page's `p-<n>` ids.
    public let paragraph: Int

    /// Creates a location.
    public init(articleID: String, paragraph: Int) {
        self.articleID = articleID
        self.paragraph = paragraph
    }

    public static func < (lhs: PassageLocation, rhs: PassageLocation) -> Bool {
        (lhs.articleID, lhs.paragraph) < (rhs.articleID, rhs.paragraph)
    }

    /// `article#p-n`, for logs and test failures.
    public var description: String { "\(articleID)#p-\(paragraph)" }
}

/// Two passages of different articles that carry the same claim.
public struct PassagePair: Sendable, Hashable {
    /// The passage of the article whose id sorts first.
    public let first: PassageLocation
    /// The passage of the other article.
    public let second: PassageLocation
    /// IDF-weighted containment of the content words, 0...1: the decision score.
    public let score: Double
    /// The share of the shorter passage's distinct content words that the other has, 0...1:
    /// the figure shown to readers. Unlike `score`, it depends on the two passages alone, so
    /// adding an article to the dossier does not change it on every page.
    public let wordOverlap: Double

    /// Creates a pair.
    public init(first: PassageLocation, second: PassageLocation, score: Double, wordOverlap: Double) {
        self.first = first
        self.second = second
        self.score = score
        self.wordOverlap = wordOverlap
    }
}

/// A claim carried by several articles: passages linked by matching pairs.
public struct SharedClaim: Sendable, Hashable {
    /// Every passage of the claim, sorted by article id then paragraph.
    public let passages: [PassageLocation]
    /// The ids of the articles carrying it, sorted.
    public let articleIDs: [String]
    /// The highest pair score inside the claim.
    public let bestScore: Double
    /// The content words shared by the claim's best-scoring pair of passages, as written in
    /// the first of the two, in its reading order (the first such pair in `pairs` order).
    public let sharedWords: [String]

    /// Creates a claim.
    public init(passages: [PassageLocation], articleIDs: [String], bestScore: Double, sharedWords: [String]) {
        self.passages = passages
        self.articleIDs = articleIDs
        self.bestScore = bestScore
        self.sharedWords = sharedWords
    }
}

/// What `PassageComparison` found.
public struct PassageComparisonResult: Sendable, Hashable {
    /// Matching pairs, sorted by `first`, then `second`.
    public let pairs: [PassagePair]
    /// Claims carried by two articles or more, most widely carried first, then by first passage.
    public let claims: [SharedClaim]

    /// The positions in `pairs` of the pairs involving each passage, ascending: article pages
    /// ask for every paragraph, and a scan of all pairs each time grew with the square of the corpus.
    private let pairPositions: [PassageLocation: [Int]]

    /// Creates a result.
    public init(pairs: [PassagePair], claims: [SharedClaim]) {
        self.pairs = pairs
        self.claims = claims
        var positions: [PassageLocation: [Int]] = [:]
        for (position, pair) in pairs.enumerated() {
            positions[pair.first, default: []].append(position)
            if pair.second != pair.first { positions[pair.second, default: []].append(position) }
        }
        pairPositions = positions
    }

    /// The passages paired with `location`, each with its pair's word overlap: most words in
    /// common first, then by location, at most `limit`. Kept as the pairs are read, without
    /// gathering and sorting them all (a paragraph of a much-copied story has hundreds).
    public func closestPartners(of location: PassageLocation, limit: Int) -> [(PassageLocation, Double)] {
        guard let positions = pairPositions[location], limit > 0 else { return [] }
        func precedes(_ a: (PassageLocation, Double), _ b: (PassageLocation, Double)) -> Bool {
            a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
        }
        var closest: [(PassageLocation, Double)] = []
        closest.reserveCapacity(limit + 1)
        for position in positions {
            let pair = pairs[position]
            let partner = (pair.first == location ? pair.second : pair.first, pair.wordOverlap)
            if closest.count == limit, let last = closest.last, !precedes(partner, last) { continue }
            closest.insert(partner, at: closest.firstIndex { precedes(partner, $0) } ?? closest.count)
            if closest.count > limit { closest.removeLast() }
        }
        return closest
    }

    /// For each passage of `passages` paired with another of them, the highest word overlap
    /// of those pairs: how close a claim's passage comes to the rest of the claim.
    public func closestOverlaps(within passages: [PassageLocation]) -> [PassageLocation: Double] {
        let members = Set(passages)
        var closest: [PassageLocation: Double] = [:]
        for passage in passages {
            for position in pairPositions[passage] ?? [] {
                let pair = pairs[position]
                guard members.contains(pair.first == passage ? pair.second : pair.first) else { continue }
                closest[passage] = max(closest[passage] ?? 0, pair.wordOverlap)
            }
        }
        return closest
    }
}
