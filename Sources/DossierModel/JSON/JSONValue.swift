import Foundation

/// A JSON document built in code, encoded with sorted keys so output is byte-identical across runs.
///
/// The exports are built as values rather than `Codable` structs because their shapes carry
/// JSON-LD keys (`@context`), explicit nulls and mixed selector objects that synthesized
/// conformances do not express directly.
public enum JSONValue: Sendable, Hashable, Encodable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// A string, or null when nil.
    package static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An array of strings.
    package static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Encodes the value itself (not wrapped).
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try container.encode(value, forKey: Key(key)) }
        }
    }

    /// Pretty-printed UTF-8 with sorted keys, unescaped slashes and a final newline (the
    /// layout of `JSONEncoder`'s `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`);
    /// `compact`: one line without spaces, then the newline.
    public func encoded(compact: Bool = false) -> [UInt8] {
        encodedDocument(compact: compact)
    }

    private struct Key: CodingKey {
        let stringValue: String
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

extension JSONValue: JSONDocument {
    /// Writes the value as the whole document.
    @inlinable package func write(into writer: inout JSONWriter) { writer.write(self) }
}
