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
        let hitsByParagraph = Dictionary(grouping: topic.hits) { "\($0.article)#\($0.paragraphIndex)" }
        let passages = topic.paragraphs.prefix(passageLimit).compactMap { count -> SnippetView? in
            guard let article = context.index.articles[count.article],
                article.paragraphs.indices.contains(count.paragraphIndex),
                let hit = hitsByParagraph["\(count.article)#\(count.paragraphIndex)"]?.first
            else { return nil }
            let snippet = KeywordInContext.snippet(in: article.paragraphs[count.paragraphIndex].text, range: hit.range)
            return SnippetView(
                before: snippet.before, match: snippet.match, after: snippet.after,
                href: context.href(to: .article(article.id), fragment: SiteRoutes.paragraphID(count.paragraphIndex + 1))
                    ?? "",
                source: article.title, placeLabel: context.placeLabel(.paragraph(count.paragraphIndex)),
                sourceKey: article.id, sourceHref: context.href(to: .article(article.id)),
                language: context.foreignLanguage(ofArticle: article.id))
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
}
