extension SearchFormPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "scriptHref": scriptHref
        case "proclitics": proclitics
        case "article": article
        case "indexed": indexed
        case "indexParts": indexParts
        case "labels": labels
        default: nil
        }
    }
}
