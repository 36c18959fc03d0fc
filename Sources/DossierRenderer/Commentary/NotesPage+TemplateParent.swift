extension NotesPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "groups": groups
        case "hasNotes": hasNotes
        case "kinds": kinds
        case "hasKindFilter": hasKindFilter
        case "contents": contents
        case "hasContents": hasContents
        case "pager": pager
        case "labels": labels
        default: nil
        }
    }
}

extension NotesPage.Group: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "textAttributes": textAttributes
        case "title": title
        case "href": href
        case "notes": notes
        case "elementID": elementID
        default: nil
        }
    }
}

extension NotesPage.KindOption: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "kind": kind
        case "label": label
        case "count": count
        default: nil
        }
    }
}
