import ArabicText
import DossierModel
import DossierRenderer

/// Builds a topic page: essay, articles, passages (one per paragraph hit), actors, notes.
public enum TopicPageBuilder {
    /// Passages listed per topic page; the articles list covers the rest (docs/architecture.md §3).
    static let passageLimit = 100

    /// The model of `topic`'s page.
    public static func page(for topic: TopicAnalysis, context: PageContext) -> (TopicPage, [Diagnostic]) {
        let essay = context.markdown(topic.topic.essay)
        let (notes, noteDiagnostics) = context.noteCards(topic.notes)
        let passages = Self.passages(of: topic, context: context).map { passage in
            SnippetView(
                before: passage.snippet.before, match: passage.snippet.match, after: passage.snippet.after,
                href: context.href(
                    to: .article(passage.article.id), fragment: SiteRoutes.paragraphID(passage.paragraphIndex + 1))
                    ?? "",
                source: passage.article.title, placeLabel: context.placeLabel(.paragraph(passage.paragraphIndex)),
                sourceKey: passage.article.id, sourceHref: context.href(to: .article(passage.article.id)),
                language: context.foreignLanguage(ofArticle: passage.article.id))
        }
        var page = TopicPage(
            title: topic.topic.title, essayHTML: essay.html.isEmpty ? nil : essay.html,
            articles: topic.articleCounts.map { count in
                CountedLink(
                    label: context.index.articles[count.id]?.title ?? count.id,
                    href: context.href(to: .article(count.id)), count: count.count,
                    language: context.foreignLanguage(ofArticle: count.id))
            },
            passages: passages,
            relatedActors: topic.relatedActors.map { count in
                CountedLink(
                    label: context.actorName(count.id), href: context.href(to: .actor(count.id)), count: count.count)
            },
            notes: notes, backlinks: context.backlinks(to: .topic, id: topic.id), labels: context.strings)
        page.timeline = TimelinePageBuilder.section(context: context, topic: topic.id)
        return (page, essay.diagnostics + noteDiagnostics)
    }

    /// One passage the topic page lists: the paragraph of an article and the words around
    /// the paragraph's first hit.
    struct Passage {
        let article: Article
        let paragraphIndex: Int
        let snippet: KeywordInContext
    }

    /// The passages the page lists (at most `passageLimit`), by the topic's paragraph order.
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
