import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds the timeline (an index of years, and the events and publications of each year on
/// pages of their own) and the timeline sections of actor and topic pages.
public enum TimelinePageBuilder {
    /// Longest quote shown under an event, in scalars.
    static let quoteLength = 220

    /// The timeline's index: the entries-per-year chart and a link to each year's page.
    public static func page(context: PageContext) -> TimelinePage {
        let years = context.index.listings.timelineYears.sorted { $0.key < $1.key }.map { year, items in
            TimelineYearLink(
                year: year, href: context.href(to: .timelineYear(year)) ?? "",
                count: context.strings.entryCount.phrase(items.count), entryCount: items.count)
        }
        let strings = UIStrings.arabic
        let chart =
            years.isEmpty
            ? nil
            : Charts.timeline(
                TimelineChartData(
                    id: "timeline-chart", title: strings.timelineChartTitle,
                    description: strings.timelineChartDescription,
                    years: years.map { TimelineChartData.Year(year: $0.year, count: $0.entryCount, url: $0.href) }))
        return TimelinePage(chartSVG: chart, years: years)
    }

    /// Page `number` of the timeline of `year`: its entries, oldest first.
    public static func yearPage(_ year: Int, number: Int, context: PageContext) -> TimelineYearPage {
        let listings = context.index.listings
        let items = listings.timelineYears[year] ?? []
        let list = SiteLists.timelineYear(year, listings)
        let entries = list.items(ofPage: number).map { entry(items[$0], context: context) }
        let years = listings.timelineYears.keys.sorted().map { other in
            TimelineYearLink(
                year: other, href: context.href(to: .timelineYear(other)) ?? "", count: "", entryCount: 0,
                isCurrent: other == year)
        }
        return TimelineYearPage(
            year: TimelineYear(year: year, entries: entries), years: years,
            timelineHref: context.href(to: .timeline),
            pager: PagerBuilder.pager(for: list, current: number, label: context.strings.yearPages, context: context))
    }

    /// The events of one actor or topic (as listed in `timeline.yml`), oldest first, for the
    /// `timeline-events` partial of its page: the latest `sectionLimit` of them.
    public static func section(context: PageContext, actor: String? = nil, topic: String? = nil) -> TimelineSection {
        let listings = context.index.listings
        let positions = actor.flatMap { listings.actorEvents[$0] } ?? topic.flatMap { listings.topicEvents[$0] } ?? []
        let entries = positions.suffix(sectionLimit).map { position in
            let date = context.index.analysis.timeline[position].event.date
            return entry(TimelineItem(date: date, source: .event(position)), context: context)
        }
        return TimelineSection(
            entries: entries, total: positions.count, timelineHref: context.href(to: .timeline), labels: context.strings
        )
    }

    /// The most events an actor's or topic's page shows: the latest. The timeline has them all.
    static let sectionLimit = 30

    /// The entry drawn for one dated item.
    static func entry(_ item: TimelineItem, context: PageContext) -> TimelineEntry {
        let strings = UIStrings.arabic
        switch item.source {
        case .event(let position):
            let anchored = context.index.analysis.timeline[position]
            let event = anchored.event
            let actors = event.actors.map { id in
                EntityLink(href: context.href(to: .actor(id)), name: context.index.actors[id]?.name ?? id)
            }
            return TimelineEntry(
                kind: "event", kindLabel: strings.eventKind, date: DisplayDate(event.date, strings: context.strings),
                title: event.title, href: nil,
                sources: anchored.passages.map { source(context: context, passage: $0) }, actors: actors)
        case .publication(let id):
            let article = context.index.articles[id]
            let outlet = article.map { context.index.outletName(of: $0, strings: context.strings) } ?? ""
            return TimelineEntry(
                kind: "publication", kindLabel: strings.publicationKind + ": " + outlet,
                date: DisplayDate(item.date, strings: context.strings), title: article?.title ?? id,
                href: context.href(to: .article(id)), sources: [], actors: [],
                language: context.foreignLanguage(ofArticle: id))
        }
    }

    /// The link and quote of one source passage: its first paragraph, or the article alone
    /// when the quote was not found.
    static func source(context: PageContext, passage: AnchoredPassage) -> TimelineSource {
        let articleID = passage.anchor?.article ?? passage.reference.article
        let outlet = context.index.source(ofArticle: articleID).text
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
}
