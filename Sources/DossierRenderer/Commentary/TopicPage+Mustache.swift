import Mustache

extension TopicPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "titleHTML": titleHTML
        case "essayHTML": essayHTML
        case "snippetGroups": snippetGroups
        case "hasArticles": hasArticles
        case "articleTotal": articleTotal
        case "pager": pager
        case "isFirstPage": isFirstPage
        case "relatedActors": relatedActors
        case "hasRelatedActors": hasRelatedActors
        case "notes": notes
        case "hasNotes": hasNotes
        case "backlinks": backlinks
        case "hasBacklinks": hasBacklinks
        case "labels": labels
        case "timeline": timeline
        case "contents": contents
        case "hasContents": hasContents
        default: nil
        }
    }
}
