import Foundation

/// Encodes `Codable` values in a compact positional binary form, for the build cache, which
/// `BinaryDecoder` reads back. Decoding JSON was most of what a rebuild spent reading the cache.
///
/// Values are written in the order they encode themselves, without keys: integers as LEB128
/// varints (zigzag for signed), floating point as its bit pattern, strings as their UTF-8
/// length and bytes, an optional as a byte (0 none, 1 some) before its value, an array as its
/// count and elements, a dictionary as its count and (key, value) pairs. A keyed container is
/// read back in the order it was written, so a type must encode and decode its keys in the
/// same order, as synthesized `Codable` does; one that asks for `allKeys` (an enum with
/// associated values) cannot be decoded, and its decoding throws.
package enum BinaryEncoder {
    /// The bytes of `value`.
    package static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let sink = BinarySink()
        try sink.encode(value)
        return sink.bytes
    }
}

/// The buffer one encoding writes into, shared by its encoders and containers.
package final class BinarySink {
    /// What has been written.
    package private(set) var bytes: [UInt8] = []

    /// An empty sink.
    package init() {}

    /// Writes `value` as its binary form.
    package func encode<Value: Encodable>(_ value: Value) throws {
        // Optionals first: a dynamic cast unwraps an optional to find what it holds, so a
        // present `Int?` would pass for an `Int` and lose its flag.
        if let special = value as? any BinaryCodable {
            try special.encodeBinary(to: self)
        } else if let primitive = value as? any BinaryPrimitive {
            primitive.write(to: self)
        } else {
            try value.encode(to: BinaryValueEncoder(sink: self, codingPath: []))
        }
    }

    /// Writes `array`'s count in 4 bytes, as an unkeyed container does, then its elements, each
    /// as `encode(_:)` would write it.
    package func encodeArray<Element: Encodable>(_ array: [Element]) throws {
        fixed(UInt64(array.count), size: 4)
        if let special = Element.self as? any BinaryCodable.Type {
            try write(array, as: special)
        } else if let primitive = Element.self as? any BinaryPrimitive.Type {
            try write(array, as: primitive)
        } else {
            for element in array { try element.encode(to: BinaryValueEncoder(sink: self, codingPath: [])) }
        }
    }

    /// Writes the elements of `array`, whose element type is `type` (opened from it), without
    /// casting the array, which would cast each element on its own.
    private func write<Element, Target: BinaryCodable>(_ array: [Element], as type: Target.Type) throws {
        for value in try Self.same(array, as: type) { try value.encodeBinary(to: self) }
    }

    private func write<Element, Target: BinaryPrimitive>(_ array: [Element], as type: Target.Type) throws {
        for value in try Self.same(array, as: type) { value.write(to: self) }
    }

    /// `array` as the array of `Target` it is, `Element` being `Target`.
    private static func same<Element, Target>(_ array: [Element], as type: Target.Type) throws -> [Target] {
        guard Element.self == Target.self else {
            throw EncodingError.invalidValue(
                array, EncodingError.Context(codingPath: [], debugDescription: "an array of another type"))
        }
        return unsafeBitCast(array, to: [Target].self)
    }

    /// Makes room for `count` more bytes at once, when the total is known beforehand.
    package func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// Writes one byte.
    package func byte(_ value: UInt8) { bytes.append(value) }

    /// Runs `write` on the bytes written so far, to append many values at once: each access to
    /// the sink's stored array is checked for exclusivity, which for a long run of small values
    /// cost more than their encoding. `write` must not use the sink itself.
    package func appending(_ write: (inout [UInt8]) -> Void) { write(&bytes) }

    /// Appends `value` to `bytes` as `varint(_:)` writes it.
    package static func varint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends the 8 bytes of `value`, little-endian, to `bytes`, as `fixed(_:size:)` writes them.
    package static func fixed(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Writes `value` as a LEB128 varint: 7 bits a byte, low bits first. The bytes are made in
    /// a local buffer and appended at once: each access to the sink's stored array is checked
    /// for exclusivity, which cost more than the encoding when made byte by byte.
    package func varint(_ value: UInt64) {
        var encoded: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &encoded) { buffer in
            var rest = value
            var count = 0
            while rest >= 0x80 {
                buffer[count] = UInt8(truncatingIfNeeded: rest) | 0x80
                rest >>= 7
                count += 1
            }
            buffer[count] = UInt8(rest)
            return count + 1
        }
        // Rebased, the prefix is a buffer, which is appended in one copy; as a slice of one it
        // was appended byte by byte through the generic path.
        withUnsafeBytes(of: encoded) { bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
    }

    /// Writes `value` zigzag-encoded as a varint, so small negative numbers stay short.
    package func signed(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    /// Writes the low `size` bytes of `value`, little-endian.
    package func fixed(_ value: UInt64, size: Int) {
        withUnsafeBytes(of: value.littleEndian) {
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0.prefix(size)))
        }
    }

    /// Appends `raw` as it is.
    package func raw(_ raw: ArraySlice<UInt8>) { bytes.append(contentsOf: raw) }

    /// Writes `values`' count as a varint, then each value in its width, little-endian, end to
    /// end: long lists of numbers are copied, not encoded one by one.
    package func integers<Value: FixedWidthInteger>(_ values: [Value]) {
        varint(UInt64(values.count))
        rawIntegers(values[...])
    }

    /// Appends each of `values` in its width, little-endian, without a count.
    package func rawIntegers<Value: FixedWidthInteger>(_ values: ArraySlice<Value>) {
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
        #endif
    }

    /// Writes `value`'s UTF-8 length as a varint, then its bytes.
    package func string(_ value: String) {
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// Reserves 4 bytes for a count that is known only later (an unkeyed container's).
    package func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    /// Adds one to the count reserved at `position`.
    package func incrementCount(at position: Int) {
        var count = UInt32(bytes[position]) | UInt32(bytes[position + 1]) << 8
        count |= UInt32(bytes[position + 2]) << 16 | UInt32(bytes[position + 3]) << 24
        count += 1
        for offset in 0..<4 { bytes[position + offset] = UInt8(truncatingIfNeeded: count >> (offset * 8)) }
    }

    /// Writes a primitive value in its binary form.
    package func primitive(_ value: some BinaryPrimitive) { value.write(to: self) }
}

/// The `Encoder` of one value.
private struct BinaryValueEncoder: Encoder {
    package let sink: BinarySink
    package let codingPath: [any CodingKey]
    package var userInfo: [CodingUserInfoKey: Any] { [:] }

    package func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(BinaryKeyedEncoding<Key>(sink: sink, codingPath: codingPath))
    }

    package func unkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryUnkeyedEncoding(sink: sink, codingPath: codingPath, countPosition: sink.reserveCount())
    }

    package func singleValueContainer() -> any SingleValueEncodingContainer {
        BinarySingleEncoding(sink: sink, codingPath: codingPath)
    }
}

/// A keyed container: its values in order, without their keys; an absent optional is a 0 byte.
private struct BinaryKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    package let sink: BinarySink
    package let codingPath: [any CodingKey]

    package mutating func encodeNil(forKey key: Key) throws { sink.byte(0) }
    package mutating func encode(_ value: Bool, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: String, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Double, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Float, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int8, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int16, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int32, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int64, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt8, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt16, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt32, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt64, forKey key: Key) throws { sink.primitive(value) }
    package mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try sink.encode(value) }

    // Synthesized coding skips an absent optional; here it takes its flag byte.
    package mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try optional(value) }
    package mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value {
            sink.byte(1)
            try sink.encode(value)
        } else {
            sink.byte(0)
        }
    }

    private func optional(_ value: (some BinaryPrimitive)?) throws {
        if let value {
            sink.byte(1)
            sink.primitive(value)
        } else {
            sink.byte(0)
        }
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(sink: sink, codingPath: codingPath + [key]))
    }

    package mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        BinaryUnkeyedEncoding(sink: sink, codingPath: codingPath + [key], countPosition: sink.reserveCount())
    }

    package mutating func superEncoder() -> any Encoder { BinaryValueEncoder(sink: sink, codingPath: codingPath) }

    package mutating func superEncoder(forKey key: Key) -> any Encoder {
        BinaryValueEncoder(sink: sink, codingPath: codingPath + [key])
    }
}

/// An unkeyed container: its count (kept up to date in the 4 bytes reserved for it), then its
/// values.
private struct BinaryUnkeyedEncoding: UnkeyedEncodingContainer {
    package let sink: BinarySink
    package let codingPath: [any CodingKey]
    package let countPosition: Int
    package private(set) var count = 0

    package init(sink: BinarySink, codingPath: [any CodingKey], countPosition: Int) {
        self.sink = sink
        self.codingPath = codingPath
        self.countPosition = countPosition
    }

    private mutating func next() {
        count += 1
        sink.incrementCount(at: countPosition)
    }

    package mutating func encodeNil() throws {
        next()
        sink.byte(0)
    }

    package mutating func encode(_ value: Bool) throws { try primitive(value) }
    package mutating func encode(_ value: String) throws { try primitive(value) }
    package mutating func encode(_ value: Double) throws { try primitive(value) }
    package mutating func encode(_ value: Float) throws { try primitive(value) }
    package mutating func encode(_ value: Int) throws { try primitive(value) }
    package mutating func encode(_ value: Int8) throws { try primitive(value) }
    package mutating func encode(_ value: Int16) throws { try primitive(value) }
    package mutating func encode(_ value: Int32) throws { try primitive(value) }
    package mutating func encode(_ value: Int64) throws { try primitive(value) }
    package mutating func encode(_ value: UInt) throws { try primitive(value) }
    package mutating func encode(_ value: UInt8) throws { try primitive(value) }
    package mutating func encode(_ value: UInt16) throws { try primitive(value) }
    package mutating func encode(_ value: UInt32) throws { try primitive(value) }
    package mutating func encode(_ value: UInt64) throws { try primitive(value) }

    package mutating func encode<T: Encodable>(_ value: T) throws {
        next()
        try sink.encode(value)
    }

    private mutating func primitive(_ value: some BinaryPrimitive) throws {
        next()
        sink.primitive(value)
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        next()
        return KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(sink: sink, codingPath: codingPath))
    }

    package mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        next()
        return BinaryUnkeyedEncoding(sink: sink, codingPath: codingPath, countPosition: sink.reserveCount())
    }

    package mutating func superEncoder() -> any Encoder {
        next()
        return BinaryValueEncoder(sink: sink, codingPath: codingPath)
    }
}

/// A single value (a raw-value enum's raw value, a wrapper's wrapped value).
private struct BinarySingleEncoding: SingleValueEncodingContainer {
    package let sink: BinarySink
    package let codingPath: [any CodingKey]

    package mutating func encodeNil() throws { sink.byte(0) }
    package mutating func encode(_ value: Bool) throws { sink.primitive(value) }
    package mutating func encode(_ value: String) throws { sink.primitive(value) }
    package mutating func encode(_ value: Double) throws { sink.primitive(value) }
    package mutating func encode(_ value: Float) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int8) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int16) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int32) throws { sink.primitive(value) }
    package mutating func encode(_ value: Int64) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt8) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt16) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt32) throws { sink.primitive(value) }
    package mutating func encode(_ value: UInt64) throws { sink.primitive(value) }
    package mutating func encode<T: Encodable>(_ value: T) throws { try sink.encode(value) }
}
