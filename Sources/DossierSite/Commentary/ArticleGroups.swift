import DossierModel
import DossierRenderer

/// The articles of an actor's or topic's page: each under its title, with its outlet, date and
/// count, and its first few mentions or hits in context.
enum ArticleGroups {
    /// Mentions or hits shown per article; the article page has the rest.
    static let snippetsPerArticle = 3

    /// The group of `run`'s article: `count` phrased by `unit`, and the first snippets.
    static func group(
        _ run: ArticleRun, unit: ArabicCount, context: PageContext, snippets: (Range<Int>) -> [SnippetView]
    ) -> SnippetGroup {
        let article = context.index.articles[run.article]
        let language = context.foreignLanguage(ofArticle: run.article)
        var detail = article.map { HTMLText.isolatingLatin(context.index.outletName(of: $0, strings: context.strings)) }
        if let date = article?.published {
            detail = (detail ?? "") + " · " + DisplayDate(date, strings: context.strings).textHTML
        }
        detail = (detail.map { $0 + " · " } ?? "") + HTMLText.escape(unit.phrase(run.items.count))
        return SnippetGroup(
            titleHTML: HTMLText.text(article?.title ?? run.article, language: language),
            href: context.href(to: .article(run.article)), snippets: snippets(run.items), detailHTML: detail)
    }
}
