import Crypto
import Foundation

/// Writes any `Encodable` value as a compact byte stream for `Fingerprint`: the same value gives
/// the same bytes in every process, and different values different bytes.
///
/// `JSONEncoder` built a tree of boxed values and then serialised it with escaping; fingerprinting
/// every page of a build that way was a fifth of a rebuild's time. This encoder appends straight to
/// one buffer. Each entry is written as its nesting depth, a kind byte, its key (in keyed
/// containers) and its value; strings carry their length. Depths make the stream unambiguous
/// without end markers, which `Encoder` containers never announce. Dictionaries and sets, whose
/// order changes from process to process, are written in sorted order (`OrderedForDigest`).
/// The stream is hashed as it is written, a buffer at a time (`digest()`): a long article's
/// page model, all its paragraphs' HTML, was held whole as bytes only to be hashed.
final class DigestEncoder {
    /// The bytes written since the hasher last took them.
    private var bytes: [UInt8] = []
    private var hasher = SHA256()
    /// The buffer is handed to the hasher when it holds this many bytes; longer strings go to
    /// the hasher straight from their own storage.
    private static let bufferSize = 1 << 16

    init() {
        bytes.reserveCapacity(Self.bufferSize + 4096)
    }

    /// The SHA-256 of everything written (the same as hashing the whole stream at once).
    func digest() -> SHA256.Digest {
        flush()
        return hasher.finalize()
    }

    /// Hands the buffer to the hasher.
    private func flush() {
        hasher.update(data: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends `value` at the top level.
    func append(_ value: some Encodable) throws {
        try write(value, depth: 0)
    }

    /// The kind of each entry.
    enum Kind: UInt8 {
        case null = 0, bool, int, double, string, bytes, nested
    }

    /// Writes the header of one entry: its depth, kind and key.
    func header(depth: Int, kind: Kind, key: String?) {
        appendInteger(UInt64(depth))
        bytes.append(kind.rawValue)
        if let key { appendString(key) } else { bytes.append(0xFF) }
    }

    /// Writes `value` as one entry, with primitives written directly and anything else through
    /// its own `encode(to:)` one level deeper.
    func write(_ value: some Encodable, depth: Int, key: String? = nil) throws {
        switch value {
        case let string as String:
            header(depth: depth, kind: .string, key: key)
            appendString(string)
        case let number as any BinaryInteger:
            header(depth: depth, kind: .int, key: key)
            appendInteger(UInt64(truncatingIfNeeded: number))
        case let flag as Bool:
            header(depth: depth, kind: .bool, key: key)
            bytes.append(flag ? 1 : 0)
        case let number as Double:
            header(depth: depth, kind: .double, key: key)
            appendInteger(number.bitPattern)
        case let number as Float:
            header(depth: depth, kind: .double, key: key)
            appendInteger(Double(number).bitPattern)
        case let data as Data:
            header(depth: depth, kind: .bytes, key: key)
            appendInteger(UInt64(data.count))
            bytes.append(contentsOf: data)
            if bytes.count >= Self.bufferSize { flush() }
        case let ordered as any OrderedForDigest:
            header(depth: depth, kind: .nested, key: key)
            try ordered.writeSorted(into: self, depth: depth + 1)
        default:
            header(depth: depth, kind: .nested, key: key)
            try value.encode(to: Nested(sink: self, depth: depth + 1))
        }
    }

    func appendString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            appendInteger(UInt64(utf8.count))
            if bytes.count + utf8.count < Self.bufferSize {
                bytes.append(contentsOf: utf8)
            } else {
                flush()
                hasher.update(bufferPointer: UnsafeRawBufferPointer(utf8))
            }
        }
    }

    func appendInteger(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The `Encoder` a nested value encodes itself into.
    struct Nested: Encoder {
        let sink: DigestEncoder
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedDigestContainer<Key>(sink: sink, depth: depth))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedDigestContainer(sink: sink, depth: depth)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueDigestContainer(sink: sink, depth: depth)
        }
    }
}

/// A keyed container: each entry is written with its key.
private struct KeyedDigestContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: DigestEncoder
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        sink.header(depth: depth, kind: .null, key: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try sink.write(value, depth: depth, key: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return KeyedEncodingContainer(KeyedDigestContainer<NestedKey>(sink: sink, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return UnkeyedDigestContainer(sink: sink, depth: depth + 1)
    }

    mutating func superEncoder() -> any Encoder {
        sink.header(depth: depth, kind: .nested, key: "super")
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }
}

/// An unkeyed container: entries in order, without keys.
private struct UnkeyedDigestContainer: UnkeyedEncodingContainer {
    let sink: DigestEncoder
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(sink: DigestEncoder, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    mutating func encodeNil() throws {
        count += 1
        sink.header(depth: depth, kind: .null, key: nil)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try sink.write(value, depth: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return KeyedEncodingContainer(KeyedDigestContainer<NestedKey>(sink: sink, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return UnkeyedDigestContainer(sink: sink, depth: depth + 1)
    }

    mutating func superEncoder() -> any Encoder {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }
}

/// A single value: written as one entry without a key.
private struct SingleValueDigestContainer: SingleValueEncodingContainer {
    let sink: DigestEncoder
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        sink.header(depth: depth, kind: .null, key: nil)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try sink.write(value, depth: depth)
    }
}

/// Collections whose `encode(to:)` order differs between processes; the digest writes them sorted.
protocol OrderedForDigest {
    /// Writes the elements as entries at `depth`, in an order that depends only on their values.
    func writeSorted(into sink: DigestEncoder, depth: Int) throws
}

extension Dictionary: OrderedForDigest where Key: Comparable, Value: Encodable {
    func writeSorted(into sink: DigestEncoder, depth: Int) throws {
        for key in keys.sorted() {
            guard let value = self[key] else { continue }
            try sink.write(value, depth: depth, key: String(describing: key))
        }
    }
}

extension Set: OrderedForDigest where Element: Comparable & Encodable {
    func writeSorted(into sink: DigestEncoder, depth: Int) throws {
        for element in sorted() { try sink.write(element, depth: depth) }
    }
}
