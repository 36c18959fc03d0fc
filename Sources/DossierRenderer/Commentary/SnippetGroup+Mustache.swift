import Mustache

extension SnippetGroup: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "titleHTML": titleHTML
        case "href": href
        case "snippets": snippets
        case "detailHTML": detailHTML
        default: nil
        }
    }
}
