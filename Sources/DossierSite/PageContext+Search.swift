import DossierModel
import DossierRenderer

extension PageContext {
    /// What the search index is told about this page (its body text comes later, from the
    /// rendered HTML); nil for pages that are not content (home, timeline, search, lists).
    func searchPage(title: String) -> SearchPage? {
        let analysis = index.analysis
        switch route {
        case .article(let id):
            guard let article = index.articles[id] else { return nil }
            let outlet = article.outlet.flatMap {
                $0 == "unknown" ? nil : index.outletName(of: article, strings: strings)
            }
            return SearchPage(
                title: title, type: strings.article, bodyText: "",
                actorIDs: analysis.article(id)?.actorIDs ?? [], topicIDs: analysis.article(id)?.topicIDs ?? [],
                outletName: outlet, language: foreignLanguage(ofArticle: id))
        case .actor(let id):
            return SearchPage(title: title, type: strings.actorKind, bodyText: "", actorIDs: [id])
        case .topic(let id):
            let related = analysis.topic(id)?.relatedActors.map(\.id) ?? []
            return SearchPage(title: title, type: strings.topicKind, bodyText: "", actorIDs: related, topicIDs: [id])
        case .outlet(let id):
            return SearchPage(
                title: title, type: strings.outletKind, bodyText: "", outletName: index.outlets[id]?.name)
        case .notes, .paged(.notes, _):
            return SearchPage(title: title, type: strings.notesKind, bodyText: "")
        default:
            return nil
        }
    }
}

extension SearchPage {
    /// The same page with its body text.
    func with(bodyText: String) -> SearchPage {
        SearchPage(
            title: title, type: type, bodyText: bodyText, actorIDs: actorIDs, topicIDs: topicIDs,
            outletName: outletName, language: language)
    }
}
