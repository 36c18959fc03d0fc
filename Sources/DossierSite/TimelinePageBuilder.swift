import DossierModel
import DossierRenderer

/// Builds the timeline page (events of `timeline.yml` and articles' publication dates) and
/// the timeline sections of actor and topic pages.
public enum TimelinePageBuilder {
    /// Longest quote shown under an event, in scalars.
    static let quoteLength = 220

    /// The timeline page: every event and publication, grouped by year, oldest first.
    public static func page(context: PageContext) -> TimelinePage {
        let dated = events(context: context, where: { _ in true }) + publications(context: context)
        let years = Dictionary(grouping: sorted(dated), by: { $0.date.year })
            .sorted { $0.key < $1.key }
            .map { TimelineYear(year: $0.key, entries: $0.value.map(\.entry)) }
        let strings = UIStrings.arabic
        let chart =
            years.isEmpty
            ? nil
            : Charts.timeline(
                TimelineChartData(
                    id: "timeline-chart", title: strings.timelineChartTitle,
                    description: strings.timelineChartDescription,
                    years: years.map {
                        TimelineChartData.Year(year: $0.year, count: $0.entries.count, url: "#" + $0.id)
                    }))
        return TimelinePage(chartSVG: chart, years: years)
    }

    /// The events of one actor or topic (as listed in `timeline.yml`), oldest first, for the
    /// `timeline-events` partial of its page.
    public static func section(context: PageContext, actor: String? = nil, topic: String? = nil) -> TimelineSection {
        let entries = events(context: context) { event in
            (actor.map { event.actors.contains($0) } ?? false) || (topic.map { event.topics.contains($0) } ?? false)
        }
        return TimelineSection(entries: sorted(entries).map(\.entry), timelineHref: context.href(to: .timeline))
    }

    /// A dated entry before grouping; `order` puts events before publications on the same date.
    struct Dated {
        let date: PartialDate
        let order: Int
        let key: String
        let entry: TimelineEntry
    }

    static func sorted(_ entries: [Dated]) -> [Dated] {
        entries.sorted { lhs, rhs in
            if lhs.date != rhs.date { return lhs.date < rhs.date }
            if lhs.order != rhs.order { return lhs.order < rhs.order }
            return lhs.key < rhs.key
        }
    }

    /// The anchored events of the analysis that pass `include`, in file order.
    static func events(context: PageContext, where include: (TimelineEvent) -> Bool) -> [Dated] {
        let strings = UIStrings.arabic
        return context.index.analysis.timeline.enumerated().compactMap { position, anchored in
            let event = anchored.event
            guard include(event) else { return nil }
            let sources = anchored.passages.map { source(context: context, passage: $0) }
            let actors = event.actors.map { id in
                EntityLink(href: context.href(to: .actor(id)), name: context.index.actors[id]?.name ?? id)
            }
            let entry = TimelineEntry(
                kind: "event", kindLabel: strings.eventKind, date: DisplayDate(event.date, strings: context.strings),
                title: event.title, href: nil, sources: sources, actors: actors)
            let key = String(100_000 + position)
            return Dated(date: event.date, order: 0, key: key, entry: entry)
        }
    }

    /// One publication entry per dated article.
    static func publications(context: PageContext) -> [Dated] {
        let strings = UIStrings.arabic
        return context.index.dossier.articles.compactMap { article in
            guard let date = article.published else { return nil }
            let outlet = context.index.outletName(of: article, strings: context.strings)
            let entry = TimelineEntry(
                kind: "publication", kindLabel: strings.publicationKind + ": " + outlet,
                date: DisplayDate(date, strings: context.strings), title: article.title,
                href: context.href(to: .article(article.id)), sources: [], actors: [],
                language: context.foreignLanguage(ofArticle: article.id))
            return Dated(date: date, order: 1, key: article.id, entry: entry)
        }
    }

    /// The link and quote of one source passage: its first paragraph, or the article alone
    /// when the quote was not found.
    static func source(context: PageContext, passage: AnchoredPassage) -> TimelineSource {
        let articleID = passage.anchor?.article ?? passage.reference.article
        let outlet = context.index.articles[articleID].map { sourceName(of: $0, context: context) } ?? articleID
        let language = context.foreignLanguage(ofArticle: articleID)
        guard let anchor = passage.anchor, let first = anchor.paragraphIndices.first else {
            return TimelineSource(
                href: context.href(to: .article(articleID)), label: outlet,
                quote: FeedEntry.clipped(passage.reference.quote, to: quoteLength), language: language)
        }
        let number = first + 1
        return TimelineSource(
            href: context.href(to: .article(articleID), fragment: SiteRoutes.paragraphID(number)),
            label: outlet + UIStrings.arabic.listSeparator + UIStrings.arabic.paragraph + " " + String(number),
            quote: FeedEntry.clipped(anchor.exact, to: quoteLength), language: language)
    }

    /// The outlet's name, or the article's title (shortened) when the outlet is unknown.
    static func sourceName(of article: Article, context: PageContext) -> String {
        guard let outlet = article.outlet, outlet != "unknown" else {
            return "«" + FeedEntry.clipped(article.title, to: 48) + "»"
        }
        return context.index.outletName(of: article, strings: context.strings)
    }
}
