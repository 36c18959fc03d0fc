extension SnippetGroup: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "href": href
        case "snippets": snippets
        case "detailHTML": detailHTML
        default: nil
        }
    }
}
