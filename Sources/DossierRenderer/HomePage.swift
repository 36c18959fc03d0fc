/// The home page: the overview essay and the newest articles.
public struct HomePage: PageContent {
    public static let template = TemplateName.home

    public let titleHTML: String
    public let subtitleHTML: String?
    /// The overview essay (`index.md`) rendered, when there is one.
    public let overviewHTML: String?
    /// The overview's heading: `index.md`'s `title:`, else «نظرة عامة».
    public let overviewTitleHTML: String
    /// False when the overview has no `title:` and opens with a heading of its own, which stands
    /// instead of the «نظرة عامة» heading (two headings in a row read as an empty section).
    public let showsOverviewTitle: Bool
    /// The newest articles, newest first; undated articles last.
    public let articles: [ArticleSummary]
    /// The list of every article, when the home page does not show them all.
    public let allArticlesHref: String?
    /// How many articles the dossier has («1000 مقال»).
    public let articleTotal: String
    public let labels: UIStrings

    public init(
        title: String, subtitle: String?, overviewTitle: String? = nil, overviewHTML: String?,
        articles: [ArticleSummary],
        allArticlesHref: String? = nil, articleTotal: String = "", labels: UIStrings = .arabic
    ) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.subtitleHTML = subtitle.map(HTMLText.isolatingLatin)
        self.overviewHTML = overviewHTML
        self.overviewTitleHTML = HTMLText.isolatingLatin(overviewTitle ?? labels.overview)
        self.showsOverviewTitle = overviewTitle != nil || !(overviewHTML?.hasPrefix("<h") ?? false)
        self.articles = articles
        self.allArticlesHref = allArticlesHref
        self.articleTotal = articleTotal
        self.labels = labels
    }
}

/// An article in a list: its title linked, its outlet and date.
public struct ArticleSummary: Sendable, Encodable {
    /// Relative URL of the article page from the list's page.
    public let href: String
    public let titleHTML: String
    /// `lang`/`dir` of the title when the article is in another language than the page, else empty.
    public let languageAttributes: String
    public let outletHTML: String
    public let date: DisplayDate?

    /// `language` is the article's, when it differs from the page's.
    public init(href: String, title: String, outletName: String, date: DisplayDate?, language: String? = nil) {
        self.href = href
        self.titleHTML = HTMLText.text(title, language: language)
        self.languageAttributes = HTMLText.languageAttributes(language)
        self.outletHTML = HTMLText.isolatingLatin(outletName)
        self.date = date
    }
}
