import Mustache

extension SearchFormPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "scriptHref": scriptHref
        case "proclitics": proclitics
        case "article": article
        case "indexed": indexed
        case "labels": labels
        default: nil
        }
    }
}
