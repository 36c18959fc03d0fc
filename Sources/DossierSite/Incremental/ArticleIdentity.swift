import DossierModel

/// An article as the inputs or sources of a page name it: by the key it was read under when it
/// has one (`AnalysisKeys.readings`), which with the binary fixes every field of the article,
/// else whole. Digesting a key instead of an article's text was most of what fingerprinting an
/// unchanged article page cost.
enum ArticleIdentity: Encodable {
    /// The article's id and the key it was read under.
    case read(id: String, key: String)
    /// The article itself, when it was read under no key.
    case whole(Article)

    /// `article` by its reading key in `readings` if it has one, else whole.
    init(_ article: Article, readings: [String: String]) {
        self = readings[article.id].map { .read(id: article.id, key: $0) } ?? .whole(article)
    }
}
