/// Writes a `JSONValue` as pretty-printed UTF-8 straight into one byte buffer, in the layout
/// Foundation's `JSONEncoder` gives with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`
/// (two-space indent, `"key" : value`, keys in UTF-8 byte order, empty containers on two
/// lines). The encoder builds a tree of its own and a second buffer beside ours: for a large
/// dossier the export was the build's peak of memory. The writer can also only count the bytes
/// (`Sink` = `JSONByteCount`), so that the buffer is made at its final size at once rather than
/// grown by doubling, which left the export up to twice its size for the rest of the build.
/// With `compact`, it writes the layout of `.sortedKeys, .withoutEscapingSlashes` alone: no
/// line breaks, no spaces.
struct JSONWriter<Sink: JSONSink> {
    private(set) var bytes: Sink
    /// True for one line without spaces.
    let compact: Bool

    /// A writer into `sink`, of the pretty layout or of the compact one.
    init(into sink: Sink, compact: Bool = false) {
        bytes = sink
        self.compact = compact
    }

    /// Appends `value` at nesting depth `depth`.
    mutating func write(_ value: JSONValue, depth: Int = 0) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): bytes.put(String(number).utf8)
        case .bool(let flag): bytes.put((flag ? "true" : "false").utf8)
        case .null: bytes.put("null".utf8)
        case .array(let values):
            open(UInt8(ascii: "["), count: values.count, depth: depth) { writer, index in
                writer.write(values[index], depth: depth + 1)
            }
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            open(UInt8(ascii: "{"), count: keys.count, depth: depth) { writer, index in
                writer.writeString(keys[index])
                writer.bytes.put(writer.compact ? ":".utf8 : " : ".utf8)
                // The key comes from `members` itself.
                writer.write(members[keys[index]] ?? .null, depth: depth + 1)
            }
        }
    }

    /// Ends the document with a line break.
    mutating func finishLine() { bytes.put(UInt8(ascii: "\n")) }

    /// A container opened by `bracket` with `count` elements, each on its own line.
    private mutating func open(
        _ bracket: UInt8, count: Int, depth: Int, element: (inout JSONWriter, Int) -> Void
    ) {
        bytes.put(bracket)
        if !compact { bytes.put(UInt8(ascii: "\n")) }
        for index in 0..<count {
            indent(depth + 1)
            element(&self, index)
            if index < count - 1 { bytes.put(UInt8(ascii: ",")) }
            if !compact { bytes.put(UInt8(ascii: "\n")) }
        }
        if count == 0 && !compact { bytes.put(UInt8(ascii: "\n")) }
        indent(depth)
        bytes.put(bracket == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}"))
    }

    private mutating func indent(_ depth: Int) {
        guard !compact else { return }
        bytes.put(repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// A string with the escapes JSON requires: quote, backslash and control characters.
    private mutating func writeString(_ text: String) {
        bytes.put(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.put([UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.put(Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.put(byte)
            }
        }
        bytes.put(UInt8(ascii: "\""))
    }
}

/// Where a `JSONWriter` puts its bytes.
protocol JSONSink {
    /// Appends one byte.
    mutating func put(_ byte: UInt8)
    /// Appends `bytes`.
    mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes)
}

extension Array: JSONSink where Element == UInt8 {
    /// Appends one byte.
    mutating func put(_ byte: UInt8) { append(byte) }
    /// Appends `bytes`.
    mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) { append(contentsOf: bytes) }
}

/// A sink that only counts what it is given.
struct JSONByteCount: JSONSink {
    /// The number of bytes put so far.
    private(set) var count = 0

    /// Counts one byte.
    mutating func put(_ byte: UInt8) { count += 1 }
    /// Counts `bytes`.
    mutating func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) { count += bytes.count }
}
