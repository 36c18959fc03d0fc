/// A page of the comparison: which outlet carries which of the page's shared claims.
public struct ComparisonPage: PageContent {
    public static let template = TemplateName.comparison

    public let chartSVG: String?
    /// The table's columns: one per outlet carrying a claim of the page.
    public let columns: [ComparisonColumn]
    public let claims: [ComparisonClaim]
    public let hasClaims: Bool
    /// Present when the claims span several pages.
    public let pager: PagerView?
    public let labels: UIStrings

    public init(
        chartSVG: String?, columns: [ComparisonColumn], claims: [ComparisonClaim], pager: PagerView? = nil,
        labels: UIStrings = .arabic
    ) {
        self.pager = pager
        self.chartSVG = chartSVG
        self.columns = columns
        self.claims = claims
        self.hasClaims = !claims.isEmpty
        self.labels = labels
    }
}

/// A column of the comparison table: an outlet.
public struct ComparisonColumn: Sendable, Hashable, Encodable {
    public let href: String?
    public let outletHTML: String
    public let titleHTML: String

    public init(href: String?, outlet: String, title: String) {
        self.href = href
        self.outletHTML = HTMLText.isolatingLatin(outlet)
        self.titleHTML = HTMLText.isolatingLatin(title)
    }
}

/// A row: the claim, then one cell per column.
public struct ComparisonClaim: Sendable, Hashable, Encodable {
    public let id: String
    /// An excerpt of the claim's first passage.
    public let excerptHTML: String
    public let sharedWordsHTML: String
    public let cells: [ComparisonCell]

    public init(id: String, excerpt: String, sharedWords: String, cells: [ComparisonCell]) {
        self.id = id
        self.excerptHTML = HTMLText.isolatingLatin(excerpt)
        self.sharedWordsHTML = HTMLText.isolatingLatin(sharedWords)
        self.cells = cells
    }
}

/// A cell: the outlet's earliest passage carrying the claim (and how many of its articles
/// carry it), or nothing.
public struct ComparisonCell: Sendable, Hashable, Encodable {
    public let href: String?
    /// «الفقرة n» for one article, «3 مقالات» for several.
    public let label: String?
    public let carried: Bool
    /// The share of words the linked passage has in common with the claim's passage shown in
    /// its row («87٪»); nil for that passage itself and for one joined to the claim only through
    /// others.
    public let score: String?

    public init(href: String?, label: String?, score: String? = nil) {
        self.href = href
        self.label = label
        self.carried = label != nil
        self.score = score
    }
}

/// The "also reported by" list under a paragraph of an article page.
///
/// A class: its labels are hundreds of bytes, and every paragraph of a page stores an optional
/// list, so as a struct it made the paragraphs of a long article take several times their text.
public final class AlsoReported: Sendable, Hashable, Encodable {
    /// One matching passage of another article.
    public struct Match: Sendable, Hashable, Encodable {
        public let href: String?
        public let outletHTML: String
        /// «الفقرة n».
        public let paragraphLabel: String
        /// The score as a percentage, e.g. «87٪» written with European digits.
        public let score: String

        public init(href: String?, outlet: String, paragraphLabel: String, score: String) {
            self.init(
                href: href, outletHTML: HTMLText.isolatingLatin(outlet), paragraphLabel: paragraphLabel, score: score)
        }

        /// A match whose outlet's name is already HTML, its Latin runs isolated
        /// (`HTMLText.isolatingLatin`).
        public init(href: String?, outletHTML: String, paragraphLabel: String, score: String) {
            self.href = href
            self.outletHTML = outletHTML
            self.paragraphLabel = paragraphLabel
            self.score = score
        }
    }

    public let matches: [Match]
    /// How many passages match in all (shown on the closed marker): the list holds the
    /// closest few.
    public let count: Int
    /// The line under a list that holds fewer than `count` («و5 فقرات أخرى»), nil when it
    /// holds all.
    public let moreLabel: String?
    public let labels: UIStrings

    /// `matches`, the closest of `total` matching passages (at least as many as `matches`).
    public init(matches: [Match], total: Int, labels: UIStrings = .arabic) {
        self.matches = matches
        count = max(total, matches.count)
        moreLabel = count > matches.count ? labels.alsoReportedMore(count - matches.count) : nil
        self.labels = labels
    }

    public static func == (lhs: AlsoReported, rhs: AlsoReported) -> Bool {
        lhs.matches == rhs.matches && lhs.count == rhs.count && lhs.labels == rhs.labels
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(matches)
        hasher.combine(count)
        hasher.combine(labels)
    }
}
