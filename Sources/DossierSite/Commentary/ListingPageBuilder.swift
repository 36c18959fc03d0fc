import DossierModel
import DossierRenderer

/// Builds the index pages of actors, topics and outlets, in the analyzer's order (weight,
/// then Arabic name order, then id).
public enum ListingPageBuilder {
    /// The actors index.
    public static func actors(context: PageContext) -> ListingPage {
        let words = context.strings.commentary
        let items = context.analysis.actorOrder.compactMap { context.analysis.actor($0) }.map { actor in
            CountedLink(
                label: actor.actor.name, href: context.href(to: .actor(actor.id)), count: actor.weight,
                detail: words.mentionCount.phrase(actor.weight))
        }
        var page = ListingPage(title: context.strings.actors, intro: words.actorsIntro, items: items)
        page.chartSVG = ChartBuilder.network(context: context)
        page.chartTitle = UIStrings.arabic.networkChartTitle
        page.chartHint = UIStrings.arabic.chartScrollHint
        return page
    }

    /// The topics index.
    public static func topics(context: PageContext) -> ListingPage {
        let words = context.strings.commentary
        let items = context.analysis.topicOrder.compactMap { context.analysis.topic($0) }.map { topic in
            CountedLink(
                label: topic.topic.title, href: context.href(to: .topic(topic.id)), count: topic.weight,
                detail: words.hitCount.phrase(topic.weight))
        }
        return ListingPage(title: context.strings.topics, intro: words.topicsIntro, items: items)
    }

    /// The outlets index.
    public static func outlets(context: PageContext) -> ListingPage {
        let words = context.strings.commentary
        let items = context.analysis.outletOrder.compactMap { context.analysis.outlet($0) }.map { outlet in
            CountedLink(
                label: outlet.outlet.name, href: context.href(to: .outlet(outlet.id)), count: outlet.weight,
                detail: context.strings.articleCount.phrase(outlet.weight))
        }
        return ListingPage(title: context.strings.outlets, intro: words.outletsIntro, items: items)
    }
}
