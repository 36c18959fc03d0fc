/// One page of the list of every article, newest first.
public struct ArticleListPage: PageContent {
    public static let template = TemplateName.articles

    /// This page's articles, newest first.
    public let articles: [ArticleSummary]
    /// How many articles the dossier has, on the list's own page (the newest) only: the older
    /// pages then keep their bytes when an article is added, and a rebuild takes them as they are.
    public let total: String?
    /// Present when the list spans several pages.
    public let pager: PagerView?
    public let labels: UIStrings

    public init(articles: [ArticleSummary], total: String?, pager: PagerView?, labels: UIStrings = .arabic) {
        self.articles = articles
        self.total = total
        self.pager = pager
        self.labels = labels
    }
}
