import Mustache

extension ActorPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "nameHTML": nameHTML
        case "profileHTML": profileHTML
        case "snippetGroups": snippetGroups
        case "hasMentions": hasMentions
        case "mentionTotal": mentionTotal
        case "pager": pager
        case "isFirstPage": isFirstPage
        case "outletCounts": outletCounts
        case "hasOutletCounts": hasOutletCounts
        case "coMentions": coMentions
        case "hasCoMentions": hasCoMentions
        case "ambiguousOnly": ambiguousOnly
        case "hasAmbiguousOnly": hasAmbiguousOnly
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
