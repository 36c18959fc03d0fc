import DossierModel
import DossierRenderer

/// Builds one page of an actor: page 1 has everything, pages 2… only further mentions.
public enum ActorPageBuilder {
    /// The model of page `number` (1-based) of `actor`'s page.
    public static func page(for actor: ActorAnalysis, number: Int, context: PageContext) -> (ActorPage, [Diagnostic]) {
        let perPage = SitePlanner.mentionsPerPage
        let pageCount = SitePlanner.mentionPageCount(actor.mentions.count)
        let slice = actor.mentions.dropFirst((number - 1) * perPage).prefix(perPage)
        let mentions = slice.map { snippet($0, context: context) }
        let isFirst = number == 1
        let profile = isFirst ? context.markdown(actor.actor.profile) : nil
        let (notes, noteDiagnostics) = isFirst ? context.noteCards(actor.notes) : ([], [])
        var page = ActorPage(
            name: actor.actor.name, profileHTML: profile?.html.isEmpty == false ? profile?.html : nil,
            mentions: mentions, mentionTotal: isFirst ? actor.mentions.count : nil,
            pager: pager(actor: actor.id, current: number, count: pageCount, context: context),
            isFirstPage: isFirst,
            articleCounts: isFirst
                ? actor.articleCounts.map { count in
                    CountedLink(
                        label: context.index.articles[count.id]?.title ?? count.id,
                        href: context.href(to: .article(count.id)), count: count.count,
                        language: context.foreignLanguage(ofArticle: count.id))
                } : [],
            outletCounts: isFirst
                ? actor.outletCounts.map { count in
                    CountedLink(
                        label: context.index.outlets[count.id]?.name ?? count.id,
                        href: context.href(to: .outlet(count.id)), count: count.count)
                } : [],
            coMentions: isFirst
                ? actor.coMentions.map { other in
                    CountedLink(
                        label: context.actorName(other.actor), href: context.href(to: .actor(other.actor)),
                        count: other.paragraphs, secondary: other.articles)
                } : [],
            ambiguousOnly: isFirst
                ? actor.ambiguousOnlyArticles.map { id in
                    CountedLink(
                        label: context.index.articles[id]?.title ?? id, href: context.href(to: .article(id)), count: 0,
                        language: context.foreignLanguage(ofArticle: id))
                } : [],
            notes: notes,
            backlinks: isFirst ? context.backlinks(to: .actor, id: actor.id) : [],
            labels: context.strings)
        page.timeline = isFirst ? TimelinePageBuilder.section(context: context, actor: actor.id) : nil
        return (page, (profile?.diagnostics ?? []) + noteDiagnostics)
    }

    /// The route of page `number` of an actor.
    static func route(actor: String, page number: Int) -> Route {
        number <= 1 ? .actor(actor) : .actorMentions(actor, page: number)
    }

    private static func snippet(_ contextual: ContextualMention, context: PageContext) -> SnippetView {
        let mention = contextual.mention
        return SnippetView(
            before: contextual.snippet.before, match: contextual.snippet.match, after: contextual.snippet.after,
            href: context.href(to: .article(mention.article), fragment: mention.id) ?? "",
            source: context.index.articles[mention.article]?.title ?? mention.article,
            placeLabel: context.placeLabel(mention.part), sourceKey: mention.article,
            sourceHref: context.href(to: .article(mention.article)),
            language: context.foreignLanguage(ofArticle: mention.article))
    }

    private static func pager(actor: String, current: Int, count: Int, context: PageContext) -> PagerView? {
        guard count > 1 else { return nil }
        let link = { (number: Int) in context.href(to: route(actor: actor, page: number)) ?? "" }
        return PagerView(
            pages: (1...count).map { PagerView.PageLink(number: $0, href: link($0), isCurrent: $0 == current) },
            previousHref: current > 1 ? link(current - 1) : nil,
            nextHref: current < count ? link(current + 1) : nil)
    }
}
