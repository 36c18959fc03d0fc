import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds the comparison page (claims × articles) and the "also reported by" lists of
/// article paragraphs, from `AnalyzedDossier.comparison`.
public enum ComparisonPageBuilder {
    /// Longest claim excerpt, in scalars.
    static let excerptLength = 200
    /// Shared words shown per claim.
    static let sharedWordCount = 8
    /// Most matches listed under one paragraph: a sentence carried by hundreds of articles
    /// would otherwise list them all on every one of them (output quadratic in the corpus). Three:
    /// the closest copies say where else a passage ran; the comparison pages hold the rest, and
    /// five made the lists 30% of a 10,000-article site's article pages.
    static let alsoReportedLimit = 3

    /// Page `number` of the comparison: its claims, one column per outlet carrying one of them.
    /// Columns are outlets, not articles: a sentence repeated by a thousand articles would
    /// make a row of a thousand cells, and the table would grow with the square of the dossier.
    public static func page(number: Int, context: PageContext) -> ComparisonPage {
        let result = context.index.analysis.comparison
        let strings = UIStrings.arabic
        let list = SiteLists.comparison(context.index.analysis)
        let positions = list.items(ofPage: number)
        let outlets = Set(
            positions.flatMap { result.claims[$0].articleIDs.map { outletKey(of: $0, context: context) } }
        )
        .sorted { ($0 == unknownOutlet ? 1 : 0, $0) < ($1 == unknownOutlet ? 1 : 0, $1) }
        let columns = outlets.map { key in
            let name = key == unknownOutlet ? strings.unknownOutlet : context.index.outlets[key]?.name ?? key
            return ComparisonColumn(
                href: key == unknownOutlet ? nil : context.href(to: .outlet(key)), outlet: name, title: name)
        }
        let claims = positions.map { position in
            let claim = result.claims[position]
            let first = claim.passages[0]
            let text =
                context.index.articles[first.articleID].flatMap { article in
                    article.paragraphs.indices.contains(first.paragraph - 1)
                        ? article.paragraphs[first.paragraph - 1].text : nil
                } ?? ""
            // Each carried cell shows how much of the passage shown its linked passage shares.
            let byOutlet = Dictionary(grouping: claim.passages.indices) {
                outletKey(of: claim.passages[$0].articleID, context: context)
            }
            let cells = outlets.map { key -> ComparisonCell in
                guard let members = byOutlet[key],
                    let earliestMember = members.min(by: { earlier(claim.passages[$0], claim.passages[$1], context) })
                else { return ComparisonCell(href: nil, label: nil) }
                let earliest = claim.passages[earliestMember]
                let overlap = claim.firstOverlaps[earliestMember]
                let articleCount = Set(members.map { claim.passages[$0].articleID }).count
                return ComparisonCell(
                    href: context.href(
                        to: .article(earliest.articleID), fragment: SiteRoutes.paragraphID(earliest.paragraph)),
                    label: articleCount == 1
                        ? strings.paragraph + " " + String(earliest.paragraph)
                        : strings.articleCount.phrase(articleCount),
                    score: overlap > 0 ? percentage(overlap) : nil)
            }
            return ComparisonClaim(
                id: "claim-\(position + 1)", excerpt: FeedEntry.clipped(text, to: excerptLength),
                sharedWords: claim.sharedWords.filter { !ComparisonStopWords.isStopWord(surface: $0) }
                    .prefix(sharedWordCount).joined(separator: strings.listSeparator), cells: cells)
        }
        return ComparisonPage(
            chartSVG: number == list.landingPage ? ChartBuilder.mentionsPerOutlet(context: context) : nil,
            columns: columns, claims: claims,
            pager: PagerBuilder.pager(for: list, current: number, label: strings.claimPages, context: context))
    }

    /// The column key of articles without a known outlet.
    private static let unknownOutlet = "unknown"

    /// The outlet column an article falls in.
    private static func outletKey(of articleID: String, context: PageContext) -> String {
        context.index.articles[articleID]?.outlet ?? unknownOutlet
    }

    /// True when `lhs` is in an article published before `rhs`'s (undated last, then by id).
    private static func earlier(_ lhs: PassageLocation, _ rhs: PassageLocation, _ context: PageContext) -> Bool {
        let left = context.index.articles[lhs.articleID]?.published
        let right = context.index.articles[rhs.articleID]?.published
        switch (left, right) {
        case let (left?, right?) where left != right: return left < right
        case (.some, .none): return true
        case (.none, .some): return false
        default: return lhs < rhs
        }
    }

    /// The other articles' passages matching paragraph `number` (1-based) of `articleID`,
    /// most words in common first, at most `alsoReportedLimit`, with how many there are in
    /// all; nil when there are none.
    /// The order and figures of the list depend on the two passages alone
    /// (`PassagePair.wordOverlap`), so an article added elsewhere in the dossier leaves them as
    /// they were; the count goes up when that article carries the passage too.
    public static func alsoReported(context: PageContext, articleID: String, paragraph number: Int) -> AlsoReported? {
        let here = PassageLocation(articleID: articleID, paragraph: number)
        let shown = shownMatches(of: here, context: context)
        guard !shown.isEmpty else { return nil }
        let matches = shown.map { other, score in
            AlsoReported.Match(
                href: context.href(
                    to: .article(other.articleID), fragment: SiteRoutes.paragraphID(other.paragraph)),
                outletHTML: context.index.source(ofArticle: other.articleID).html,
                paragraphLabel: UIStrings.arabic.paragraph + " " + String(other.paragraph), score: percentage(score))
        }
        return AlsoReported(matches: matches, total: partnerCount(of: here, context: context))
    }

    /// How many passages match the paragraph at `here`, listed or not.
    static func partnerCount(of here: PassageLocation, context: PageContext) -> Int {
        context.index.analysis.comparison.partnerCount(of: here)
    }

    /// The passages listed under the paragraph at `here`, with their word overlap: most words in
    /// common first, at most `alsoReportedLimit`.
    static func shownMatches(of here: PassageLocation, context: PageContext) -> [(PassageLocation, Double)] {
        context.index.analysis.comparison.closestPartners(of: here, limit: alsoReportedLimit)
    }

    /// A similarity score as a whole percentage in European digits («87٪»).
    static func percentage(_ score: Double) -> String {
        String(Int((score * 100).rounded())) + UIStrings.arabic.percentSign
    }
}
