import Mustache

extension ArticleSidePanel: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension ArticleSidePanel.Ambiguous: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "surfaceHTML": surfaceHTML
        case "href": href
        case "candidates": candidates
        default: nil
        }
    }
}
