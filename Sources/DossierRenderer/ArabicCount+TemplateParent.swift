extension ArabicCount: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "one": one
        case "two": two
        case "few": few
        case "many": many
        case "other": other
        default: nil
        }
    }
}
