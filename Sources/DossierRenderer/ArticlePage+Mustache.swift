import Mustache

extension ArticlePage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "titleHTML": titleHTML
        case "languageAttributes": languageAttributes
        case "outletHTML": outletHTML
        case "outletHref": outletHref
        case "date": date
        case "sourceURL": sourceURL
        case "paragraphs": paragraphs
        case "furniture": furniture
        case "furnitureCount": furnitureCount
        case "hasFurniture": hasFurniture
        case "original": original
        case "provenance": provenance
        case "labels": labels
        case "sidePanel": sidePanel
        case "hasNotes": hasNotes
        default: nil
        }
    }
}

extension ParagraphView: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension FurnitureView: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "kindLabel": kindLabel
        case "kind": kind
        case "textHTML": textHTML
        case "line": line
        default: nil
        }
    }
}

extension OriginalFileView: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension ProvenanceRow: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "valueHTML": valueHTML
        default: nil
        }
    }
}
