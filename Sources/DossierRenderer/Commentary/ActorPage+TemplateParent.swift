extension ActorPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
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
