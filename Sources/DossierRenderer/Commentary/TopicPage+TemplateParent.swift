extension TopicPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
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
        case "notesShownOf": notesShownOf
        case "notesHref": notesHref
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
