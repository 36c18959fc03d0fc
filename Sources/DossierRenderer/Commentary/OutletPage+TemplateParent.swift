extension OutletPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "nameHTML": nameHTML
        case "url": url
        case "aboutHTML": aboutHTML
        case "articles": articles
        case "hasArticles": hasArticles
        case "actors": actors
        case "hasActors": hasActors
        case "pager": pager
        case "isFirstPage": isFirstPage
        case "backlinks": backlinks
        case "hasBacklinks": hasBacklinks
        case "labels": labels
        default: nil
        }
    }
}
