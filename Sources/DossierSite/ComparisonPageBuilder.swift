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
    /// would otherwise list them all on every one of them (output quadratic in the corpus).
    static let alsoReportedLimit = 5

    /// The comparison page.
    public static func page(context: PageContext) -> ComparisonPage {
        let result = context.index.analysis.comparison
        let strings = UIStrings.arabic
        let involved = Set(result.claims.flatMap(\.articleIDs))
        let articles = context.index.dossier.articles.filter { involved.contains($0.id) }
            .sorted { ($0.published ?? PartialDate(year: 0), $0.id) < ($1.published ?? PartialDate(year: 0), $1.id) }
        let columns = articles.map { article in
            ComparisonColumn(
                href: context.href(to: .article(article.id)),
                outlet: TimelinePageBuilder.sourceName(of: article, context: context), title: article.title)
        }
        let claims = result.claims.enumerated().map { position, claim in
            let first = claim.passages[0]
            let text =
                context.index.articles[first.articleID].flatMap { article in
                    article.paragraphs.indices.contains(first.paragraph - 1)
                        ? article.paragraphs[first.paragraph - 1].text : nil
                } ?? ""
            let members = Set(claim.passages)
            let pairs = result.pairs(within: members)
            let best = pairs.max { $0.score < $1.score }
            // Each carried cell shows how close its passage comes to another of the claim.
            var closest: [PassageLocation: Double] = [:]
            for pair in pairs {
                closest[pair.first] = max(closest[pair.first] ?? 0, pair.wordOverlap)
                closest[pair.second] = max(closest[pair.second] ?? 0, pair.wordOverlap)
            }
            let firstPassage = Dictionary(
                claim.passages.map { ($0.articleID, $0) }, uniquingKeysWith: { first, _ in first })
            let cells = articles.map { article -> ComparisonCell in
                guard let passage = firstPassage[article.id] else {
                    return ComparisonCell(href: nil, label: nil)
                }
                return ComparisonCell(
                    href: context.href(to: .article(article.id), fragment: SiteRoutes.paragraphID(passage.paragraph)),
                    label: strings.paragraph + " " + String(passage.paragraph),
                    score: closest[passage].map(percentage))
            }
            return ComparisonClaim(
                id: "claim-\(position + 1)", excerpt: FeedEntry.clipped(text, to: excerptLength),
                sharedWords: (best?.sharedWords ?? []).filter { !ComparisonStopWords.isStopWord(surface: $0) }
                    .prefix(sharedWordCount).joined(separator: strings.listSeparator), cells: cells)
        }
        return ComparisonPage(
            chartSVG: ChartBuilder.mentionsPerOutlet(context: context), columns: columns, claims: claims)
    }

    /// The other articles' passages matching paragraph `number` (1-based) of `articleID`,
    /// most words in common first, at most `alsoReportedLimit`; nil when there are none.
    /// The order and figures depend on the two passages alone (`PassagePair.wordOverlap`), so
    /// an article added elsewhere in the dossier leaves this list as it was.
    public static func alsoReported(context: PageContext, articleID: String, paragraph number: Int) -> AlsoReported? {
        let here = PassageLocation(articleID: articleID, paragraph: number)
        let pairs = context.index.analysis.comparison.pairs(involving: here)
        guard !pairs.isEmpty else { return nil }
        let matches = pairs.map { pair in (pair.first == here ? pair.second : pair.first, pair.wordOverlap) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(alsoReportedLimit)
            .map { other, score in
                let outlet =
                    context.index.articles[other.articleID]
                    .map { TimelinePageBuilder.sourceName(of: $0, context: context) } ?? other.articleID
                return AlsoReported.Match(
                    href: context.href(
                        to: .article(other.articleID), fragment: SiteRoutes.paragraphID(other.paragraph)),
                    outlet: outlet, paragraphLabel: UIStrings.arabic.paragraph + " " + String(other.paragraph),
                    score: percentage(score))
            }
        return AlsoReported(matches: matches)
    }

    /// A similarity score as a whole percentage in European digits («87٪»).
    static func percentage(_ score: Double) -> String {
        String(Int((score * 100).rounded())) + UIStrings.arabic.percentSign
    }
}
