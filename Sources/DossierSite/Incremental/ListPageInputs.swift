import DossierAnalysis
import DossierModel
import DossierRenderer

/// Everything a later page of an actor's or a topic's list is made from, gathered without
/// building the page: the list's name, its pager, and for each article on the page the key of
/// its scan and what the page shows of it besides (its outlet's name, date and language, how
/// many mentions or hits, whether its page exists).
///
/// The snippets under an article come from its scan (the mentions of the actor, or the hits of
/// the topic, and the paragraphs they are in), which its scan key fixes. In a build that reuses
/// pages, the digest of these inputs is the page's fingerprint (`ArticlePageInputs` says why).
/// Landing pages show much more (profiles, notes, counts, timelines) and are fingerprinted by
/// their models.
struct ListPageInputs: Encodable {
    /// The actor's name or the topic's title.
    let name: String
    let articles: [ListedArticle]
    let pager: PagerView?
    let layout: PageLayout
    let search: SearchPageDraft?

    /// One article of the page.
    struct ListedArticle: Encodable {
        let id: String
        /// The key of its scan (`SiteBuilder.scanKeys`).
        let scan: String
        let outletName: String
        let published: PartialDate?
        let language: String?
        /// How many mentions or hits it has in the list.
        let count: Int
        let hasPage: Bool
    }

    /// The inputs of the page listing `runs`, or nil when an article of it has no scan key.
    init?(
        name: String, runs: [ArticleRun], pager: PagerView?, layout: PageLayout, search: SearchPageDraft?,
        scanKeys: [String: String], context: PageContext
    ) {
        var articles: [ListedArticle] = []
        for run in runs {
            guard let scan = scanKeys[run.article], let article = context.index.articles[run.article] else {
                return nil
            }
            articles.append(
                ListedArticle(
                    id: run.article, scan: scan,
                    outletName: context.index.outletName(of: article, strings: context.strings),
                    published: article.published, language: context.foreignLanguage(ofArticle: run.article),
                    count: run.items.count, hasPage: context.plan.contains(.article(run.article))))
        }
        self.name = name
        self.articles = articles
        self.pager = pager
        self.layout = layout
        self.search = search
    }
}
