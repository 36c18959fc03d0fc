import Crypto
import Foundation

/// Writes any `Encodable` value as a compact byte stream for `Fingerprint`, hashing it as it
/// goes: the same value gives the same bytes in every process, and different values different
/// bytes.
///
/// `JSONEncoder` built a tree of boxed values and then serialised it with escaping; fingerprinting
/// every page of a build that way was a fifth of a rebuild's time. This encoder streams into
/// SHA-256 through one small buffer. Each entry is written as its nesting depth, a kind byte, its
/// key (in keyed containers) and its value; strings carry their length. Depths make the stream
/// unambiguous without end markers, which `Encoder` containers never announce. Dictionaries and
/// sets, whose order changes from process to process, are written in sorted order
/// (`OrderedForDigest`).
///
/// A class because the `Encoder` containers share it. Its mutable state sits behind `let`
/// pointers it owns: a stored `var` of a class is checked for exclusive access at every use,
/// which cost more than the hashing on a page of many short strings. It is used by one thread,
/// for one value, and never escapes `Fingerprint.of`.
package final class DigestEncoder {
    /// What is written and not yet hashed, and how each type seen is written.
    private struct State {
        package var hasher = SHA256()
        package var count = 0
        package var shapes: [ObjectIdentifier: Shape] = [:]
    }

    /// Bytes gathered before they are hashed: hashing many tiny pieces one by one is slow.
    private static let capacity = 8192
    private let state: UnsafeMutablePointer<State>
    private let buffer: UnsafeMutablePointer<UInt8>

    package init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        buffer = .allocate(capacity: Self.capacity)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
        buffer.deallocate()
    }

    /// Appends `value` at the top level.
    package func append(_ value: some Encodable) throws {
        try write(value, depth: 0)
    }

    /// Appends `value` at the top level through its own `encode(to:)`, never by a shortcut of
    /// its type (a `DigestConstant` digesting its reference value).
    package func appendContents(of value: some Encodable) throws {
        header(depth: 0, kind: .nested, key: nil)
        try value.encode(to: Nested(sink: self, depth: 1))
    }

    /// The SHA-256 of everything written (the encoder is spent afterwards).
    package func finalize() -> SHA256.Digest {
        flush()
        return state.pointee.hasher.finalize()
    }

    /// The kind of each entry.
    package enum Kind: UInt8 {
        case null = 0, bool, int, double, string, bytes, nested, constant
    }

    /// How a type is written, found once per type by the casts in `shape(of:)`.
    private enum Shape {
        case string, int, integer, bool, double, float, data, ordered, constant, nested
    }

    /// Writes the header of one entry: its depth, kind and key.
    package func header(depth: Int, kind: Kind, key: String?) {
        appendInteger(UInt64(depth))
        appendByte(kind.rawValue)
        if let key { appendString(key) } else { appendByte(0xFF) }
    }

    /// Writes `value` as one entry, with primitives written directly and anything else through
    /// its own `encode(to:)` one level deeper.
    package func write<Value: Encodable>(_ value: Value, depth: Int, key: String? = nil) throws {
        let type = ObjectIdentifier(Value.self)
        let shape: Shape
        if let known = state.pointee.shapes[type] {
            shape = known
        } else {
            shape = Self.knownShapes.shape(of: type) { Self.shape(of: value) }
            state.pointee.shapes[type] = shape
        }
        switch shape {
        case .string:
            guard let string = value as? String else { break }
            writeString(string, depth: depth, key: key)
            return
        case .int:
            // Most numbers are `Int`: a cast to it is a comparison of types, while one to
            // `any BinaryInteger` looks the conformance up every time.
            guard let number = value as? Int else { break }
            writeInteger(number, depth: depth, key: key)
            return
        case .integer:
            guard let number = value as? any BinaryInteger else { break }
            writeInteger(number, depth: depth, key: key)
            return
        case .bool:
            guard let flag = value as? Bool else { break }
            writeBool(flag, depth: depth, key: key)
            return
        case .double:
            guard let number = value as? Double else { break }
            writeDouble(number, depth: depth, key: key)
            return
        case .float:
            guard let number = value as? Float else { break }
            header(depth: depth, kind: .double, key: key)
            appendInteger(Double(number).bitPattern)
            return
        case .data:
            guard let data = value as? Data else { break }
            header(depth: depth, kind: .bytes, key: key)
            appendInteger(UInt64(data.count))
            data.withUnsafeBytes { appendBytes($0) }
            return
        case .ordered:
            guard let ordered = value as? any OrderedForDigest else { break }
            header(depth: depth, kind: .nested, key: key)
            try ordered.writeSorted(into: self, depth: depth + 1)
            return
        case .constant:
            // The reference value's digest stands for an equal value; any other is written whole.
            guard let constant = value as? any DigestConstant, constant.isReference else { break }
            header(depth: depth, kind: .constant, key: key)
            appendString(constant.referenceDigest)
            return
        case .nested:
            break
        }
        header(depth: depth, kind: .nested, key: key)
        try value.encode(to: Nested(sink: self, depth: depth + 1))
    }

    /// Writes a string entry.
    package func writeString(_ string: String, depth: Int, key: String?) {
        header(depth: depth, kind: .string, key: key)
        appendString(string)
    }

    /// Writes an integer entry (its 64-bit two's complement).
    package func writeInteger(_ number: some BinaryInteger, depth: Int, key: String?) {
        header(depth: depth, kind: .int, key: key)
        appendInteger(UInt64(truncatingIfNeeded: number))
    }

    /// Writes a Boolean entry.
    package func writeBool(_ flag: Bool, depth: Int, key: String?) {
        header(depth: depth, kind: .bool, key: key)
        appendByte(flag ? 1 : 0)
    }

    /// Writes a floating-point entry (its bit pattern).
    package func writeDouble(_ number: Double, depth: Int, key: String?) {
        header(depth: depth, kind: .double, key: key)
        appendInteger(number.bitPattern)
    }

    /// The shape of every type any encoder has met: each build fingerprints thousands of
    /// values of the same few dozen types.
    private static let knownShapes = ShapeTable()

    /// Shapes by type, shared by the encoders of every thread.
    private final class ShapeTable: @unchecked Sendable {
        private let lock = NSLock()
        private var shapes: [ObjectIdentifier: Shape] = [:]

        /// The shape of `type`, found by `find` the first time it is asked for.
        func shape(of type: ObjectIdentifier, find: () -> Shape) -> Shape {
            if let known = lock.withLock({ shapes[type] }) { return known }
            let shape = find()
            lock.withLock { shapes[type] = shape }
            return shape
        }
    }

    /// How values of `value`'s type are written (the casts are the costly part, so the answer
    /// is kept per type).
    private static func shape(of value: some Encodable) -> Shape {
        switch value {
        case is String: .string
        case is Int: .int
        case is any BinaryInteger: .integer
        case is Bool: .bool
        case is Double: .double
        case is Float: .float
        case is Data: .data
        case is any OrderedForDigest: .ordered
        case is any DigestConstant: .constant
        default: .nested
        }
    }

    package func appendString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            appendInteger(UInt64(utf8.count))
            appendBytes(UnsafeRawBufferPointer(utf8))
        }
    }

    package func appendInteger(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { appendBytes($0) }
    }

    private func appendByte(_ byte: UInt8) {
        if state.pointee.count == Self.capacity { flush() }
        buffer[state.pointee.count] = byte
        state.pointee.count += 1
    }

    private func appendBytes(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if state.pointee.count + bytes.count > Self.capacity {
            flush()
            // Longer than the buffer (a long paragraph): hashed in place.
            guard bytes.count <= Self.capacity else {
                state.pointee.hasher.update(bufferPointer: bytes)
                return
            }
        }
        (buffer + state.pointee.count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        state.pointee.count += bytes.count
    }

    /// Hashes the buffered bytes and empties the buffer.
    private func flush() {
        guard state.pointee.count > 0 else { return }
        state.pointee.hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: state.pointee.count))
        state.pointee.count = 0
    }

    /// The `Encoder` a nested value encodes itself into.
    package struct Nested: Encoder {
        package let sink: DigestEncoder
        package let depth: Int
        package var codingPath: [any CodingKey] { [] }
        package var userInfo: [CodingUserInfoKey: Any] { [:] }

        package func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedDigestContainer<Key>(sink: sink, depth: depth))
        }

        package func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedDigestContainer(sink: sink, depth: depth)
        }

        package func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueDigestContainer(sink: sink, depth: depth)
        }
    }
}

/// A keyed container: each entry is written with its key.
private struct KeyedDigestContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    package let sink: DigestEncoder
    package let depth: Int
    package var codingPath: [any CodingKey] { [] }

    package mutating func encodeNil(forKey key: Key) throws {
        sink.header(depth: depth, kind: .null, key: key.stringValue)
    }

    package mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try sink.write(value, depth: depth, key: key.stringValue)
    }

    // The common primitives written directly, as `write` writes them, without its casts.

    package mutating func encode(_ value: String, forKey key: Key) throws {
        sink.writeString(value, depth: depth, key: key.stringValue)
    }

    package mutating func encode(_ value: Int, forKey key: Key) throws {
        sink.writeInteger(value, depth: depth, key: key.stringValue)
    }

    package mutating func encode(_ value: Bool, forKey key: Key) throws {
        sink.writeBool(value, depth: depth, key: key.stringValue)
    }

    package mutating func encode(_ value: Double, forKey key: Key) throws {
        sink.writeDouble(value, depth: depth, key: key.stringValue)
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return KeyedEncodingContainer(KeyedDigestContainer<NestedKey>(sink: sink, depth: depth + 1))
    }

    package mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return UnkeyedDigestContainer(sink: sink, depth: depth + 1)
    }

    package mutating func superEncoder() -> any Encoder {
        sink.header(depth: depth, kind: .nested, key: "super")
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }

    package mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.header(depth: depth, kind: .nested, key: key.stringValue)
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }
}

/// An unkeyed container: entries in order, without keys.
private struct UnkeyedDigestContainer: UnkeyedEncodingContainer {
    package let sink: DigestEncoder
    package let depth: Int
    package var codingPath: [any CodingKey] { [] }
    package private(set) var count = 0

    package init(sink: DigestEncoder, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    package mutating func encodeNil() throws {
        count += 1
        sink.header(depth: depth, kind: .null, key: nil)
    }

    package mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try sink.write(value, depth: depth)
    }

    package mutating func encode(_ value: String) throws {
        count += 1
        sink.writeString(value, depth: depth, key: nil)
    }

    package mutating func encode(_ value: Int) throws {
        count += 1
        sink.writeInteger(value, depth: depth, key: nil)
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return KeyedEncodingContainer(KeyedDigestContainer<NestedKey>(sink: sink, depth: depth + 1))
    }

    package mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return UnkeyedDigestContainer(sink: sink, depth: depth + 1)
    }

    package mutating func superEncoder() -> any Encoder {
        count += 1
        sink.header(depth: depth, kind: .nested, key: nil)
        return DigestEncoder.Nested(sink: sink, depth: depth + 1)
    }
}

/// A single value: written as one entry without a key.
private struct SingleValueDigestContainer: SingleValueEncodingContainer {
    package let sink: DigestEncoder
    package let depth: Int
    package var codingPath: [any CodingKey] { [] }

    package mutating func encodeNil() throws {
        sink.header(depth: depth, kind: .null, key: nil)
    }

    package mutating func encode<T: Encodable>(_ value: T) throws {
        try sink.write(value, depth: depth)
    }
}
