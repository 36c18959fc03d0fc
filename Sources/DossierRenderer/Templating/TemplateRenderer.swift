/// Renders a template of a set (`CompiledTemplates`) with a model, straight into bytes.
///
/// Names are looked up as Mustache looks them up: the first part of a dotted name in the
/// nearest value up the context that has it (the model at the bottom, each section's value
/// above), the other parts inside what it found. What is not found renders nothing. A variable
/// writes text (escaped by `{{ }}`, as `TemplateEscaping` escapes it), a number's digits and a
/// flag's `true` or `false`; a model or a list writes nothing.
struct TemplateRenderer {
    /// The templates: the one rendered and those it includes.
    private let templates: CompiledTemplates
    /// The page's bytes so far.
    private var output: [UInt8] = []
    /// The values sections opened, the model first.
    private var context: [TemplateForm]
    /// What each line a partial renders starts with: the blanks before the standalone
    /// `{{> name}}` tags that led to it.
    private var indentation: [UInt8] = []

    /// The template called `name` of `templates` rendered with `model`; nil when there is none.
    static func render(_ name: String, of templates: CompiledTemplates, model: any TemplateParent) -> [UInt8]? {
        guard let entry = templates.entry(named: name) else { return nil }
        var renderer = TemplateRenderer(templates: templates, context: [model.templateForm])
        renderer.render(entry)
        return renderer.output
    }

    private init(templates: CompiledTemplates, context: [TemplateForm]) {
        self.templates = templates
        self.context = context
    }

    /// Renders the operations of `range`, a template or a section's body. Inside an indented
    /// partial, a node that renders something at the start of a line this call wrote is
    /// indented first (a node's first line only: each node renders its own lines).
    private mutating func render(_ range: Range<Int32>) {
        var index = Int(range.lowerBound)
        let end = Int(range.upperBound)
        guard !indentation.isEmpty else {
            while index < end { index = render(at: index) }
            return
        }
        let start = output.count
        while index < end {
            let nodeStart = output.count
            let startsLine = nodeStart > start && output[nodeStart - 1] == UInt8(ascii: "\n")
            index = render(at: index)
            if startsLine, output.count > nodeStart { output.insert(contentsOf: indentation, at: nodeStart) }
        }
    }

    /// Renders the operation at `index`, with its body for a section; returns the index of the
    /// operation after it (after the body).
    private mutating func render(at index: Int) -> Int {
        switch templates.operations[index] {
        case .text(let range):
            templates.withBytes(range) { output += $0 }
        case .variable(let path, let escaped):
            switch value(at: path) {
            case .text(let text)?: output += (escaped ? TemplateEscaping.escape(text) : text).utf8
            case .number(let number)?: output += String(number).utf8
            case .flag(let flag)?: output += (flag ? "true" : "false").utf8
            case .parent?, .list?, nil: break
            }
        case .section(let path, let inverted, let end):
            let body = Int32(index + 1)..<end
            let value = value(at: path)
            if inverted {
                if Self.isEmpty(value) { render(body) }
                return Int(end)
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
            return Int(end)
        case .partial(let template, let indented):
            guard template >= 0 else { break }
            let outer = indentation
            if let indented {
                templates.withBytes(indented) { indentation += $0 }
            }
            render(templates.entries[Int(template)])
            indentation = outer
        }
        return index + 1
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

    /// The value `paths[path]` names in the context, or nil.
    private func value(at path: Int32) -> TemplateForm? {
        let path = templates.paths[Int(path)]
        var next = Int(path.names.lowerBound)
        let end = Int(path.names.upperBound)
        var found: TemplateForm
        if path.fromTop || next == end {
            guard let top = context.last else { return nil }
            found = top
        } else {
            guard let nearest = nearest(templates.names[next]) else { return nil }
            found = nearest
            next += 1
        }
        while next < end {
            guard let child = Self.child(templates.names[next], of: found) else { return nil }
            found = child
            next += 1
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
