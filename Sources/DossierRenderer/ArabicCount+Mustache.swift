import Mustache

extension ArabicCount: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "one": one
        case "two": two
        case "few": few
        case "many": many
        default: nil
        }
    }
}
