extension ListingPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "intro": intro
        case "items": items
        case "labels": labels
        case "chartSVG": chartSVG
        case "chartTitle": chartTitle
        case "chartHint": chartHint
        default: nil
        }
    }
}
