/// The parsed templates of a set laid out flat, as `TemplateRenderer` walks them for each page.
///
/// Each node of a `ParsedTemplate` is one operation, in the same order, a section's body right
/// after it. An operation holds only numbers: where its bytes are in `bytes`, its name's parts in
/// `names`, the end of its body, the template it includes. Walking the tree of nodes retained
/// and released each node's bytes, name and body as it went: rendering the templates took 7.4%
/// of a 3,000-article build's samples, and 6.1% laid out flat.
struct CompiledTemplates: Sendable {
    /// One node of a template.
    enum Operation: Sendable {
        /// Bytes written as they are: `bytes[range]`.
        case text(Range<Int32>)
        /// A variable naming `paths[path]`, written escaped or as it is.
        case variable(path: Int32, escaped: Bool)
        /// A section over `paths[path]`, whose body is the operations after it up to `end`.
        case section(path: Int32, inverted: Bool, end: Int32)
        /// The template `entries[template]` rendered in place (-1: the set has none of that
        /// name), each line it renders starting with `bytes[indentation]` when the tag stood
        /// alone on its line.
        case partial(template: Int32, indentation: Range<Int32>?)
    }

    /// A tag's dotted name (`TemplatePath`): its parts are `names[names]`.
    struct Path: Sendable {
        let names: Range<Int32>
        let fromTop: Bool
    }

    private(set) var operations: [Operation] = []
    private(set) var bytes: [UInt8] = []
    private(set) var paths: [Path] = []
    private(set) var names: [String] = []
    /// The operations of each template, by its number in `numbers`.
    private(set) var entries: [Range<Int32>] = []
    /// The number of each template, by name.
    let numbers: [String: Int32]

    /// `templates` laid out, each including the others by name.
    init(_ templates: [String: ParsedTemplate]) {
        let names = templates.keys.sorted()
        numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        for name in names {
            let start = Int32(operations.count)
            append(templates[name]?.nodes ?? [])
            entries.append(start..<Int32(operations.count))
        }
    }

    /// The operations of the template called `name`, or nil when there is none.
    func entry(named name: String) -> Range<Int32>? {
        numbers[name].map { entries[Int($0)] }
    }

    /// Calls `body` with `bytes[range]`, in place.
    func withBytes(_ range: Range<Int32>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            body(UnsafeBufferPointer(rebasing: bytes[Int(range.lowerBound)..<Int(range.upperBound)]))
        }
    }

    private mutating func append(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                operations.append(.text(store(text)))
            case .variable(let path, let escaped):
                operations.append(.variable(path: store(path), escaped: escaped))
            case .section(let path, let inverted, let body):
                let at = operations.count
                operations.append(.text(0..<0))
                append(body)
                operations[at] = .section(path: store(path), inverted: inverted, end: Int32(operations.count))
            case .partial(let name, let indentation):
                operations.append(.partial(template: numbers[name] ?? -1, indentation: indentation.map { store($0) }))
            }
        }
    }

    private mutating func store(_ text: [UInt8]) -> Range<Int32> {
        let start = Int32(bytes.count)
        bytes += text
        return start..<Int32(bytes.count)
    }

    private mutating func store(_ path: TemplatePath) -> Int32 {
        let start = Int32(names.count)
        names += path.names
        paths.append(Path(names: start..<Int32(names.count), fromTop: path.fromTop))
        return Int32(paths.count - 1)
    }
}
