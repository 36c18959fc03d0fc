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
    /// For each passage of `passages`, the word overlap of its pair with the first passage, the
    /// one whose text the comparison shows: how much of the claim as shown it carries. 0 for the
    /// first itself and for a passage joined to the claim only through others (claims are
    /// chains of pairs: its words may share little with the first's). Found once, as the claims
    /// are grouped.
    public let firstOverlaps: [Double]

    /// Creates a claim.
    public init(
        passages: [PassageLocation], articleIDs: [String], bestScore: Double, sharedWords: [String],
        firstOverlaps: [Double]
    ) {
        self.passages = passages
        self.articleIDs = articleIDs
        self.bestScore = bestScore
        self.sharedWords = sharedWords
        self.firstOverlaps = firstOverlaps
    }
}

/// What `PassageComparison` found.
///
/// The pairs are held by number: each passage as the position of its article's id in
/// `articleIDs` and its paragraph, and the pairs of each passage found through a flat index.
/// A 1,000-article dossier of near-copies has a quarter of a million pairs: held as
/// `PassagePair`s, with a dictionary from each location to its pairs, building the result took
/// a tenth of a second of hashing strings, and reading it from the comparison record as much.
public struct PassageComparisonResult: Sendable, Hashable {
    /// One pair by number: the first passage's article (a position in `articleIDs`) and
    /// paragraph, the second's, and the pair's figures.
    package struct NumberedPair: Sendable, Hashable {
        package let firstArticle: Int32
        package let firstParagraph: Int32
        package let secondArticle: Int32
        package let secondParagraph: Int32
        package let score: Double
        package let wordOverlap: Double

        package init(
            first: (article: Int32, paragraph: Int32), second: (article: Int32, paragraph: Int32), score: Double,
            wordOverlap: Double
        ) {
            firstArticle = first.article
            firstParagraph = first.paragraph
            secondArticle = second.article
            secondParagraph = second.paragraph
            self.score = score
            self.wordOverlap = wordOverlap
        }
    }

    /// The ids of the articles the pairs are in, ascending.
    package let articleIDs: [String]
    /// The pairs, sorted by first passage, then second.
    package let numberedPairs: [NumberedPair]
    /// Claims carried by two articles or more, most widely carried first, then by first passage.
    public let claims: [SharedClaim]

    /// Where each passage's pairs are.
    private let index: PairIndex

    /// Matching pairs, sorted by `first`, then `second`.
    public var pairs: [PassagePair] {
        numberedPairs.map { pair in
            PassagePair(
                first: location(pair.firstArticle, pair.firstParagraph),
                second: location(pair.secondArticle, pair.secondParagraph), score: pair.score,
                wordOverlap: pair.wordOverlap)
        }
    }

    /// Creates a result from `pairs` sorted by `first`, then `second`.
    public init(pairs: [PassagePair], claims: [SharedClaim]) {
        let ids = Set(pairs.flatMap { [$0.first.articleID, $0.second.articleID] }).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
        self.init(
            articleIDs: ids,
            pairs: pairs.map { pair in
                NumberedPair(
                    first: (numbers[pair.first.articleID] ?? 0, Int32(pair.first.paragraph)),
                    second: (numbers[pair.second.articleID] ?? 0, Int32(pair.second.paragraph)), score: pair.score,
                    wordOverlap: pair.wordOverlap)
            }, claims: claims)
    }

    /// Creates a result from pairs by number into `articleIDs` (ascending, each id in a pair),
    /// sorted by first passage, then second; paragraphs are not negative.
    package init(articleIDs: [String], pairs: [NumberedPair], claims: [SharedClaim]) {
        self.init(
            articleIDs: articleIDs, pairs: pairs, claims: claims, index: PairIndex(articleIDs: articleIDs, pairs: pairs)
        )
    }

    /// Creates a result from pairs as `init(articleIDs:pairs:claims:)` takes them, and their
    /// `index` (made from the same ids and pairs, for example while the claims are grouped).
    package init(articleIDs: [String], pairs: [NumberedPair], claims: [SharedClaim], index: PairIndex) {
        self.articleIDs = articleIDs
        numberedPairs = pairs
        self.claims = claims
        self.index = index
    }

    /// The pairs of each passage, found through a flat index: paragraph `p` of article number
    /// `a` is slot `firstSlot[a] + p`, and its pairs are
    /// `pairPositions[slotStarts[slot]..<slotStarts[slot + 1]]`, ascending.
    package struct PairIndex: Sendable, Hashable {
        /// The position of each id of `articleIDs`.
        let articleNumbers: [String: Int]
        let firstSlot: [Int]
        let slotStarts: [Int32]
        let pairPositions: [Int32]

        /// The index of `pairs`, by number into `articleIDs`.
        package init(articleIDs: [String], pairs: [NumberedPair]) {
            articleNumbers = Dictionary(
                articleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            // Slots for paragraphs 0 up to the last one paired, in each article.
            var paragraphs = Array(repeating: 0, count: articleIDs.count)
            for pair in pairs {
                paragraphs[Int(pair.firstArticle)] = max(
                    paragraphs[Int(pair.firstArticle)], Int(pair.firstParagraph) + 1)
                paragraphs[Int(pair.secondArticle)] = max(
                    paragraphs[Int(pair.secondArticle)], Int(pair.secondParagraph) + 1)
            }
            var slotBase = [0]
            slotBase.reserveCapacity(paragraphs.count + 1)
            for count in paragraphs { slotBase.append(slotBase[slotBase.count - 1] + count) }
            let firstSlot = slotBase
            // Each pair's two slots, found once; a pair of a passage with itself counts once.
            let slots = pairs.map { pair -> (first: Int, second: Int) in
                let first = firstSlot[Int(pair.firstArticle)] + Int(pair.firstParagraph)
                let second = firstSlot[Int(pair.secondArticle)] + Int(pair.secondParagraph)
                return (first, second == first ? -1 : second)
            }
            var starts = Array(repeating: Int32(0), count: firstSlot[firstSlot.count - 1] + 1)
            for (first, second) in slots {
                starts[first + 1] += 1
                if second >= 0 { starts[second + 1] += 1 }
            }
            for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
            var next = starts
            var positions = Array(repeating: Int32(0), count: Int(starts[starts.count - 1]))
            for (position, (first, second)) in slots.enumerated() {
                positions[Int(next[first])] = Int32(position)
                next[first] += 1
                guard second >= 0 else { continue }
                positions[Int(next[second])] = Int32(position)
                next[second] += 1
            }
            self.firstSlot = firstSlot
            slotStarts = starts
            pairPositions = positions
        }
    }

    /// The location of paragraph `paragraph` of article number `article`.
    private func location(_ article: Int32, _ paragraph: Int32) -> PassageLocation {
        PassageLocation(articleID: articleIDs[Int(article)], paragraph: Int(paragraph))
    }

    /// The positions in `numberedPairs` of the pairs involving `location`, ascending, with its
    /// article's number.
    private func positions(of location: PassageLocation) -> (article: Int32, positions: ArraySlice<Int32>)? {
        guard let article = index.articleNumbers[location.articleID], location.paragraph >= 0,
            location.paragraph < index.firstSlot[article + 1] - index.firstSlot[article]
        else { return nil }
        let slot = index.firstSlot[article] + location.paragraph
        return (Int32(article), index.pairPositions[Int(index.slotStarts[slot])..<Int(index.slotStarts[slot + 1])])
    }

    /// The other passage of the pair at `position`, seen from paragraph `paragraph` of article
    /// number `article`.
    private func partner(at position: Int32, of article: Int32, _ paragraph: Int) -> (
        article: Int32, paragraph: Int32, wordOverlap: Double
    ) {
        let pair = numberedPairs[Int(position)]
        return pair.firstArticle == article && Int(pair.firstParagraph) == paragraph
            ? (pair.secondArticle, pair.secondParagraph, pair.wordOverlap)
            : (pair.firstArticle, pair.firstParagraph, pair.wordOverlap)
    }

    /// How many passages are paired with `location`: all of them, where `closestPartners`
    /// lists a few.
    public func partnerCount(of location: PassageLocation) -> Int {
        positions(of: location)?.positions.count ?? 0
    }

    /// The passages paired with `location`, each with its pair's word overlap: most words in
    /// common first, then by location, at most `limit`. Kept as the pairs are read, without
    /// gathering and sorting them all (a paragraph of a much-copied story has hundreds).
    public func closestPartners(of location: PassageLocation, limit: Int) -> [(PassageLocation, Double)] {
        guard let (article, positions) = positions(of: location), limit > 0 else { return [] }
        // Article numbers follow the ids' order, so (number, paragraph) orders as locations do.
        typealias Partner = (article: Int32, paragraph: Int32, wordOverlap: Double)
        func precedes(_ a: Partner, _ b: Partner) -> Bool {
            a.wordOverlap != b.wordOverlap
                ? a.wordOverlap > b.wordOverlap : (a.article, a.paragraph) < (b.article, b.paragraph)
        }
        var closest: [Partner] = []
        closest.reserveCapacity(limit + 1)
        for position in positions {
            let partner = partner(at: position, of: article, location.paragraph)
            if closest.count == limit, let last = closest.last, !precedes(partner, last) { continue }
            closest.insert(partner, at: closest.firstIndex { precedes(partner, $0) } ?? closest.count)
            if closest.count > limit { closest.removeLast() }
        }
        return closest.map { (self.location($0.article, $0.paragraph), $0.wordOverlap) }
    }
}
