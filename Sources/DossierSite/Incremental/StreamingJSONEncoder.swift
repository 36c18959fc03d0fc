import Foundation

/// Encodes a value as compact JSON straight into one byte buffer, in the order the value
/// encodes itself, for `JSONDecoder` to read back.
///
/// Foundation's `JSONEncoder` first builds a tree of every keyed container (a dictionary per
/// object) and then serialises it: for the build cache of a large article, with thousands of
/// mentions, the tree cost several times the size of the file and was the peak of memory of
/// the whole build. Here a container is written when it is opened and closed when a value is
/// written to a container outside it, so the encoding must happen in order (as synthesized
/// `Codable` does); writing again into a container that has been closed throws.
///
/// The output follows `JSONEncoder`'s default strategies as far as `JSONDecoder` can tell:
/// `Date` encodes itself (seconds since 2001), `Data` is Base64, `URL` its absolute string,
/// `Decimal` a number, and a value that encodes nothing is `{}`. Keys keep the container's order.
struct StreamingJSONEncoder {
    /// The JSON of `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let stream = JSONByteStream()
        try stream.encodeValue(value, depth: 0, path: [])
        try stream.finish()
        return stream.bytes
    }
}

/// The buffer and the stack of open containers shared by every encoder and container of one
/// encoding.
private final class JSONByteStream {
    /// A container still open: its nesting depth, kind and number of elements so far.
    struct Frame {
        let depth: Int
        let isObject: Bool
        var count = 0
    }

    private(set) var bytes: [UInt8] = []
    private var open: [Frame] = []
    /// True after a key or array slot was written and before its value was.
    private var expectingValue = false
    /// A misuse found where Swift's encoding API cannot throw (a second container of another kind).
    private(set) var failure: EncodingError?

    /// Closes every container deeper than `depth`; a value that wrote nothing becomes `{}`.
    private func settle(above depth: Int) {
        if expectingValue {
            bytes += Array("{}".utf8)
            expectingValue = false
        }
        while let last = open.last, last.depth > depth {
            bytes.append(last.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
            open.removeLast()
        }
    }

    /// Starts the next element of the container at `depth` (its key first, for an object).
    func beginElement(depth: Int, key: String?, path: [any CodingKey]) throws {
        if let failure { throw failure }
        settle(above: depth)
        guard let last = open.indices.last, open[last].depth == depth else {
            throw EncodingError.invalidValue(
                key as Any,
                EncodingError.Context(
                    codingPath: path, debugDescription: "a container was written to after a later one was started"))
        }
        if open[last].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[last].count += 1
        if let key {
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
        }
        expectingValue = true
    }

    /// Opens a container as the value at `depth`.
    private func openContainer(depth: Int, isObject: Bool) {
        expectingValue = false
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        open.append(Frame(depth: depth, isObject: isObject))
    }

    /// Opens the container of the value at `depth` unless it is open already (an encoder asked
    /// twice, as a subclass and its superclass do); asking for the other kind is a misuse.
    func openOnce(depth: Int, isObject: Bool, path: [any CodingKey]) {
        guard let frame = open.last(where: { $0.depth == depth }) else {
            return openContainer(depth: depth, isObject: isObject)
        }
        if frame.isObject != isObject {
            record(
                EncodingError.invalidValue(
                    isObject, EncodingError.Context(codingPath: path, debugDescription: "two kinds of container")))
        }
    }

    /// Keeps the first misuse, to throw at the next write.
    func record(_ error: EncodingError) {
        if failure == nil { failure = error }
    }

    /// Starts an element where the encoding API cannot throw; a failure is kept and thrown later.
    func beginElementLater(depth: Int, key: String?, path: [any CodingKey]) {
        do {
            try beginElement(depth: depth, key: key, path: path)
        } catch let error as EncodingError {
            record(error)
        } catch {
            record(
                EncodingError.invalidValue(
                    key as Any, EncodingError.Context(codingPath: path, debugDescription: "\(error)")))
        }
    }

    /// Writes a scalar value (number, `true`, `false`, `null`) already spelled in JSON.
    func writeLiteral(_ text: String) {
        expectingValue = false
        bytes += Array(text.utf8)
    }

    /// Writes a string value or key with the escapes JSON requires.
    func writeString(_ text: String) {
        expectingValue = false
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a floating-point value; JSON has no spelling for infinities and NaN.
    func writeFloat<Number: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Number, path: [any CodingKey]
    ) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: path, debugDescription: "\(value) is not valid in JSON"))
        }
        writeLiteral(String(value))
    }

    /// Writes `value` at `depth`, with the types `JSONEncoder` spells its own way.
    func encodeValue<Value: Encodable>(_ value: Value, depth: Int, path: [any CodingKey]) throws {
        switch value {
        case let data as Data: writeString(data.base64EncodedString())
        case let url as URL: writeString(url.absoluteString)
        case let decimal as Decimal: writeLiteral(decimal.description)
        default:
            try value.encode(to: StreamEncoder(stream: self, depth: depth, codingPath: path))
            if let failure { throw failure }
        }
    }

    /// Closes every open container.
    func finish() throws {
        if let failure { throw failure }
        settle(above: -1)
    }
}

/// The `Encoder` of one value at one depth.
private struct StreamEncoder: Encoder {
    let stream: JSONByteStream
    let depth: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        stream.openOnce(depth: depth, isObject: true, path: codingPath)
        return KeyedEncodingContainer(StreamKeyedContainer<Key>(stream: stream, depth: depth, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        stream.openOnce(depth: depth, isObject: false, path: codingPath)
        return StreamUnkeyedContainer(stream: stream, depth: depth, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamSingleValueContainer(stream: stream, depth: depth, codingPath: codingPath)
    }
}

/// An object being written.
private struct StreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: JSONByteStream
    let depth: Int
    let codingPath: [any CodingKey]

    private func begin(_ key: Key) throws {
        try stream.beginElement(depth: depth, key: key.stringValue, path: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws {
        try begin(key)
        stream.writeLiteral("null")
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try begin(key)
        stream.writeLiteral(value ? "true" : "false")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try begin(key)
        stream.writeString(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try begin(key)
        try stream.writeFloat(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try begin(key)
        try stream.writeFloat(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        try begin(key)
        stream.writeLiteral(String(value))
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try begin(key)
        try stream.encodeValue(value, depth: depth + 1, path: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        nested(key.stringValue, path: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nested(key.stringValue, path: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        nested("super", path: codingPath + [PathKey(stringValue: "super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        nested(key.stringValue, path: codingPath + [key])
    }

    /// The encoder of the value of a new element `key`.
    private func nested(_ key: String, path: [any CodingKey]) -> StreamEncoder {
        stream.beginElementLater(depth: depth, key: key, path: path)
        return StreamEncoder(stream: stream, depth: depth + 1, codingPath: path)
    }
}

/// An array being written.
private struct StreamUnkeyedContainer: UnkeyedEncodingContainer {
    let stream: JSONByteStream
    let depth: Int
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(stream: JSONByteStream, depth: Int, codingPath: [any CodingKey]) {
        self.stream = stream
        self.depth = depth
        self.codingPath = codingPath
    }

    /// The key of the next element, for coding paths.
    private var nextKey: any CodingKey { PathKey(intValue: count) }

    private mutating func begin() throws {
        try stream.beginElement(depth: depth, key: nil, path: codingPath + [nextKey])
        count += 1
    }

    mutating func encodeNil() throws {
        try begin()
        stream.writeLiteral("null")
    }

    mutating func encode(_ value: Bool) throws {
        try begin()
        stream.writeLiteral(value ? "true" : "false")
    }

    mutating func encode(_ value: String) throws {
        try begin()
        stream.writeString(value)
    }

    mutating func encode(_ value: Double) throws {
        let path = codingPath + [nextKey]
        try begin()
        try stream.writeFloat(value, path: path)
    }

    mutating func encode(_ value: Float) throws {
        let path = codingPath + [nextKey]
        try begin()
        try stream.writeFloat(value, path: path)
    }

    mutating func encode(_ value: Int) throws {
        try begin()
        stream.writeLiteral(String(value))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let path = codingPath + [nextKey]
        try begin()
        try stream.encodeValue(value, depth: depth + 1, path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        superEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        superEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [nextKey]
        stream.beginElementLater(depth: depth, key: nil, path: path)
        count += 1
        return StreamEncoder(stream: stream, depth: depth + 1, codingPath: path)
    }
}

/// A single value being written.
private struct StreamSingleValueContainer: SingleValueEncodingContainer {
    let stream: JSONByteStream
    let depth: Int
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { stream.writeLiteral("null") }
    mutating func encode(_ value: Bool) throws { stream.writeLiteral(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { stream.writeString(value) }
    mutating func encode(_ value: Double) throws { try stream.writeFloat(value, path: codingPath) }
    mutating func encode(_ value: Float) throws { try stream.writeFloat(value, path: codingPath) }
    mutating func encode(_ value: Int) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: Int8) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: Int16) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: Int32) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: Int64) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: UInt) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: UInt8) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: UInt16) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: UInt32) throws { stream.writeLiteral(String(value)) }
    mutating func encode(_ value: UInt64) throws { stream.writeLiteral(String(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try stream.encodeValue(value, depth: depth, path: codingPath)
    }
}

/// A key of a coding path that no `CodingKey` type of the value provides: an array index, "super".
private struct PathKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(intValue: Int) {
        self.intValue = intValue
        stringValue = String(intValue)
    }

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }
}
