/// The timeline page: dated events and publications, grouped by year, oldest first, each
/// pointing back to the passages it rests on; plus the events-per-year chart.
public struct TimelinePage: PageContent {
    public static let template = TemplateName.timeline

    public let chartSVG: String?
    public let years: [TimelineYear]
    public let hasEntries: Bool
    public let labels: UIStrings

    public init(chartSVG: String?, years: [TimelineYear], labels: UIStrings = .arabic) {
        self.chartSVG = chartSVG
        self.years = years
        self.hasEntries = !years.isEmpty
        self.labels = labels
    }
}

/// The entries of one year, with the `y-<year>` anchor the chart links to.
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

/// An actor's or topic's events, for the `timeline-events` partial on its own page.
public struct TimelineSection: Sendable, Hashable, Encodable {
    public let entries: [TimelineEntry]
    public let hasEntries: Bool
    /// Relative URL of the timeline page.
    public let timelineHref: String?
    public let labels: UIStrings

    public init(entries: [TimelineEntry], timelineHref: String?, labels: UIStrings = .arabic) {
        self.entries = entries
        self.hasEntries = !entries.isEmpty
        self.timelineHref = timelineHref
        self.labels = labels
    }
}
