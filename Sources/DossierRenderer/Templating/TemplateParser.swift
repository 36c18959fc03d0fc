/// Reads a Mustache template into a `ParsedTemplate`.
///
/// The syntax is Mustache's (https://mustache.github.io/mustache.5.html) without lambdas:
/// variables (`{{name}}`, `{{{name}}}`, `{{&name}}`), sections (`{{#name}}`, `{{^name}}`,
/// `{{/name}}`), partials (`{{> name}}`), comments (`{{! … }}`) and new delimiters
/// (`{{=<% %>=}}`). A section, partial, comment or delimiter tag alone on its line (blanks
/// around it) takes the whole line with it. Whitespace is kept exactly as swift-mustache 2, which
/// rendered the project's templates before, keeps it (its parser's algorithm, on bytes): the
/// differential tests render every page model, and thousands of random templates, with both and
/// compare the bytes. Two differences, both where swift-mustache departs from Mustache's other
/// implementations: delimiters set inside a section stay set after it (swift-mustache restores
/// the outer ones), and `{{` just before a line break opens a tag (swift-mustache reads it as
/// text).
///
/// What swift-mustache adds to Mustache (template inheritance `{{<parent}}` and `{{$block}}`,
/// pragmas `{{% … }}`, dynamic partials `{{>*name}}`, transforms `name(…)`) is refused with a
/// message saying so, rather than rendered differently.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var opening: [UInt8] = Array("{{".utf8)
    private var closing: [UInt8] = Array("}}".utf8)
    /// How many sections are open where the parser is.
    private var depth = 0
    /// The most sections open inside one another: parsing and rendering go one call deeper for
    /// each, and some thousands overflowed the stack and killed the process. The project's
    /// templates nest five.
    static let maximumDepth = 64

    /// Where the names of variable and section tags were read, in order.
    private var namedTags: [NamedTag] = []

    /// A variable or section tag's name, and the byte of the text its tag starts at.
    struct NamedTag: Sendable, Equatable {
        let path: TemplatePath
        let offset: Int
    }

    /// `text` parsed; throws a `TemplateSyntaxError` with the line and column of the problem.
    static func parse(_ text: String) throws -> ParsedTemplate {
        try parseNamingTags(text).template
    }

    /// `text` parsed, with the name of every variable and section tag and where the tag starts,
    /// in order (`TemplateFieldCheck` reads them); throws as `parse` does.
    static func parseNamingTags(_ text: String) throws -> (template: ParsedTemplate, tags: [NamedTag]) {
        var parser = TemplateParser(bytes: Array(text.utf8))
        let nodes = try parser.nodes(in: nil, atLineStart: true)
        return (ParsedTemplate(nodes: nodes), parser.namedTags)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The open section a nested parse ends at.
    private struct OpenSection {
        let name: String
        /// Where its tag starts, for the error when it is never closed.
        let tag: Int
    }

    /// The nodes up to the tag closing `section` (which is read), or to the end of the text at
    /// the top level. `atLineStart` says whether the text starts a line, as far as standalone
    /// tags are concerned.
    private mutating func nodes(in section: OpenSection?, atLineStart: Bool) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var atLineStart = atLineStart
        // The blanks at the start of the current line, held back until it is known whether a
        // standalone tag takes the line.
        var indentation: [UInt8] = []
        while position < bytes.count {
            if atLineStart {
                let start = position
                while position < bytes.count, bytes[position] == .space || bytes[position] == .tab { position += 1 }
                indentation = Array(bytes[start..<position])
            }
            let tagStart = position
            let (text, foundTag) = readText()
            if !foundTag, let newline = newlineLength(at: position) {
                nodes.append(.text(indentation + text + bytes[position..<(position + newline)]))
                position += newline
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(indentation + text))
                indentation = []
                atLineStart = false
            }
            guard foundTag else { break }
            let tag = tagStart + text.count
            guard position < bytes.count else { throw error(.unfinishedTag, at: position) }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                if isStandalone(atLineStart) {
                    standalone = true
                } else {
                    nodes.appendText(&indentation)
                }
                guard depth < Self.maximumDepth else { throw error(.nestedTooDeep(name), at: tag) }
                depth += 1
                let body = try self.nodes(in: OpenSection(name: name, tag: tag), atLineStart: standalone)
                depth -= 1
                nodes.append(.section(named(name, at: tag), inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                position += 1
                let namePosition = position
                let name = try readName()
                guard let section, name == section.name else {
                    throw error(.unexpectedClose(name, open: section?.name), at: namePosition)
                }
                if !isStandalone(atLineStart) { nodes.appendText(&indentation) }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(closing, from: position) else { throw error(.unfinishedTag, at: bytes.count) }
                position = end + closing.count
                standalone = isStandalone(atLineStart)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                nodes.appendText(&indentation)
                position += 1
                let name = try readName()
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(.unfinishedTag, at: position)
                    }
                    position += 1
                }
                nodes.append(.variable(named(name, at: tag), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let name = try readName(partial: true)
                nodes.appendText(indentation)
                if isStandalone(atLineStart) {
                    standalone = true
                    nodes.append(.partial(name, indentation: indentation))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                indentation = []
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters()
                standalone = isStandalone(atLineStart)
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw error(.unsupported(Character(UnicodeScalar(bytes[position]))), at: tag)
            default:
                nodes.appendText(&indentation)
                nodes.append(.variable(named(try readName(), at: tag), escaped: true))
            }
            atLineStart = standalone
        }
        if let section { throw error(.unclosedSection(section.name), at: section.tag) }
        return nodes
    }

    /// The path `name` names, noted as read by the tag starting at byte `tag`.
    private mutating func named(_ name: String, at tag: Int) -> TemplatePath {
        let path = TemplatePath(name)
        namedTags.append(NamedTag(path: path, offset: tag))
        return path
    }

    /// The text from `position` to the next line break or opening delimiter, and whether it
    /// stopped at a delimiter (then read: `position` is just after it) rather than at a line
    /// break or the end (`position` is at it).
    private mutating func readText() -> (text: [UInt8], foundTag: Bool) {
        let start = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { break }
            if bytes[position] == opening[0], matches(opening, at: position) {
                let text = Array(bytes[start..<position])
                position += opening.count
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    /// A tag's name and the blanks around it, up to and including the closing delimiter.
    /// Partials' names may hold `/` (a template in a folder of the set).
    private mutating func readName(partial: Bool = false) throws -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) || (partial && bytes[position] == .slash) {
            position += 1
        }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        if position < bytes.count, bytes[position] == UInt8(ascii: "("), !partial {
            throw error(.unsupported("("), at: position)
        }
        skipWhitespace()
        guard matches(closing, at: position) else { throw error(.unfinishedTag, at: position) }
        position += closing.count
        return name
    }

    /// `{{=<% %>=}}`, after its `=`: the delimiters the rest of the template uses.
    private mutating func readDelimiters() throws {
        let start = position
        skipWhitespace()
        let newOpening = readUntil { Self.isWhitespace($0) }
        skipWhitespace()
        let newClosing = readUntil { Self.isWhitespace($0) || $0 == UInt8(ascii: "=") }
        skipWhitespace()
        guard !newOpening.isEmpty, !newClosing.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
            matches(closing, at: position + 1)
        else { throw error(.invalidDelimiters, at: start) }
        position += 1 + closing.count
        opening = newOpening
        closing = newClosing
    }

    /// Whether the tag just read stands alone on its line: the line started with only blanks
    /// before it, and only blanks follow it up to the line break or the end. The rest of the
    /// line, its break included, is then read.
    private mutating func isStandalone(_ atLineStart: Bool) -> Bool {
        guard atLineStart else { return false }
        if position == bytes.count { return true }
        var cursor = position
        while cursor < bytes.count, bytes[cursor] == .space || bytes[cursor] == .tab { cursor += 1 }
        guard let newline = newlineLength(at: cursor) else { return false }
        position = cursor + newline
        return true
    }

    /// The length of the line break at `index` (`\n` or `\r\n`), or nil.
    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == .newline { return 1 }
        if bytes[index] == .carriageReturn, index + 1 < bytes.count, bytes[index + 1] == .newline { return 2 }
        return nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private mutating func readUntil(_ stop: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, !stop(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        index + delimiter.count <= bytes.count && bytes[index..<(index + delimiter.count)].elementsEqual(delimiter)
    }

    private func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The characters of a tag's name: ASCII letters and digits, `.`, `-`, `_` and `?`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "?"):
            return true
        default:
            return false
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn
    }

    /// `problem` at byte `index` of the text, with its line and column (in characters).
    private func error(_ problem: TemplateSyntaxError.Problem, at index: Int) -> TemplateSyntaxError {
        let (line, column) = Self.lineAndColumn(of: index, in: bytes)
        return TemplateSyntaxError(problem: problem, line: line, column: column)
    }

    /// The line and column (in characters, both from 1) of byte `index` of `bytes`.
    static func lineAndColumn(of index: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(index, bytes.count)]
        let lineStart = before.lastIndex(of: .newline).map { $0 + 1 } ?? 0
        return (
            before.count(where: { $0 == .newline }) + 1,
            String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).count + 1
        )
    }
}

extension [TemplateNode] {
    /// Appends `text` as a text node unless it is empty.
    fileprivate mutating func appendText(_ text: [UInt8]) {
        if !text.isEmpty { append(.text(text)) }
    }

    /// Appends `text` as a text node unless it is empty, and empties it.
    fileprivate mutating func appendText(_ text: inout [UInt8]) {
        appendText(text)
        text = []
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let slash = UInt8(ascii: "/")
}
