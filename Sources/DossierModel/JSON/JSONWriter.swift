/// Writes a `JSONValue` as pretty-printed UTF-8 straight into one byte buffer, in the layout
/// Foundation's `JSONEncoder` gives with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`
/// (two-space indent, `"key" : value`, keys in UTF-8 byte order, empty containers on two
/// lines). The encoder builds a tree of its own and a second buffer beside ours: for a large
/// dossier the export was the build's peak of memory. With `compact`, it writes the layout of
/// `.sortedKeys, .withoutEscapingSlashes` alone: no line breaks, no spaces.
///
/// Its methods are `@inlinable`: the documents are in other modules.
@usableFromInline package struct JSONWriter {
    /// What has been written so far.
    @usableFromInline package var bytes: [UInt8] { buffer }
    /// The buffer written into (`bytes` read from outside).
    @usableFromInline var buffer: [UInt8]
    /// True for one line without spaces.
    @usableFromInline package let compact: Bool

    /// A writer into `buffer`, of the pretty layout or of the compact one.
    @inlinable package init(into buffer: [UInt8], compact: Bool = false) {
        self.buffer = buffer
        self.compact = compact
    }

    /// Appends `value` at nesting depth `depth`.
    @inlinable package mutating func write(_ value: JSONValue, depth: Int = 0) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): writeInteger(number)
        case .bool(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: buffer.append(contentsOf: "null".utf8)
        case .array(let values):
            open(UInt8(ascii: "["), count: values.count, depth: depth) { writer, index in
                writer.write(values[index], depth: depth + 1)
            }
        case .object(let members):
            writeObject(keys: Array(members.keys), depth: depth) { writer, key, depth in
                // The key comes from `members` itself.
                writer.write(members[key] ?? .null, depth: depth)
            }
        }
    }

    /// Ends the document with a line break.
    @inlinable package mutating func finishLine() { buffer.append(UInt8(ascii: "\n")) }

    /// Appends an object whose members are written by `member` (given the writer, the key and
    /// the member's depth), in the order of a tree's objects: keys in UTF-8 byte order. A
    /// member can then stream a long array rather than hold it as values.
    @inlinable package mutating func writeObject(
        keys: [String], depth: Int, member: (inout JSONWriter, String, Int) -> Void
    ) {
        let sorted = keys.sorted(by: Self.precedesInUTF8)
        open(UInt8(ascii: "{"), count: sorted.count, depth: depth) { writer, index in
            writer.writeString(sorted[index])
            writer.buffer.append(contentsOf: writer.compact ? ":".utf8 : " : ".utf8)
            member(&writer, sorted[index], depth + 1)
        }
    }

    /// Appends an array of the non-nil values `element` makes of `items`, one at a time: only
    /// the element being written is held as a value, never the whole array.
    @inlinable package mutating func writeArray<Items: Sequence>(
        _ items: Items, depth: Int, element: (Items.Element) -> JSONValue?
    ) {
        writeArray(items, depth: depth, make: element) { writer, value, depth in writer.write(value, depth: depth) }
    }

    /// Appends a table (`JSONColumns`) of the non-nil rows `row` makes of `items`, one at a
    /// time: the object `JSONValue.table` holds, `columns` then `data`.
    @inlinable package mutating func writeTable<Items: Sequence>(
        _ items: Items, columns: JSONColumns, depth: Int, row: (Items.Element) -> JSONRow?
    ) {
        writeObject(keys: ["columns", "data"], depth: depth) { writer, key, depth in
            guard key == "data" else {
                return writer.writeArray(columns.names, depth: depth) { .string($0) }
            }
            writer.writeArray(items, depth: depth, make: row) { writer, row, depth in
                writer.write(.array(row.values), depth: depth)
            }
        }
    }

    /// Appends an array of the non-nil elements `make` makes of `items`, each written by
    /// `writeElement` (given the writer, the element and its depth).
    @inlinable mutating func writeArray<Items: Sequence, Element>(
        _ items: Items, depth: Int, make: (Items.Element) -> Element?,
        writeElement: (inout JSONWriter, Element, Int) -> Void
    ) {
        begin(UInt8(ascii: "["))
        var index = 0
        for item in items {
            guard let element = make(item) else { continue }
            separate(index, depth: depth)
            writeElement(&self, element, depth + 1)
            index += 1
        }
        end(UInt8(ascii: "]"), depth: depth)
    }

    /// A container opened by `bracket` with `count` elements, each on its own line.
    @inlinable mutating func open(
        _ bracket: UInt8, count: Int, depth: Int, element: (inout JSONWriter, Int) -> Void
    ) {
        begin(bracket)
        for index in 0..<count {
            separate(index, depth: depth)
            element(&self, index)
        }
        end(bracket == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}"), depth: depth)
    }

    /// The opening bracket and, pretty, the line break after it.
    @inlinable mutating func begin(_ bracket: UInt8) {
        buffer.append(bracket)
        if !compact { buffer.append(UInt8(ascii: "\n")) }
    }

    /// Before element `index` of a container at `depth`: the comma and line break that end the
    /// previous element, then the element's indent.
    @inlinable mutating func separate(_ index: Int, depth: Int) {
        if index > 0 {
            buffer.append(UInt8(ascii: ","))
            if !compact { buffer.append(UInt8(ascii: "\n")) }
        }
        indent(depth + 1)
    }

    /// The line break after the last element (pretty; an empty container gets it too), the
    /// indent and the closing bracket.
    @inlinable mutating func end(_ bracket: UInt8, depth: Int) {
        if !compact { buffer.append(UInt8(ascii: "\n")) }
        indent(depth)
        buffer.append(bracket)
    }

    /// Two spaces a level of `depth` (pretty only).
    @inlinable mutating func indent(_ depth: Int) {
        guard !compact else { return }
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// An integer in decimal, its digits put straight into the buffer (a `String` made for each
    /// number was an allocation for every offset of every mention).
    @inlinable mutating func writeInteger(_ number: Int) {
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Whether `left` comes before `right` in UTF-8 byte order, compared in their buffers (the
    /// generic comparison of two `utf8` views sorted the keys of every object slowly).
    @inlinable static func precedesInUTF8(_ left: String, _ right: String) -> Bool {
        var (left, right) = (left, right)
        return left.withUTF8 { left in right.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
    }

    /// A string with the escapes JSON requires: quote, backslash and control characters. A
    /// string that needs none (nearly every one) is put whole: byte by byte, the export's
    /// strings were half of its time.
    @inlinable mutating func writeString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        let needsEscapes = text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        guard needsEscapes else {
            buffer.append(contentsOf: text.utf8)
            buffer.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

/// A JSON document a `JSONWriter` can write: a `JSONValue` tree, or a document streamed from
/// the data it shows (`ArticleJSONDocument`), which never holds that data twice as values.
@usableFromInline package protocol JSONDocument {
    /// Writes the whole document (without the final line break) into `writer`.
    func write(into writer: inout JSONWriter)
}

extension JSONDocument {
    /// The document as UTF-8 and a final line break, pretty or `compact` (see `JSONWriter`), in
    /// a buffer of about its size: one grown by doubling, up to twice what it holds, is copied
    /// to one of its size (a counting pass before the writing one cost more than the copy).
    @inlinable package func encodedDocument(compact: Bool) -> [UInt8] {
        var writer = JSONWriter(into: [UInt8](), compact: compact)
        write(into: &writer)
        writer.finishLine()
        let bytes = writer.bytes
        guard bytes.capacity > bytes.count + bytes.count / 8 else { return bytes }
        return bytes.withUnsafeBufferPointer { buffer in
            [UInt8](unsafeUninitializedCapacity: buffer.count) { copy, count in
                _ = copy.initialize(from: buffer)
                count = buffer.count
            }
        }
    }
}
