import DossierAnalysis

/// A page's search data before its extra terms are worked out. The terms are a function of
/// their `SearchTermSource` alone (and of the code and vocabulary, which every fingerprint is
/// salted with), so an unchanged page is recognised by its source, and the costly tokenising
/// is done only for a page that is rendered.
struct SearchPageDraft: Sendable, Encodable {
    /// The extra terms: known already (an article's, from the analysis) or to be made.
    enum Terms: Sendable, Encodable {
        case known([String])
        case source(SearchTermSource)
    }

    let title: String
    let type: String
    let terms: Terms
    /// The names of what the page is about (`SearchPage.subjectTerms`).
    var subject: [String] = []
    var actorIDs: [String] = []
    var topicIDs: [String] = []
    var outletName: String?
    var language: String?

    /// The search data as the page carries it, its terms made with `vocabulary`.
    func page(vocabulary: SearchVocabulary) -> SearchPage {
        let words: [String] =
            switch terms {
            case .known(let words): words
            case .source(let source): source.terms(vocabulary: vocabulary)
            }
        // The title's own words are indexed at a heading's weight already, in its `<h1>`.
        var seen = Set(TermCollector.words(of: title))
        let subjectTerms = subject.flatMap(TermCollector.forms(of:)).filter { seen.insert($0).inserted }
        return SearchPage(
            title: title, type: type, terms: words, subjectTerms: subjectTerms, actorIDs: actorIDs, topicIDs: topicIDs,
            outletName: outletName, language: language)
    }
}
