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
        let scalars = Array(html.unicodeScalars)
        var attributes: [Attribute] = []
        var index = 0
        var line = 1
        var lineStart = 0

        func advance() {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        func skipSpaces() {
            while index < scalars.count, scalars[index].properties.isWhitespace { advance() }
        }
        func starts(with text: String) -> Bool {
            let pattern = Array(text.unicodeScalars)
            guard index + pattern.count <= scalars.count else { return false }
            return Array(scalars[index..<(index + pattern.count)]) == pattern
        }

        while index < scalars.count {
            if starts(with: "<!--") {
                while index < scalars.count, !starts(with: "-->") { advance() }
                continue
            }
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                advance()
                continue
            }
            advance()
            while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">",
                scalars[index] != "/"
            {
                advance()
            }
            while index < scalars.count, scalars[index] != ">" {
                skipSpaces()
                guard index < scalars.count, scalars[index] != ">" else { break }
                if scalars[index] == "/" { advance(); continue }
                let nameLine = line
                let nameColumn = index - lineStart + 1
                var name = ""
                while index < scalars.count, !scalars[index].properties.isWhitespace,
                    !"=>/".unicodeScalars.contains(scalars[index])
                {
                    name.unicodeScalars.append(scalars[index])
                    advance()
                }
                skipSpaces()
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    advance()
                    skipSpaces()
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        advance()
                        while index < scalars.count, scalars[index] != quote {
                            value.unicodeScalars.append(scalars[index])
                            advance()
                        }
                        if index < scalars.count { advance() }
                    } else {
                        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" {
                            value.unicodeScalars.append(scalars[index])
                            advance()
                        }
                    }
                }
                if !name.isEmpty {
                    attributes.append(
                        Attribute(
                            name: name.lowercased(), value: decodeEntities(value), line: nameLine, column: nameColumn))
                }
            }
            if index < scalars.count { advance() }
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
