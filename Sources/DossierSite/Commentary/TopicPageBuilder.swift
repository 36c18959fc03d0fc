import ArabicText
import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds one page of a topic: the landing page has the essay, the newest articles touching the
/// topic (each with its first passages), related actors, notes and backlinks; later pages only
/// further (older) articles.
public enum TopicPageBuilder {
    /// The model of page `number` (counted from the oldest article) of `topic`'s page.
    public static func page(for topic: TopicAnalysis, number: Int, context: PageContext) -> (TopicPage, [Diagnostic]) {
        let listings = context.index.listings
        let runs = listings.topicArticles[topic.id] ?? []
        let list = SiteLists.topic(topic.id, listings)
        let isFirst = number == list.landingPage
        let articles = list.items(ofPage: number).map { position in
            ArticleGroups.group(runs[position], unit: context.strings.commentary.hitCount, context: context) { items in
                passages(topic.hits[items], context: context)
            }
        }
        let essay = isFirst ? context.markdown(topic.topic.essay) : nil
        let (notes, notesShownOf, noteDiagnostics) = isFirst ? context.noteCards(topic.notes) : ([], nil, [])
        var page = TopicPage(
            title: topic.topic.title, essayHTML: essay?.html.isEmpty == false ? essay?.html : nil,
            articles: articles, articleTotal: isFirst ? context.strings.articleCount.phrase(runs.count) : nil,
            pager: PagerBuilder.pager(
                for: list, current: number, label: context.strings.articlePages, context: context),
            isFirstPage: isFirst,
            relatedActors: isFirst
                ? topic.relatedActors.map { count in
                    CountedLink(
                        label: context.actorName(count.id), href: context.href(to: .actor(count.id)), count: count.count
                    )
                } : [],
            notes: notes, backlinks: isFirst ? context.backlinks(to: .topic, id: topic.id) : [],
            labels: context.strings)
        page.timeline = isFirst ? TimelinePageBuilder.section(context: context, topic: topic.id) : nil
        page.notesShownOf = notesShownOf
        page.notesHref = notesShownOf.flatMap { _ in context.href(to: .notes) }
        return (page, (essay?.diagnostics ?? []) + noteDiagnostics)
    }

    /// One passage per paragraph the hits fall in, the first few paragraphs, each linking to `#p-<n>`.
    private static func passages(_ hits: ArraySlice<TopicHit>, context: PageContext) -> [SnippetView] {
        shownHits(hits, context: context).map { article, hit, snippet in
            SnippetView(
                before: snippet.before, match: snippet.match, after: snippet.after,
                href: context.href(to: .article(article.id), fragment: SiteRoutes.paragraphID(hit.paragraphIndex + 1))
                    ?? "",
                source: article.title, placeLabel: context.placeLabel(.paragraph(hit.paragraphIndex)),
                sourceKey: article.id, sourceHref: context.href(to: .article(article.id)),
                language: context.foreignLanguage(ofArticle: article.id))
        }
    }

    /// The first hit in each of the first few paragraphs the hits fall in, with its article and
    /// the words around it.
    private static func shownHits(_ hits: ArraySlice<TopicHit>, context: PageContext) -> [(
        Article, TopicHit, KeywordInContext
    )] {
        var seen = Set<Int>()
        var shown: [(Article, TopicHit, KeywordInContext)] = []
        for hit in hits where shown.count < ArticleGroups.snippetsPerArticle && seen.insert(hit.paragraphIndex).inserted
        {
            guard let article = context.index.articles[hit.article],
                article.paragraphs.indices.contains(hit.paragraphIndex)
            else { continue }
            shown.append(
                (
                    article, hit,
                    KeywordInContext.snippet(in: article.paragraphs[hit.paragraphIndex].text, range: hit.range)
                ))
        }
        return shown
    }

    /// The snippets the landing page shows (its articles, the first few passages of each): what
    /// the topic's search data is made from.
    /// The articles the first page of `topic` lists, in its order.
    static func landingArticles(of topic: TopicAnalysis, context: PageContext) -> [String] {
        let runs = context.index.listings.topicArticles[topic.id] ?? []
        let list = SiteLists.topic(topic.id, context.index.listings)
        return list.items(ofPage: list.landingPage).map { runs[$0].article }
    }

    static func landingSnippets(of topic: TopicAnalysis, context: PageContext) -> [KeywordInContext] {
        let runs = context.index.listings.topicArticles[topic.id] ?? []
        let list = SiteLists.topic(topic.id, context.index.listings)
        return list.items(ofPage: list.landingPage).flatMap { position in
            shownHits(topic.hits[runs[position].items], context: context).map(\.2)
        }
    }
}
