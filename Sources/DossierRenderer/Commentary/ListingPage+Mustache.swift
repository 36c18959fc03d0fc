import Mustache

extension ListingPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "titleHTML": titleHTML
        case "intro": intro
        case "unit": unit
        case "items": items
        case "labels": labels
        case "chartSVG": chartSVG
        case "chartTitle": chartTitle
        case "chartHint": chartHint
        default: nil
        }
    }
}
