/// A linked name with an optional count, for side panels, rankings and index pages.
public struct CountedLink: Sendable, Hashable, Encodable {
    /// The name, escaped, Latin runs isolated.
    public let labelHTML: String
    /// Relative URL; nil when the site has no page for it.
    public let href: String?
    public let count: Int
    /// A second figure (articles, shared paragraphs), when the list has one.
    public let secondary: Int?
    /// A short extra line (a kind, a paragraph label).
    public let detail: String?
    /// ` dir="auto"`, or `lang`/`dir` of an article title in another language than the page.
    public let textAttributes: String

    /// `language` is given for an article title in another language than the page.
    public init(
        label: String, href: String?, count: Int, secondary: Int? = nil, detail: String? = nil,
        language: String? = nil
    ) {
        self.labelHTML = HTMLText.text(label, language: language)
        self.textAttributes = HTMLText.textAttributes(language)
        self.href = href
        self.count = count
        self.secondary = secondary
        self.detail = detail
    }
}

/// A keyword-in-context line: the mention in `<mark>`, linking to the exact passage.
public struct SnippetView: Sendable, Hashable, Encodable {
    public let beforeHTML: String
    public let matchHTML: String
    public let afterHTML: String
    /// Relative URL of the passage (`articles/<a>/#m-<n>` or `#p-<n>`).
    public let href: String
    /// Where it is: the article's title (shown once per group of its snippets) and the paragraph.
    public let sourceHTML: String
    public let placeLabel: String
    /// ` dir="auto"`, or `lang`/`dir` of an article in another language than the page.
    public let textAttributes: String
    /// What tells the snippet's article apart (its id), for grouping.
    public let sourceKey: String
    /// Relative URL of the article page, for the group's heading.
    public let sourceHref: String?

    /// `language` is the article's, when it differs from the page's.
    public init(
        before: String, match: String, after: String, href: String, source: String, placeLabel: String,
        sourceKey: String, sourceHref: String?, language: String? = nil
    ) {
        self.beforeHTML = HTMLText.text(before, language: language)
        self.matchHTML = HTMLText.text(match, language: language)
        self.afterHTML = HTMLText.text(after, language: language)
        self.href = href
        self.sourceHTML = HTMLText.text(source, language: language)
        self.textAttributes = HTMLText.textAttributes(language)
        self.placeLabel = placeLabel
        self.sourceKey = sourceKey
        self.sourceHref = sourceHref
    }
}

/// A note shown as a card (notes page, actor and topic pages, article margin).
public struct NoteView: Sendable, Hashable, Encodable {
    /// The note's id (for `note-<id>` targets).
    public let id: String
    /// 1-based number within its article, in body order.
    public let number: Int
    public let kind: String
    public let kindLabel: String
    /// The quoted passage as it reads now.
    public let quoteHTML: String
    /// The rendered Markdown body.
    public let bodyHTML: String
    /// Relative URL of the highlighted passage.
    public let passageHref: String
    /// The article's title, for cards shown away from the article.
    public let articleTitleHTML: String
    /// Whether the card names its article (linked to the passage) in place of its number: on
    /// actor and topic pages, where cards of many articles meet and each would read «1». The
    /// notes list shows cards under their article's title, numbered as beside its text.
    public let namesArticle: Bool
    /// The id of the card element itself.
    public let elementID: String
    /// ` dir="auto"`, or `lang`/`dir` of the quoted article in another language than the page
    /// (for its quote and its title).
    public let quoteAttributes: String

    /// `language` is the quoted article's, when it differs from the page's.
    public init(
        id: String, number: Int, kind: String, kindLabel: String, quote: String, bodyHTML: String,
        passageHref: String, articleTitle: String, namesArticle: Bool = false, elementID: String,
        language: String? = nil
    ) {
        self.quoteAttributes = HTMLText.textAttributes(language)
        self.id = id
        self.number = number
        self.kind = kind
        self.kindLabel = kindLabel
        self.quoteHTML = HTMLText.text(quote, language: language)
        self.bodyHTML = bodyHTML
        self.passageHref = passageHref
        self.articleTitleHTML = HTMLText.text(articleTitle, language: language)
        self.namesArticle = namesArticle
        self.elementID = elementID
    }
}

/// A piece of commentary linking to the page (a backlink).
public struct BacklinkView: Sendable, Hashable, Encodable {
    public let titleHTML: String
    public let kindLabel: String
    public let href: String

    public init(title: String, kindLabel: String, href: String) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.kindLabel = kindLabel
        self.href = href
    }
}

/// Links between the pages of a paginated list, in reading order.
public struct PagerView: Sendable, Hashable, Encodable {
    /// One page link, or a gap standing for pages left out of a long pager.
    public struct PageLink: Sendable, Hashable, Encodable {
        /// The page's number (counted from the oldest item); 0 for a gap.
        public let number: Int
        /// What the link shows: the number, or a word for the landing page of a newest-first list.
        public let label: String
        public let href: String
        public let isCurrent: Bool
        /// True for the «…» between distant pages.
        public let isGap: Bool

        public init(number: Int, href: String, isCurrent: Bool, label: String? = nil) {
            self.number = number
            self.label = label ?? String(number)
            self.href = href
            self.isCurrent = isCurrent
            self.isGap = false
        }

        /// The mark of pages left out.
        public static let gap = PageLink(gapMarker: ())

        private init(gapMarker: Void) {
            number = 0
            label = "…"
            href = ""
            isCurrent = false
            isGap = true
        }
    }

    public let pages: [PageLink]
    public let previousHref: String?
    public let nextHref: String?
    /// The pager's name for assistive technology («صفحات المقالات»).
    public let label: String

    public init(pages: [PageLink], previousHref: String?, nextHref: String?, label: String) {
        self.pages = pages
        self.previousHref = previousHref
        self.nextHref = nextHref
        self.label = label
    }
}
