import Mustache

extension DisplayDate: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "textHTML": textHTML
        default: nil
        }
    }
}
