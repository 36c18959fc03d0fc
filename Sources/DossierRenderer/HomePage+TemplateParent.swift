extension HomePage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "subtitleHTML": subtitleHTML
        case "overviewTitleHTML": overviewTitleHTML
        case "overviewHTML": overviewHTML
        case "showsOverviewTitle": showsOverviewTitle
        case "articles": articles
        case "allArticlesHref": allArticlesHref
        case "articleTotal": articleTotal
        case "labels": labels
        default: nil
        }
    }
}

extension ArticleSummary: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
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
