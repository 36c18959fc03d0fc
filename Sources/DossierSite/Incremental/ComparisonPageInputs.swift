import DossierAnalysis
import DossierModel
import DossierRenderer

/// Everything a page of the comparison is made from, gathered without building it: the key of
/// the comparison, which fixes its claims (their passages and texts, shared words and
/// overlaps) and so which claims the page holds; what the page shows of each article carrying
/// one of them (its outlet's name and link, its date, its page's link); the chart of the
/// landing page; the pager and layout.
///
/// An unchanged rebuild, or one that edited a note or a profile, gathers these instead of
/// building the page (`ComparisonPageBuilder.page`).
struct ComparisonPageInputs: Encodable {
    /// `ComparisonRecord.key` of the comparison.
    let comparison: String
    let number: Int
    let articles: [ArticleView]
    let chart: BarChartData?
    let pager: PagerView?
    let layout: PageLayout
    let search: SearchPageDraft?

    /// What the page shows of one article of its claims.
    struct ArticleView: Encodable {
        let id: String
        let outlet: String?
        let outletName: String?
        let outletHref: String?
        let published: PartialDate?
        let href: String?
    }

    /// The inputs of page `number` of the comparison whose key is `comparison`, in `context`.
    init(comparison: String, number: Int, layout: PageLayout, search: SearchPageDraft?, context: PageContext) {
        self.comparison = comparison
        self.number = number
        self.layout = layout
        self.search = search
        let result = context.index.analysis.comparison
        let list = SiteLists.comparison(context.index.analysis)
        let ids = Set(list.items(ofPage: number).flatMap { result.claims[$0].articleIDs })
        articles = ids.sorted().map { id in
            let article = context.index.articles[id]
            return ArticleView(
                id: id, outlet: article?.outlet,
                outletName: article?.outlet.flatMap { context.index.outlets[$0]?.name },
                outletHref: article?.outlet.flatMap { context.href(to: .outlet($0)) }, published: article?.published,
                href: context.href(to: .article(id)))
        }
        chart = number == list.landingPage ? ChartBuilder.mentionsPerOutletData(context: context) : nil
        pager = PagerBuilder.pager(
            for: list, current: number, label: context.strings.claimPages, context: context)
    }
}
