/// Writes a `JSONValue` as pretty-printed UTF-8 straight into one byte buffer, in the layout
/// Foundation's `JSONEncoder` gives with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`
/// (two-space indent, `"key" : value`, keys in UTF-8 byte order, empty containers on two
/// lines). The encoder builds a tree of its own and a second buffer beside ours: for a large
/// dossier the export was the build's peak of memory. With `compact`, it writes the layout of
/// `.sortedKeys, .withoutEscapingSlashes` alone: no line breaks, no spaces.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// True for one line without spaces.
    let compact: Bool

    /// A writer of the pretty layout, or of the compact one.
    init(compact: Bool = false) {
        self.compact = compact
    }

    /// Appends `value` at nesting depth `depth`.
    mutating func write(_ value: JSONValue, depth: Int = 0) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): bytes += Array(String(number).utf8)
        case .bool(let flag): bytes += Array((flag ? "true" : "false").utf8)
        case .null: bytes += Array("null".utf8)
        case .array(let values):
            open(UInt8(ascii: "["), count: values.count, depth: depth) { writer, index in
                writer.write(values[index], depth: depth + 1)
            }
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            open(UInt8(ascii: "{"), count: keys.count, depth: depth) { writer, index in
                writer.writeString(keys[index])
                writer.bytes += writer.compact ? [UInt8(ascii: ":")] : Array(" : ".utf8)
                // The key comes from `members` itself.
                writer.write(members[keys[index]] ?? .null, depth: depth + 1)
            }
        }
    }

    /// Ends the document with a line break.
    mutating func finishLine() { bytes.append(UInt8(ascii: "\n")) }

    /// A container opened by `bracket` with `count` elements, each on its own line.
    private mutating func open(
        _ bracket: UInt8, count: Int, depth: Int, element: (inout JSONWriter, Int) -> Void
    ) {
        bytes.append(bracket)
        if !compact { bytes.append(UInt8(ascii: "\n")) }
        for index in 0..<count {
            indent(depth + 1)
            element(&self, index)
            if index < count - 1 { bytes.append(UInt8(ascii: ",")) }
            if !compact { bytes.append(UInt8(ascii: "\n")) }
        }
        if count == 0 && !compact { bytes.append(UInt8(ascii: "\n")) }
        indent(depth)
        bytes.append(bracket == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}"))
    }

    private mutating func indent(_ depth: Int) {
        guard !compact else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// A string with the escapes JSON requires: quote, backslash and control characters.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
