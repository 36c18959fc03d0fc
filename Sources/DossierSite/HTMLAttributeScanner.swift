/// Reads the attributes of every start tag of an HTML document, with their lines,
/// skipping comments, for the link checker (a full HTML parser is not needed for that).
enum HTMLAttributeScanner {
    /// One attribute: lower-cased name, entity-decoded value, 1-based line and column of the name.
    struct Attribute: Equatable {
        let name: String
        let value: String
        let line: Int
        let column: Int
    }

    static func scan(_ html: String) -> [Attribute] {
        // Walks the string's own scalars: an array of them would take four bytes per scalar,
        // twice a long Arabic page's size in UTF-8, at the peak of a build's memory.
        var cursor = ScalarCursor(html)
        var attributes: [Attribute] = []
        while !cursor.atEnd {
            if cursor.starts(with: "<!--") {
                while !cursor.atEnd, !cursor.starts(with: "-->") { cursor.advance() }
                continue
            }
            guard cursor.current == "<", let next = cursor.next, next.properties.isAlphabetic else {
                cursor.advance()
                continue
            }
            cursor.advance()
            while let scalar = cursor.current, !scalar.properties.isWhitespace, scalar != ">", scalar != "/" {
                cursor.advance()
            }
            while let scalar = cursor.current, scalar != ">" {
                cursor.skipSpaces()
                guard let scalar = cursor.current, scalar != ">" else { break }
                if scalar == "/" {
                    cursor.advance()
                    continue
                }
                let nameLine = cursor.line
                let nameColumn = cursor.column
                var name = ""
                while let scalar = cursor.current, !scalar.properties.isWhitespace,
                    !"=>/".unicodeScalars.contains(scalar)
                {
                    name.unicodeScalars.append(scalar)
                    cursor.advance()
                }
                cursor.skipSpaces()
                var value = ""
                if cursor.current == "=" {
                    cursor.advance()
                    cursor.skipSpaces()
                    if let quote = cursor.current, quote == "\"" || quote == "'" {
                        cursor.advance()
                        while let scalar = cursor.current, scalar != quote {
                            value.unicodeScalars.append(scalar)
                            cursor.advance()
                        }
                        if !cursor.atEnd { cursor.advance() }
                    } else {
                        while let scalar = cursor.current, !scalar.properties.isWhitespace, scalar != ">" {
                            value.unicodeScalars.append(scalar)
                            cursor.advance()
                        }
                    }
                }
                if !name.isEmpty {
                    attributes.append(
                        Attribute(
                            name: name.lowercased(), value: decodeEntities(value), line: nameLine, column: nameColumn))
                }
            }
            if !cursor.atEnd { cursor.advance() }
        }
        return attributes
    }

    /// Decodes the character references an attribute value can hold in our output.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: ampersand, to: semicolon) <= 10 else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            if let decoded = decode(entity) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    private static func decode(_ entity: Substring) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

/// A place in a string's scalars, with its 1-based line and column, that walks the string itself.
private struct ScalarCursor {
    private let scalars: String.UnicodeScalarView
    private var index: String.Index
    /// The line of the current scalar.
    private(set) var line = 1
    /// Scalars before the current one, and before the start of its line.
    private var position = 0
    private var lineStart = 0

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// True past the last scalar.
    var atEnd: Bool { index == scalars.endIndex }

    /// The current scalar; nil at the end.
    var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    /// The scalar after the current one; nil at or next to the end.
    var next: Unicode.Scalar? {
        guard !atEnd else { return nil }
        let after = scalars.index(after: index)
        return after == scalars.endIndex ? nil : scalars[after]
    }

    /// The column of the current scalar.
    var column: Int { position - lineStart + 1 }

    /// Moves to the next scalar (not past the end).
    mutating func advance() {
        guard !atEnd else { return }
        if scalars[index] == "\n" {
            line += 1
            lineStart = position + 1
        }
        index = scalars.index(after: index)
        position += 1
    }

    /// Moves past white space.
    mutating func skipSpaces() {
        while let scalar = current, scalar.properties.isWhitespace { advance() }
    }

    /// True when the text from the current scalar on starts with `text`.
    func starts(with text: String) -> Bool {
        scalars[index...].starts(with: text.unicodeScalars)
    }
}
