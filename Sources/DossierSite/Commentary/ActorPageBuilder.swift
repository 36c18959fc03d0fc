import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds one page of an actor: the landing page has everything, the later pages only further
/// (older) articles.
public enum ActorPageBuilder {
    /// Ambiguous-only articles listed on an actor's page (the newest).
    static let ambiguousLimit = 20

    /// The model of page `number` (counted from the oldest article) of `actor`'s page.
    public static func page(for actor: ActorAnalysis, number: Int, context: PageContext) -> (ActorPage, [Diagnostic]) {
        let listings = context.index.listings
        let runs = listings.actorArticles[actor.id] ?? []
        let list = SiteLists.actor(actor.id, listings)
        let strings = context.strings
        let articles = list.items(ofPage: number).map { position in
            ArticleGroups.group(runs[position], unit: strings.commentary.mentionCount, context: context) { items in
                actor.mentions[items].prefix(ArticleGroups.snippetsPerArticle).map {
                    snippet($0, context: context)
                }
            }
        }
        let isFirst = number == list.landingPage
        let profile = isFirst ? context.markdown(actor.actor.profile) : nil
        let (notes, notesShownOf, noteDiagnostics) = isFirst ? context.noteCards(actor.notes) : ([], nil, [])
        var page = ActorPage(
            name: actor.actor.name, profileHTML: profile?.html.isEmpty == false ? profile?.html : nil,
            articles: articles,
            mentionTotal: isFirst
                ? strings.commentary.mentionCount.phrase(actor.mentions.count) + strings.listSeparator
                    + strings.articleCount.phrase(runs.count) : nil,
            pager: PagerBuilder.pager(for: list, current: number, label: strings.articlePages, context: context),
            isFirstPage: isFirst,
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
                ? shownAmbiguousOnly(of: actor, listings: listings).map { id in
                    CountedLink(
                        label: context.index.articles[id]?.title ?? id, href: context.href(to: .article(id)), count: 0,
                        language: context.foreignLanguage(ofArticle: id))
                } : [],
            notes: notes,
            backlinks: isFirst ? context.backlinks(to: .actor, id: actor.id) : [],
            labels: strings)
        page.timeline = isFirst ? TimelinePageBuilder.section(context: context, actor: actor.id) : nil
        page.notesShownOf = notesShownOf
        page.notesHref = notesShownOf.flatMap { _ in context.href(to: .notes) }
        return (page, (profile?.diagnostics ?? []) + noteDiagnostics)
    }

    /// The mentions the landing page shows (its articles, the first few of each): what the
    /// actor's search data is made from.
    /// The articles where only an ambiguous alias may name `actor` that its first page lists:
    /// the newest `ambiguousLimit`, newest first.
    static func shownAmbiguousOnly(of actor: ActorAnalysis, listings: SiteListings) -> [String] {
        listings.oldestFirst(actor.ambiguousOnlyArticles).suffix(ambiguousLimit).reversed()
    }

    static func landingMentions(of actor: ActorAnalysis, context: PageContext) -> [ContextualMention] {
        let runs = context.index.listings.actorArticles[actor.id] ?? []
        let list = SiteLists.actor(actor.id, context.index.listings)
        return list.items(ofPage: list.landingPage).flatMap { position in
            actor.mentions[runs[position].items].prefix(ArticleGroups.snippetsPerArticle)
        }
    }

    private static func snippet(_ contextual: ContextualMention, context: PageContext) -> SnippetView {
        let mention = contextual.mention
        let snippet = contextual.snippet
        return SnippetView(
            before: snippet.before, match: snippet.match, after: snippet.after,
            href: context.href(to: .article(mention.article), fragment: mention.id) ?? "",
            source: context.index.articles[mention.article]?.title ?? mention.article,
            placeLabel: context.placeLabel(mention.part), sourceKey: mention.article,
            sourceHref: context.href(to: .article(mention.article)),
            language: context.foreignLanguage(ofArticle: mention.article))
    }
}
