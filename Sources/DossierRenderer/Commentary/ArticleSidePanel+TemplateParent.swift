extension ArticleSidePanel: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "actors": actors
        case "topActors": topActors
        case "hasActors": hasActors
        case "topics": topics
        case "topTopics": topTopics
        case "hasTopics": hasTopics
        case "ambiguous": ambiguous
        case "hasAmbiguous": hasAmbiguous
        case "backlinks": backlinks
        case "hasBacklinks": hasBacklinks
        case "isEmpty": isEmpty
        case "hasSummary": hasSummary
        default: nil
        }
    }
}

extension ArticleSidePanel.Ambiguous: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "surfaceHTML": surfaceHTML
        case "href": href
        case "candidates": candidates
        default: nil
        }
    }
}
