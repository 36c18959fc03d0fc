/// The timeline's index: the entries-per-year chart and a link to each year's page.
public struct TimelinePage: PageContent {
    public static let template = TemplateName.timeline

    public let chartSVG: String?
    /// Every year with entries, oldest first.
    public let years: [TimelineYearLink]
    public let hasEntries: Bool
    public let labels: UIStrings

    public init(chartSVG: String?, years: [TimelineYearLink], labels: UIStrings = .arabic) {
        self.chartSVG = chartSVG
        self.years = years
        self.hasEntries = !years.isEmpty
        self.labels = labels
    }
}

/// One page of the timeline of a year: dated events and publications, oldest first, each
/// pointing back to the passages it rests on.
public struct TimelineYearPage: PageContent {
    public static let template = TemplateName.timelineYear

    /// The year and this page's entries.
    public let year: TimelineYear
    /// Every year, to move between them.
    public let years: [TimelineYearLink]
    /// Relative URL of the timeline's index.
    public let timelineHref: String?
    /// Present when the year spans several pages.
    public let pager: PagerView?
    public let labels: UIStrings

    public init(
        year: TimelineYear, years: [TimelineYearLink], timelineHref: String?, pager: PagerView?,
        labels: UIStrings = .arabic
    ) {
        self.year = year
        self.years = years
        self.timelineHref = timelineHref
        self.pager = pager
        self.labels = labels
    }
}

/// A link to the page of one year of the timeline.
public struct TimelineYearLink: Sendable, Hashable, Encodable {
    public let year: Int
    public let href: String
    /// How many entries the year has, as words («280 مدخلًا»); empty where not shown.
    public let count: String
    /// The same as a number, for the chart.
    public let entryCount: Int
    /// True on the year's own page.
    public let isCurrent: Bool

    public init(year: Int, href: String, count: String, entryCount: Int, isCurrent: Bool = false) {
        self.year = year
        self.href = href
        self.count = count
        self.entryCount = entryCount
        self.isCurrent = isCurrent
    }
}

/// The entries of one year, with the `y-<year>` anchor of its section.
public struct TimelineYear: Sendable, Hashable, Encodable {
    public let year: Int
    public let id: String
    public let entries: [TimelineEntry]

    public init(year: Int, entries: [TimelineEntry]) {
        self.year = year
        self.id = "y-\(year)"
        self.entries = entries
    }
}

/// One dated entry: an event of `timeline.yml` or an article's publication.
public struct TimelineEntry: Sendable, Hashable, Encodable {
    /// `event` or `publication` (a CSS hook).
    public let kind: String
    public let kindLabel: String
    public let date: DisplayDate
    public let titleHTML: String
    /// `lang`/`dir` of a publication's title in another language than the page, else empty.
    public let languageAttributes: String
    /// Link of the title (the article, for a publication).
    public let href: String?
    public let sources: [TimelineSource]
    public let hasSources: Bool
    public let actors: [EntityLink]
    public let hasActors: Bool

    /// `language` is the article's, for a publication in another language than the page.
    public init(
        kind: String, kindLabel: String, date: DisplayDate, title: String, href: String?,
        sources: [TimelineSource], actors: [EntityLink], language: String? = nil
    ) {
        self.kind = kind
        self.kindLabel = kindLabel
        self.date = date
        self.titleHTML = HTMLText.text(title, language: language)
        self.languageAttributes = HTMLText.languageAttributes(language)
        self.href = href
        self.sources = sources
        self.hasSources = !sources.isEmpty
        self.actors = actors
        self.hasActors = !actors.isEmpty
    }
}

/// A passage an event rests on: where it is and what it says.
public struct TimelineSource: Sendable, Hashable, Encodable {
    /// Relative URL of the passage (`articles/<id>/index.html#p-<n>`), nil when not anchored.
    public let href: String?
    /// «outlet, paragraph n».
    public let labelHTML: String
    public let quoteHTML: String
    /// `lang`/`dir` of a quote from an article in another language than the page, else empty.
    public let quoteAttributes: String

    /// `language` is the quoted article's, when it differs from the page's.
    public init(href: String?, label: String, quote: String, language: String? = nil) {
        self.href = href
        self.labelHTML = HTMLText.isolatingLatin(label)
        self.quoteHTML = HTMLText.text(quote, language: language)
        self.quoteAttributes = HTMLText.languageAttributes(language)
    }
}

/// A named link to an actor, topic or outlet page (plain text when the page does not exist).
public struct EntityLink: Sendable, Hashable, Encodable {
    public let href: String?
    public let nameHTML: String

    public init(href: String?, name: String) {
        self.href = href
        self.nameHTML = HTMLText.isolatingLatin(name)
    }
}

/// An actor's or topic's events, for the `timeline-events` partial on its own page: the
/// latest ones, when there are more than a page should hold.
public struct TimelineSection: Sendable, Hashable, Encodable {
    public let entries: [TimelineEntry]
    public let hasEntries: Bool
    /// «تُعرض هنا أحدث 30 حدثًا من 212؛ كلها في», before the timeline's link, when some are left
    /// out; nil when all are shown.
    public let shownOf: String?
    /// Relative URL of the timeline page.
    public let timelineHref: String?
    public let labels: UIStrings

    /// The section of `entries`, out of `total` events.
    public init(entries: [TimelineEntry], total: Int? = nil, timelineHref: String?, labels: UIStrings = .arabic) {
        self.entries = entries
        self.hasEntries = !entries.isEmpty
        let total = total ?? entries.count
        self.shownOf = total > entries.count ? labels.shownOf(labels.eventCount, entries.count, of: total) : nil
        self.timelineHref = timelineHref
        self.labels = labels
    }
}
