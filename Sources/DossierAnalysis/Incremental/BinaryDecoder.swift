import Foundation

/// Reads what `BinaryEncoder` wrote. Every read is bounds-checked and a count larger than the
/// bytes left could hold is refused, so a damaged or foreign file throws rather than traps or
/// allocates without bound.
package enum BinaryDecoder {
    /// The value of type `type` that `bytes` hold, all of them.
    package static func decode<Value: Decodable>(_ type: Value.Type, from bytes: ArraySlice<UInt8>) throws -> Value {
        let source = BinarySource(bytes)
        let value = try source.decode(type)
        guard source.isAtEnd else { throw BinarySource.damaged("bytes after the value") }
        return value
    }
}

/// The bytes one decoding reads, shared by its decoders and containers.
package final class BinarySource {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    /// A source at the start of `bytes`.
    package init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { position == bytes.endIndex }

    /// The error of a file that is not what the reader expects.
    package static func damaged(_ what: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "damaged binary: \(what)"))
    }

    /// Reads a value of type `type`.
    package func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if let special = type as? any BinaryCodable.Type, let value = try special.decodeBinary(from: self) as? Value {
            return value
        }
        if let primitive = type as? any BinaryPrimitive.Type, let value = try primitive.read(from: self) as? Value {
            return value
        }
        return try Value(from: BinaryValueDecoder(source: self, codingPath: []))
    }

    /// The next byte.
    package func byte() throws -> UInt8 {
        guard position < bytes.endIndex else { throw Self.damaged("cut short") }
        defer { position += 1 }
        return bytes[position]
    }

    /// A 0 or 1 byte as a Boolean.
    package func flag() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Self.damaged("a flag that is neither 0 nor 1")
        }
    }

    /// The next LEB128 varint; one longer than 64 bits is refused. Read from a local position,
    /// stored once: each access to the source's stored position is checked for exclusivity.
    package func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var cursor = position
        while true {
            guard cursor < bytes.endIndex else { throw Self.damaged("cut short") }
            let next = bytes[cursor]
            cursor += 1
            guard shift < 64 else { throw Self.damaged("a number too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 {
                position = cursor
                return value
            }
            shift += 7
        }
    }

    /// The next zigzag-encoded varint.
    package func signed() throws -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// `value` as a `Target`, when it fits.
    package func integer<Raw: BinaryInteger, Target: FixedWidthInteger>(_ raw: Raw.Type, from value: Raw) throws
        -> Target
    {
        guard let exact = Target(exactly: value) else { throw Self.damaged("a number out of range") }
        return exact
    }

    /// The next `size` bytes as a little-endian number.
    package func fixed(size: Int) throws -> UInt64 {
        let start = position
        guard bytes.endIndex - start >= size else { throw Self.damaged("cut short") }
        var value: UInt64 = 0
        for offset in 0..<size { value |= UInt64(bytes[start + offset]) << (offset * 8) }
        position = start + size
        return value
    }

    /// The next length-prefixed UTF-8 string.
    package func string() throws -> String {
        let length = try count(minimumSize: 1)
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// The range of the next `count` bytes, which the source moves past.
    package func range(count: Int) throws -> Range<Int> {
        guard count >= 0, bytes.endIndex - position >= count else { throw Self.damaged("cut short") }
        defer { position += count }
        return position..<(position + count)
    }

    /// Where the source is in the bytes.
    package var offset: Int { position }

    /// A varint count of items of at least `minimumSize` bytes each that the bytes left can hold.
    package func count(minimumSize: Int) throws -> Int {
        let value = try varint()
        guard value <= UInt64((bytes.endIndex - position) / max(minimumSize, 1)) else {
            throw Self.damaged("a count beyond the end")
        }
        return Int(value)
    }

    /// Reads an array as `BinarySink.encodeArray` wrote it: its 4-byte count, then its
    /// elements. How an element is read is found once for the array rather than once for each
    /// element: the casts of `decode(_:)` cost more than reading a number.
    package func decodeArray<Element: Decodable>(of type: Element.Type) throws -> [Element] {
        let count = try reservedCount()
        if let special = type as? any BinaryCodable.Type { return try read(count, of: special, as: type) }
        if let primitive = type as? any BinaryPrimitive.Type { return try read(count, of: primitive, as: type) }
        return try values(count) { try Element(from: BinaryValueDecoder(source: self, codingPath: [])) }
    }

    /// `count` values of `type`, which is `element` (opened from it): the array is made with
    /// its element type known, as casting an array of the opened type to `[Element]` casts
    /// each element on its own (a twentieth of a rebuild, for the search terms alone).
    private func read<Value: BinaryCodable, Element>(_ count: Int, of type: Value.Type, as element: Element.Type)
        throws -> [Element]
    {
        try Self.same(values(count) { try Value.decodeBinary(from: self) }, as: element)
    }

    private func read<Value: BinaryPrimitive, Element>(_ count: Int, of type: Value.Type, as element: Element.Type)
        throws -> [Element]
    {
        try Self.same(values(count) { try Value.read(from: self) }, as: element)
    }

    /// `values` as the array of `Element` it is, `Value` being `Element`.
    private static func same<Value, Element>(_ values: [Value], as element: Element.Type) throws -> [Element] {
        guard Value.self == Element.self else { throw damaged("an array of another type") }
        return unsafeBitCast(values, to: [Element].self)
    }

    /// The numbers `BinarySink.integers(_:)` wrote.
    package func integers<Value: FixedWidthInteger>(_ type: Value.Type) throws -> [Value] {
        let size = MemoryLayout<Value>.size
        let count = try count(minimumSize: size)
        let range = try range(count: count * size)
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes[range].withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
        return values.map(Value.init(littleEndian:))
    }

    /// `count` values read by `next`.
    package func values<Value>(_ count: Int, _ next: () throws -> Value) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try next()) }
        return values
    }

    /// The 4-byte count of an unkeyed container.
    package func reservedCount() throws -> Int {
        let value = Int(try fixed(size: 4))
        guard value <= bytes.endIndex - position else { throw Self.damaged("a count beyond the end") }
        return value
    }
}

/// The `Decoder` of one value.
private struct BinaryValueDecoder: Decoder {
    package let source: BinarySource
    package let codingPath: [any CodingKey]
    package var userInfo: [CodingUserInfoKey: Any] { [:] }

    package func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(BinaryKeyedDecoding<Key>(source: source, codingPath: codingPath))
    }

    package func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        BinaryUnkeyedDecoding(source: source, codingPath: codingPath, count: try source.reservedCount())
    }

    package func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleDecoding(source: source, codingPath: codingPath)
    }
}

/// A keyed container, read in the order it was written. It has no list of its keys: `allKeys`
/// is empty (so a type that needs it fails to decode), and `decodeNil` reads an optional's flag.
private struct BinaryKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    package let source: BinarySource
    package let codingPath: [any CodingKey]
    package var allKeys: [Key] { [] }

    package func contains(_ key: Key) -> Bool { true }
    package func decodeNil(forKey key: Key) throws -> Bool { !(try source.flag()) }
    package func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try Bool.read(from: source) }
    package func decode(_ type: String.Type, forKey key: Key) throws -> String { try String.read(from: source) }
    package func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try Double.read(from: source) }
    package func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try Float.read(from: source) }
    package func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try Int.read(from: source) }
    package func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try Int8.read(from: source) }
    package func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try Int16.read(from: source) }
    package func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try Int32.read(from: source) }
    package func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try Int64.read(from: source) }
    package func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try UInt.read(from: source) }
    package func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try UInt8.read(from: source) }
    package func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try UInt16.read(from: source) }
    package func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try UInt32.read(from: source) }
    package func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try UInt64.read(from: source) }
    package func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try source.decode(type) }

    package func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(BinaryKeyedDecoding<NestedKey>(source: source, codingPath: codingPath + [key]))
    }

    package func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        BinaryUnkeyedDecoding(source: source, codingPath: codingPath + [key], count: try source.reservedCount())
    }

    package func superDecoder() throws -> any Decoder { BinaryValueDecoder(source: source, codingPath: codingPath) }

    package func superDecoder(forKey key: Key) throws -> any Decoder {
        BinaryValueDecoder(source: source, codingPath: codingPath + [key])
    }
}

/// An unkeyed container of the count written before it.
private struct BinaryUnkeyedDecoding: UnkeyedDecodingContainer {
    package let source: BinarySource
    package let codingPath: [any CodingKey]
    package let count: Int?
    package private(set) var currentIndex = 0
    package var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    package init(source: BinarySource, codingPath: [any CodingKey], count: Int) {
        self.source = source
        self.codingPath = codingPath
        self.count = count
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw BinarySource.damaged("a read past the end of a list") }
        currentIndex += 1
    }

    package mutating func decodeNil() throws -> Bool {
        try next()
        return !(try source.flag())
    }

    package mutating func decode(_ type: Bool.Type) throws -> Bool { try primitive(type) }
    package mutating func decode(_ type: String.Type) throws -> String { try primitive(type) }
    package mutating func decode(_ type: Double.Type) throws -> Double { try primitive(type) }
    package mutating func decode(_ type: Float.Type) throws -> Float { try primitive(type) }
    package mutating func decode(_ type: Int.Type) throws -> Int { try primitive(type) }
    package mutating func decode(_ type: Int8.Type) throws -> Int8 { try primitive(type) }
    package mutating func decode(_ type: Int16.Type) throws -> Int16 { try primitive(type) }
    package mutating func decode(_ type: Int32.Type) throws -> Int32 { try primitive(type) }
    package mutating func decode(_ type: Int64.Type) throws -> Int64 { try primitive(type) }
    package mutating func decode(_ type: UInt.Type) throws -> UInt { try primitive(type) }
    package mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try primitive(type) }
    package mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try primitive(type) }
    package mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try primitive(type) }
    package mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try primitive(type) }

    package mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try source.decode(type)
    }

    private mutating func primitive<T: BinaryPrimitive>(_ type: T.Type) throws -> T {
        try next()
        return try T.read(from: source)
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next()
        return KeyedDecodingContainer(BinaryKeyedDecoding<NestedKey>(source: source, codingPath: codingPath))
    }

    package mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return BinaryUnkeyedDecoding(source: source, codingPath: codingPath, count: try source.reservedCount())
    }

    package mutating func superDecoder() throws -> any Decoder {
        try next()
        return BinaryValueDecoder(source: source, codingPath: codingPath)
    }
}

/// A single value.
private struct BinarySingleDecoding: SingleValueDecodingContainer {
    package let source: BinarySource
    package let codingPath: [any CodingKey]

    package func decodeNil() -> Bool { (try? source.flag()) == false }
    package func decode(_ type: Bool.Type) throws -> Bool { try Bool.read(from: source) }
    package func decode(_ type: String.Type) throws -> String { try String.read(from: source) }
    package func decode(_ type: Double.Type) throws -> Double { try Double.read(from: source) }
    package func decode(_ type: Float.Type) throws -> Float { try Float.read(from: source) }
    package func decode(_ type: Int.Type) throws -> Int { try Int.read(from: source) }
    package func decode(_ type: Int8.Type) throws -> Int8 { try Int8.read(from: source) }
    package func decode(_ type: Int16.Type) throws -> Int16 { try Int16.read(from: source) }
    package func decode(_ type: Int32.Type) throws -> Int32 { try Int32.read(from: source) }
    package func decode(_ type: Int64.Type) throws -> Int64 { try Int64.read(from: source) }
    package func decode(_ type: UInt.Type) throws -> UInt { try UInt.read(from: source) }
    package func decode(_ type: UInt8.Type) throws -> UInt8 { try UInt8.read(from: source) }
    package func decode(_ type: UInt16.Type) throws -> UInt16 { try UInt16.read(from: source) }
    package func decode(_ type: UInt32.Type) throws -> UInt32 { try UInt32.read(from: source) }
    package func decode(_ type: UInt64.Type) throws -> UInt64 { try UInt64.read(from: source) }
    package func decode<T: Decodable>(_ type: T.Type) throws -> T { try source.decode(type) }
}
