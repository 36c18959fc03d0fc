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
    public let labels: UIStrings

    public init(scriptHref: String, labels: UIStrings = .arabic) {
        self.scriptHref = scriptHref
        self.labels = labels
    }
}
