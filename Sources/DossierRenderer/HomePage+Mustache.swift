import Mustache

extension HomePage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "titleHTML": titleHTML
        case "subtitleHTML": subtitleHTML
        case "overviewHTML": overviewHTML
        case "articles": articles
        case "allArticlesHref": allArticlesHref
        case "articleTotal": articleTotal
        case "labels": labels
        default: nil
        }
    }
}

extension ArticleSummary: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "titleHTML": titleHTML
        case "languageAttributes": languageAttributes
        case "outletHTML": outletHTML
        case "date": date
        default: nil
        }
    }
}
