/// An outlet page (or one later page of its articles): the about text, its articles (newest
/// first, paged), how it covers each actor, backlinks.
public struct OutletPage: PageContent {
    public static let template = TemplateName.outlet

    public let nameHTML: String
    public let url: String?
    public let aboutHTML: String?
    public let articles: [CountedLink]
    public let hasArticles: Bool
    /// `count` = mentions, `secondary` = articles mentioning the actor.
    public let actors: [CountedLink]
    public let hasActors: Bool
    /// Present when the articles span several pages.
    public let pager: PagerView?
    /// True on the landing page (the newest articles), which carries everything besides the list.
    public let isFirstPage: Bool
    public let backlinks: [BacklinkView]
    public let hasBacklinks: Bool
    public let labels: UIStrings

    public init(
        name: String, url: String?, aboutHTML: String?, articles: [CountedLink], actors: [CountedLink],
        pager: PagerView? = nil, isFirstPage: Bool = true, backlinks: [BacklinkView], labels: UIStrings = .arabic
    ) {
        self.pager = pager
        self.isFirstPage = isFirstPage
        self.nameHTML = HTMLText.isolatingLatin(name)
        self.url = url
        self.aboutHTML = aboutHTML
        self.articles = articles
        self.hasArticles = !articles.isEmpty
        self.actors = actors
        self.hasActors = !actors.isEmpty
        self.backlinks = backlinks
        self.hasBacklinks = !backlinks.isEmpty
        self.labels = labels
    }
}
