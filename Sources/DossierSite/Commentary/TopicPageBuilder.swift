import ArabicText
import DossierModel
import DossierRenderer

/// Builds one page of a topic: the landing page has the essay, the newest articles touching the
/// topic (each with its first passages), related actors, notes and backlinks; later pages only
/// further (older) articles.
public enum TopicPageBuilder {
    /// Passages a topic's search data is made from; the pages list passages per article.
    static let passageLimit = 100

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
        let (notes, noteDiagnostics) = isFirst ? context.noteCards(topic.notes) : ([], [])
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
        return (page, (essay?.diagnostics ?? []) + noteDiagnostics)
    }

    /// One passage per paragraph the hits fall in, the first few paragraphs, each linking to `#p-<n>`.
    private static func passages(_ hits: ArraySlice<TopicHit>, context: PageContext) -> [SnippetView] {
        var seen = Set<Int>()
        var views: [SnippetView] = []
        for hit in hits where views.count < ArticleGroups.snippetsPerArticle && seen.insert(hit.paragraphIndex).inserted
        {
            guard let article = context.index.articles[hit.article],
                article.paragraphs.indices.contains(hit.paragraphIndex)
            else { continue }
            let snippet = KeywordInContext.snippet(in: article.paragraphs[hit.paragraphIndex].text, range: hit.range)
            views.append(
                SnippetView(
                    before: snippet.before, match: snippet.match, after: snippet.after,
                    href: context.href(
                        to: .article(article.id), fragment: SiteRoutes.paragraphID(hit.paragraphIndex + 1)) ?? "",
                    source: article.title, placeLabel: context.placeLabel(.paragraph(hit.paragraphIndex)),
                    sourceKey: article.id, sourceHref: context.href(to: .article(article.id)),
                    language: context.foreignLanguage(ofArticle: article.id)))
        }
        return views
    }

    /// One passage of a topic: the paragraph of an article and the words around the
    /// paragraph's first hit.
    struct Passage {
        let article: Article
        let paragraphIndex: Int
        let snippet: KeywordInContext
    }

    /// The passages the topic's search data is made from (at most `passageLimit`), by the
    /// topic's paragraph order.
    static func passages(of topic: TopicAnalysis, context: PageContext) -> [Passage] {
        let hitsByParagraph = Dictionary(grouping: topic.hits) { "\($0.article)#\($0.paragraphIndex)" }
        return topic.paragraphs.prefix(passageLimit).compactMap { count -> Passage? in
            guard let article = context.index.articles[count.article],
                article.paragraphs.indices.contains(count.paragraphIndex),
                let hit = hitsByParagraph["\(count.article)#\(count.paragraphIndex)"]?.first
            else { return nil }
            return Passage(
                article: article, paragraphIndex: count.paragraphIndex,
                snippet: KeywordInContext.snippet(in: article.paragraphs[count.paragraphIndex].text, range: hit.range))
        }
    }
}
