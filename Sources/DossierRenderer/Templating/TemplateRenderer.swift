/// Renders a parsed template with a model, straight into bytes.
///
/// Names are looked up as Mustache looks them up: the first part of a dotted name in the
/// nearest value up the context that has it (the model at the bottom, each section's value
/// above), the other parts inside what it found. What is not found renders nothing. A variable
/// writes text (escaped by `{{ }}`, as `TemplateEscaping` escapes it), a number's digits and a
/// flag's `true` or `false`; a model or a list writes nothing.
struct TemplateRenderer {
    /// The templates partials name.
    private let partials: [String: ParsedTemplate]
    /// The page's bytes so far.
    private var output: [UInt8] = []
    /// The values sections opened, the model first.
    private var context: [TemplateForm]
    /// What each line a partial renders starts with: the blanks before the standalone
    /// `{{> name}}` tags that led to it.
    private var indentation: [UInt8] = []

    /// `template` rendered with `model`, `partials` supplying the templates it includes.
    static func render(
        _ template: ParsedTemplate, model: any TemplateParent, partials: [String: ParsedTemplate]
    ) -> [UInt8] {
        var renderer = TemplateRenderer(partials: partials, context: [model.templateForm])
        renderer.render(template.nodes)
        return renderer.output
    }

    private init(partials: [String: ParsedTemplate], context: [TemplateForm]) {
        self.partials = partials
        self.context = context
    }

    /// Renders `nodes`, a template or a section's body. Inside an indented partial, a node that
    /// renders something at the start of a line this call wrote is indented first (a node's
    /// first line only: each node renders its own lines).
    private mutating func render(_ nodes: [TemplateNode]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node) }
            return
        }
        let start = output.count
        for node in nodes {
            let nodeStart = output.count
            let startsLine = nodeStart > start && output[nodeStart - 1] == UInt8(ascii: "\n")
            render(node)
            if startsLine, output.count > nodeStart { output.insert(contentsOf: indentation, at: nodeStart) }
        }
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            output += bytes
        case .variable(let path, let escaped):
            switch value(at: path) {
            case .text(let text)?: output += (escaped ? TemplateEscaping.escape(text) : text).utf8
            case .number(let number)?: output += String(number).utf8
            case .flag(let flag)?: output += (flag ? "true" : "false").utf8
            case .parent?, .list?, nil: break
            }
        case .section(let path, let inverted, let body):
            let value = value(at: path)
            if inverted {
                if Self.isEmpty(value) { render(body) }
                return
            }
            switch value {
            case nil, .flag(false)?:
                break
            case .flag(true)?:
                render(body)
            case .list(let list)?:
                list.forEachElement { element in
                    self.context.append(element)
                    self.render(body)
                    self.context.removeLast()
                }
            case let value?:
                context.append(value)
                render(body)
                context.removeLast()
            }
        case .partial(let name, let indented):
            guard let template = partials[name] else { return }
            let outer = indentation
            if let indented { indentation += indented }
            render(template.nodes)
            indentation = outer
        }
    }

    /// Whether an inverted section over `value` is shown: nothing found, `false`, or an
    /// empty list.
    private static func isEmpty(_ value: TemplateForm?) -> Bool {
        switch value {
        case nil, .flag(false)?: return true
        case .list(let list)?: return list.isEmpty
        default: return false
        }
    }

    /// The value `path` names in the context, or nil.
    private func value(at path: TemplatePath) -> TemplateForm? {
        var names = path.names[...]
        var found: TemplateForm
        if path.fromTop || names.isEmpty {
            guard let top = context.last else { return nil }
            found = top
        } else {
            let first = names.removeFirst()
            guard let nearest = nearest(first) else { return nil }
            found = nearest
        }
        for name in names {
            guard let child = Self.child(name, of: found) else { return nil }
            found = child
        }
        return found
    }

    /// The child called `name` of the nearest value up the context that has one.
    private func nearest(_ name: String) -> TemplateForm? {
        var index = context.endIndex
        while index > context.startIndex {
            index -= 1
            if let child = Self.child(name, of: context[index]) { return child }
        }
        return nil
    }

    /// The child called `name` of a model, or nil (for anything else too).
    private static func child(_ name: String, of value: TemplateForm) -> TemplateForm? {
        guard case .parent(let parent) = value else { return nil }
        return parent.child(named: name)?.templateForm
    }
}
