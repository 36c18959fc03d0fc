import DossierModel

/// What the base layout shows around every page: head, site header, navigation, footer.
public struct PageLayout: Sendable, Encodable {
    /// BCP 47 language of the page (`ar`).
    public let language: String
    /// `rtl` or `ltr`, from the language.
    public let direction: String
    /// The `<title>`: the page's title and the site's.
    public let pageTitle: String
    public let description: String?
    /// Relative URL of `assets/style.css` from this page.
    public let stylesheetHref: String
    /// Relative URL of the home page from this page.
    public let homeHref: String
    /// The site's root folder relative to this page (`../../`, or empty at the root), for a
    /// template to link a file it adds: `{{rootHref}}assets/logo.svg`.
    public var rootHref = ""
    public let siteTitleHTML: String
    public let navigation: [NavigationItem]
    public let labels: UIStrings
    /// The rendered page content; set by `PageRenderer`.
    public internal(set) var contentHTML: String = ""
    /// Extra `<meta property>` tags of the head (Open Graph).
    public var metaTags: [MetaTag] = []
    /// Relative URL of the Atom feed, for `<link rel="alternate">`.
    public var feedHref: String?
    public var feedTitle: String?
    /// Extra stylesheets after the main one (relative URLs).
    public var stylesheets: [String] = []
    /// Relative URL of the site's icon (`assets/favicon.svg`), when the templates have it.
    public var faviconHref: String?
    /// Relative URL of the reading aids' script (`assets/page.js`), when the templates have it.
    public var scriptHref: String?
    /// `<base href>` (only the 404 page, which is served at any path, has one).
    public var baseHref: String?
    /// The search index data of a content page, set by `PageRenderer`; when set, `<main>`
    /// becomes the page's `data-pagefind-body` and this goes inside it.
    public internal(set) var searchHTML: String?

    public init(
        language: String, pageTitle: String, description: String?, stylesheetHref: String,
        homeHref: String, siteTitle: String, navigation: [NavigationItem], labels: UIStrings = .arabic
    ) {
        self.language = language
        self.direction = TextDirection.of(language: language)
        self.pageTitle = pageTitle
        self.description = description
        self.stylesheetHref = stylesheetHref
        self.homeHref = homeHref
        self.siteTitleHTML = HTMLText.isolatingLatin(siteTitle)
        self.navigation = navigation
        self.labels = labels
    }
}

/// One `<meta property="…" content="…">` of the head (content escaped by the template).
public struct MetaTag: Sendable, Hashable, Encodable {
    public let property: String
    public let content: String

    public init(property: String, content: String) {
        self.property = property
        self.content = content
    }
}

/// One entry of the site navigation.
public struct NavigationItem: Sendable, Hashable, Encodable {
    public let label: String
    /// Relative URL from the current page.
    public let href: String
    /// True on the entry for the page being shown (`aria-current="page"`).
    public let isCurrent: Bool
    /// True on the entry of the list the page is one of (an article's page under the
    /// articles, `aria-current="true"`).
    public let isSection: Bool

    public init(label: String, href: String, isCurrent: Bool, isSection: Bool = false) {
        self.label = label
        self.href = href
        self.isCurrent = isCurrent
        self.isSection = isSection
    }
}
