import Mustache

extension NotesPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension NotesPage.Group: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension NotesPage.KindOption: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "label": label
        case "count": count
        default: nil
        }
    }
}
