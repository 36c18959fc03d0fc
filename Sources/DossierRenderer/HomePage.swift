/// The home page: the overview essay and the list of articles.
public struct HomePage: PageContent {
    public static let template = TemplateName.home

    public let titleHTML: String
    public let subtitleHTML: String?
    /// The overview essay (`index.md`) rendered, when there is one.
    public let overviewHTML: String?
    /// Newest first; undated articles last.
    public let articles: [ArticleSummary]
    public let labels: UIStrings

    public init(
        title: String, subtitle: String?, overviewHTML: String?, articles: [ArticleSummary],
        labels: UIStrings = .arabic
    ) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.subtitleHTML = subtitle.map(HTMLText.isolatingLatin)
        self.overviewHTML = overviewHTML
        self.articles = articles
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
