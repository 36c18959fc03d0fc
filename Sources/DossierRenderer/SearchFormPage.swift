import ArabicText

/// The search page: a form the search script drives, facets and results filled in by it.
public struct SearchFormPage: PageContent {
    public static let template = TemplateName.search

    /// Relative URL of `assets/search.js`.
    public let scriptHref: String
    /// The proclitic combinations the script strips to suggest an actor, space-separated, longest first.
    public let proclitics = ProcliticForms.searchCombinations.joined(separator: " ")
    /// The definite article, which a lam + lam combination stands for.
    public let article = ProcliticForms.article
    /// Whether the build writes a search index: without one (`--no-search`, or no Pagefind)
    /// the script says search is unavailable instead of asking for an index that is not there.
    public let indexed: Bool
    /// The folders, inside the index folder, of the index's parts besides the main one,
    /// space-separated: the script merges them into the main part (Pagefind's `mergeIndex`).
    /// Nil for an index of one part (the page then has no such attribute).
    public let indexParts: String?
    public let labels: UIStrings

    public init(scriptHref: String, indexed: Bool = true, indexParts: [String] = [], labels: UIStrings = .arabic) {
        self.scriptHref = scriptHref
        self.indexed = indexed
        self.indexParts = indexParts.isEmpty ? nil : indexParts.joined(separator: " ")
        self.labels = labels
    }
}
