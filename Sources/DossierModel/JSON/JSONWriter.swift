/// Writes a `JSONValue` as pretty-printed UTF-8 straight into one byte buffer, in the layout
/// Foundation's `JSONEncoder` gives with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`
/// (two-space indent, `"key" : value`, keys in UTF-8 byte order, empty containers on two
/// lines). The encoder builds a tree of its own and a second buffer beside ours: for a large
/// dossier the export was the build's peak of memory. The writer can also only count the bytes
/// (`Sink` = `JSONByteCount`), so that the buffer is made at its final size at once rather than
/// grown by doubling, which left the export up to twice its size for the rest of the build.
/// With `compact`, it writes the layout of `.sortedKeys, .withoutEscapingSlashes` alone: no
/// line breaks, no spaces.
///
/// Its methods are `@inlinable`: the writer is generic over its sink and the documents are in
/// other modules, where unspecialised it called a protocol witness for every byte.
@usableFromInline package struct JSONWriter<Sink: JSONSink> {
    /// What has been written (or counted) so far.
    @usableFromInline package var bytes: Sink { sink }
    /// The sink written into (`bytes` read from outside).
    @usableFromInline var sink: Sink
    /// True for one line without spaces.
    @usableFromInline package let compact: Bool

    /// A writer into `sink`, of the pretty layout or of the compact one.
    @inlinable package init(into sink: Sink, compact: Bool = false) {
        self.sink = sink
        self.compact = compact
    }

    /// Appends `value` at nesting depth `depth`.
    @inlinable package mutating func write(_ value: JSONValue, depth: Int = 0) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): writeInteger(number)
        case .bool(let flag): sink.put((flag ? "true" : "false").utf8)
        case .null: sink.put("null".utf8)
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
    @inlinable package mutating func finishLine() { sink.put(UInt8(ascii: "\n")) }

    /// Appends an object whose members are written by `member` (given the writer, the key and
    /// the member's depth), in the order of a tree's objects: keys in UTF-8 byte order. A
    /// member can then stream a long array rather than hold it as values.
    @inlinable package mutating func writeObject(
        keys: [String], depth: Int, member: (inout JSONWriter, String, Int) -> Void
    ) {
        let sorted = keys.sorted(by: Self.precedesInUTF8)
        open(UInt8(ascii: "{"), count: sorted.count, depth: depth) { writer, index in
            writer.writeString(sorted[index])
            writer.sink.put(writer.compact ? ":".utf8 : " : ".utf8)
            member(&writer, sorted[index], depth + 1)
        }
    }

    /// Appends an array of the non-nil values `element` makes of `items`, one at a time: only
    /// the element being written is held as a value, never the whole array.
    @inlinable package mutating func writeArray<Items: Sequence>(
        _ items: Items, depth: Int, element: (Items.Element) -> JSONValue?
    ) {
        begin(UInt8(ascii: "["))
        var index = 0
        for item in items {
            guard let value = element(item) else { continue }
            separate(index, depth: depth)
            write(value, depth: depth + 1)
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
        sink.put(bracket)
        if !compact { sink.put(UInt8(ascii: "\n")) }
    }

    /// Before element `index` of a container at `depth`: the comma and line break that end the
    /// previous element, then the element's indent.
    @inlinable mutating func separate(_ index: Int, depth: Int) {
        if index > 0 {
            sink.put(UInt8(ascii: ","))
            if !compact { sink.put(UInt8(ascii: "\n")) }
        }
        indent(depth + 1)
    }

    /// The line break after the last element (pretty; an empty container gets it too), the
    /// indent and the closing bracket.
    @inlinable mutating func end(_ bracket: UInt8, depth: Int) {
        if !compact { sink.put(UInt8(ascii: "\n")) }
        indent(depth)
        sink.put(bracket)
    }

    /// Two spaces a level of `depth` (pretty only).
    @inlinable mutating func indent(_ depth: Int) {
        guard !compact else { return }
        sink.put(repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// An integer in decimal, its digits put straight into the sink (a `String` made for each
    /// number was an allocation for every offset of every mention).
    @inlinable mutating func writeInteger(_ number: Int) {
        if number < 0 { sink.put(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            sink.put(UnsafeBufferPointer(rebasing: digits[start...]))
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
        sink.put(UInt8(ascii: "\""))
        var text = text
        let needsEscapes = text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        guard needsEscapes else {
            sink.put(text.utf8)
            sink.put(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): sink.put([UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): sink.put([UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: sink.put([UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: sink.put([UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: sink.put([UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: sink.put([UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: sink.put([UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                sink.put(Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: sink.put(byte)
            }
        }
        sink.put(UInt8(ascii: "\""))
    }
}

/// A JSON document a `JSONWriter` can write: a `JSONValue` tree, or a document streamed from
/// the data it shows (`ArticleJSONDocument`), which never holds that data twice as values.
@usableFromInline package protocol JSONDocument {
    /// Writes the whole document (without the final line break) into `writer`.
    func write<Sink: JSONSink>(into writer: inout JSONWriter<Sink>)
}

extension JSONDocument {
    /// The document as UTF-8 and a final line break, pretty or `compact` (see `JSONWriter`), in
    /// a buffer made at its final size by a first pass that only counts the bytes.
    @inlinable package func encodedDocument(compact: Bool) -> [UInt8] {
        var counter = JSONWriter(into: JSONByteCount(), compact: compact)
        write(into: &counter)
        counter.finishLine()
        var writer = JSONWriter(
            into: [UInt8](unsafeUninitializedCapacity: counter.bytes.count) { _, count in count = 0 }, compact: compact)
        write(into: &writer)
        writer.finishLine()
        return writer.bytes
    }
}

/// Where a `JSONWriter` puts its bytes.
@usableFromInline package protocol JSONSink: SendableMetatype {
    /// Appends one byte.
    mutating func put(_ byte: UInt8)
    /// Appends `bytes`.
    mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes)
}

extension Array: JSONSink where Element == UInt8 {
    /// Appends one byte.
    @inlinable package mutating func put(_ byte: UInt8) { append(byte) }
    /// Appends `bytes`.
    @inlinable package mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) { append(contentsOf: bytes) }
}

/// A sink that only counts what it is given.
@usableFromInline package struct JSONByteCount: JSONSink {
    /// The number of bytes put so far.
    @usableFromInline package var count: Int { counted }
    /// The count itself (`count` read from outside).
    @usableFromInline var counted = 0

    /// A count of nothing yet.
    @inlinable package init() {}

    /// Counts one byte.
    @inlinable package mutating func put(_ byte: UInt8) { counted += 1 }
    /// Counts `bytes`.
    @inlinable package mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) { counted += bytes.count }
}
