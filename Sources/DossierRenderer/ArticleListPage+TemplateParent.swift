extension ArticleListPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "articles": articles
        case "total": total
        case "pager": pager
        case "labels": labels
        default: nil
        }
    }
}
