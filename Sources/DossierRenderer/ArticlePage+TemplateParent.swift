extension ArticlePage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "titleID": titleID
        case "languageAttributes": languageAttributes
        case "outletHTML": outletHTML
        case "outletHref": outletHref
        case "date": date
        case "sourceURL": sourceURL
        case "sourceURLText": sourceURLText
        case "paragraphs": paragraphs
        case "furniture": furniture
        case "furnitureCount": furnitureCount
        case "hasFurniture": hasFurniture
        case "original": original
        case "provenance": provenance
        case "labels": labels
        case "sidePanel": sidePanel
        case "hasNotes": hasNotes
        case "notesShownOf": notesShownOf
        case "notesHref": notesHref
        default: nil
        }
    }
}

extension ParagraphView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "id": id
        case "html": html
        case "notes": notes
        case "hasNotes": hasNotes
        case "alsoReported": alsoReported
        default: nil
        }
    }
}

extension FurnitureView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "kindLabel": kindLabel
        case "kind": kind
        case "textHTML": textHTML
        case "line": line
        default: nil
        }
    }
}

extension OriginalFileView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "fileName": fileName
        case "sha256": sha256
        case "byteCount": byteCount
        case "encoding": encoding
        default: nil
        }
    }
}

extension ProvenanceRow: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "label": label
        case "valueHTML": valueHTML
        default: nil
        }
    }
}
