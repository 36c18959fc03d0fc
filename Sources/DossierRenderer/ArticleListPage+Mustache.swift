import Mustache

extension ArticleListPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "articles": articles
        case "total": total
        case "pager": pager
        case "labels": labels
        default: nil
        }
    }
}
