/// A value a template can show or open: text, a flag, a number, a model whose fields it reads,
/// or a list it repeats a section for.
///
/// Every field a page model offers its templates has a type conforming to this protocol, so a
/// template reads a model through `TemplateParent.child(named:)` and one switch over
/// `templateForm`: no reflection and no dynamic casts, which made up most of rendering's cost
/// with swift-mustache.
public protocol TemplateValue {
    /// What templates see in the value.
    var templateForm: TemplateForm { get }
}

/// What a template sees in a value.
public enum TemplateForm {
    /// Text: written escaped by `{{name}}`, as it is by `{{{name}}}`; a section over it is
    /// rendered once with the text on top of the context.
    case text(String)
    /// A flag: `true` renders a section once, `false` its inverted section.
    case flag(Bool)
    /// A number, written in ASCII digits; a section over it is rendered once, even for zero.
    case number(Int)
    /// A model whose fields the template reads by name.
    case parent(any TemplateParent)
    /// A list: a section is rendered for each element, an inverted one when it is empty.
    case list(any TemplateList)
}

/// A value whose fields templates read by name (`{{title}}`, `{{#author}}…{{/author}}`).
public protocol TemplateParent: TemplateValue {
    /// The field called `name`, or nil when the value has none: a switch over the stored
    /// properties (`TemplateModelTests` checks each one against them).
    func child(named name: String) -> (any TemplateValue)?
}

extension TemplateParent {
    public var templateForm: TemplateForm { .parent(self) }
}

/// The elements of a list, for a section repeated over them.
public protocol TemplateList {
    /// Whether the list has no element: its section is skipped and its inverted section shown.
    var isEmpty: Bool { get }
    /// Calls `body` with what templates see in each element, in order: each element's form
    /// is made from the element itself, not from a copy boxed as `any TemplateValue` first.
    func forEachElement(_ body: (TemplateForm) -> Void)
}

extension Array: TemplateValue where Element: TemplateValue {
    public var templateForm: TemplateForm { .list(self) }
}

extension Array: TemplateList where Element: TemplateValue {
    public func forEachElement(_ body: (TemplateForm) -> Void) {
        for element in self { body(element.templateForm) }
    }
}

extension String: TemplateValue {
    public var templateForm: TemplateForm { .text(self) }
}

extension Bool: TemplateValue {
    public var templateForm: TemplateForm { .flag(self) }
}

extension Int: TemplateValue {
    public var templateForm: TemplateForm { .number(self) }
}
