import ArabicText

/// Reads the attributes of every start tag of an HTML document, with their places,
/// skipping comments, for the link checker (a full HTML parser is not needed for that).
enum HTMLAttributeScanner {
    /// One attribute: lower-cased name, entity-decoded value, and the offset of the name in the
    /// document's UTF-8 bytes (`place(ofByte:in:)` gives its line and column).
    struct Attribute: Equatable {
        let name: String
        let value: String
        let offset: Int
    }

    /// The 1-based line and column (in scalars) of the scalar that starts at byte `offset` of
    /// `html`. Asked only for an attribute reported as a problem: counting lines and scalars
    /// while scanning every page was most of the scan.
    static func place(ofByte offset: Int, in html: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in html.utf8.prefix(offset) where byte & 0xC0 != 0x80 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Every attribute of every start tag of `html`, in document order (only those named in
    /// `names`, lower-case, when given).
    ///
    /// Reads the UTF-8 bytes: every character the scanner stops at is ASCII, so only a
    /// non-ASCII scalar where a tag may end (whitespace) or begin (a letter) is decoded.
    static func scan(_ html: String, keeping names: [String]? = nil) -> [Attribute] {
        var html = html
        return html.withUTF8 { bytes in
            var scan = UTF8Scan(bytes: bytes)
            scan.kept = names.map { $0.map { Array($0.utf8) } }
            return scan.attributes()
        }
    }

    /// Every attribute of every start tag of the document `utf8` (valid UTF-8, as a rendered
    /// page is), read in place: the same as `scan` of its text, without that copy. With `names`
    /// (lower-case ASCII), only the attributes of those names: the others are skipped without
    /// making strings of them, which is most of the work on a page full of classes and titles.
    static func scan(_ utf8: [UInt8], keeping names: [String]? = nil) -> [Attribute] {
        utf8.withUnsafeBufferPointer { bytes in
            var scan = UTF8Scan(bytes: bytes)
            scan.kept = names.map { $0.map { Array($0.utf8) } }
            return scan.attributes()
        }
    }

    /// One pass over the bytes of a document.
    private struct UTF8Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// The lower-case names of the attributes to return; nil returns every attribute.
        var kept: [[UInt8]]?

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func attributes() -> [Attribute] {
            var attributes: [Attribute] = []
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    skipText()
                    continue
                }
                if starts(with: "<!--") {
                    while index < bytes.count, !starts(with: "-->") { advance() }
                    continue
                }
                guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                    Self.isAlphabetic(bytes, at: index + 1)
                else {
                    advance()
                    continue
                }
                advance()
                while index < bytes.count, !Self.isWhitespace(bytes, at: index), bytes[index] != UInt8(ascii: ">"),
                    bytes[index] != UInt8(ascii: "/")
                {
                    advance()
                }
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                    skipSpaces()
                    guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { break }
                    if bytes[index] == UInt8(ascii: "/") {
                        advance()
                        continue
                    }
                    if let attribute = attribute() { attributes.append(attribute) }
                }
                if index < bytes.count { advance() }
            }
            return attributes
        }

        /// The attribute whose name starts at `index` (nil when the name is empty).
        private mutating func attribute() -> Attribute? {
            let nameStart = index
            while index < bytes.count, !Self.isWhitespace(bytes, at: index), !Self.endsName(bytes[index]) {
                advance()
            }
            let nameRange = nameStart..<index
            let wanted = isKept(nameRange)
            skipSpaces()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                advance()
                skipSpaces()
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    advance()
                    let valueStart = index
                    while index < bytes.count, bytes[index] != quote { advance() }
                    if wanted { value = text(valueStart..<index) }
                    if index < bytes.count { advance() }
                } else {
                    let valueStart = index
                    while index < bytes.count, !Self.isWhitespace(bytes, at: index), bytes[index] != UInt8(ascii: ">") {
                        advance()
                    }
                    if wanted { value = text(valueStart..<index) }
                }
            }
            guard wanted, !nameRange.isEmpty else { return nil }
            let name = text(nameRange)
            return Attribute(name: name.lowercased(), value: decodeEntities(value), offset: nameStart)
        }

        /// True when the name at `range` is one of `kept` (ASCII case aside), or `kept` is nil.
        private func isKept(_ range: Range<Int>) -> Bool {
            guard let kept else { return true }
            return kept.contains { name in
                name.count == range.count
                    && zip(name, bytes[range]).allSatisfy { expected, byte in
                        expected == (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                    }
            }
        }

        /// Whether `byte` ends an attribute's name (as whitespace does).
        private static func endsName(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
        }

        /// Moves one byte on.
        private mutating func advance() {
            index += 1
        }

        /// Moves on to the next `<` (or the end), found by `memchr`: the text between tags,
        /// most of a page, skipped without testing every byte for a comment or a tag.
        private mutating func skipText() {
            index = bytes.firstIndex(of: UInt8(ascii: "<"), from: index) ?? bytes.count
        }

        private mutating func skipSpaces() {
            while index < bytes.count, Self.isWhitespace(bytes, at: index) {
                advance()
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { advance() }
            }
        }

        private func starts(with pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == pattern.utf8Start[$0] }
        }

        /// The text of whole scalars `range` (the scanner stops only on scalar boundaries).
        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// True when a scalar starts at `position` and is whitespace (a continuation byte is not).
        /// The helpers are static, on the bytes alone: as methods, each call copied the scan
        /// (retaining its `kept` names) at every byte of a tag.
        private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
            let byte = bytes[position]
            if byte < 0x80 { return ScalarTraits.isWhitespace(Unicode.Scalar(byte)) }
            return byte & 0xC0 != 0x80 && ScalarTraits.isWhitespace(scalar(bytes, at: position))
        }

        /// True when a scalar starts at `position` and is alphabetic.
        private static func isAlphabetic(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
            let byte = bytes[position]
            if byte < 0x80 { return ScalarTraits.isAlphabetic(Unicode.Scalar(byte)) }
            return byte & 0xC0 != 0x80 && ScalarTraits.isAlphabetic(scalar(bytes, at: position))
        }

        /// The scalar whose first byte is at `position`.
        private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Unicode.Scalar {
            var iterator = UnsafeBufferPointer(rebasing: bytes[position...]).makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return "\u{FFFD}"
        }

    }

    /// Decodes the character references an attribute value can hold in our output.
    static func decodeEntities(_ text: String) -> String {
        // Bytes, not `contains("&")`: with Foundation imported that is a `CFStringFind`.
        guard text.containsUTF8Byte(UInt8(ascii: "&")) else { return text }
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
