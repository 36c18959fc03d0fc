/// A value whose binary form the sink writes itself, rather than through `Codable`: an
/// optional's synthesized coding has no room for its flag, and a dictionary's asks for
/// `allKeys`.
package protocol BinaryCodable {
    /// Writes the value into `sink`.
    func encodeBinary(to sink: BinarySink) throws
    /// Reads a value from `source`.
    static func decodeBinary(from source: BinarySource) throws -> Self
}

extension Optional: BinaryCodable where Wrapped: Codable {
    package func encodeBinary(to sink: BinarySink) throws {
        if let value = self {
            sink.byte(1)
            try sink.encode(value)
        } else {
            sink.byte(0)
        }
    }

    package static func decodeBinary(from source: BinarySource) throws -> Self {
        try source.flag() ? try source.decode(Wrapped.self) : nil
    }
}

extension Dictionary: BinaryCodable where Key: Codable, Value: Codable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.varint(UInt64(count))
        for (key, value) in self {
            try sink.encode(key)
            try sink.encode(value)
        }
    }

    package static func decodeBinary(from source: BinarySource) throws -> Self {
        let count = try source.count(minimumSize: 1)
        var dictionary: [Key: Value] = [:]
        dictionary.reserveCapacity(count)
        for _ in 0..<count {
            let key = try source.decode(Key.self)
            dictionary[key] = try source.decode(Value.self)
        }
        return dictionary
    }
}

/// An array is written as its unkeyed container would write it (a 4-byte count, then its
/// elements), with the way its elements are written found once for the whole array.
extension Array: BinaryCodable where Element: Codable {
    package func encodeBinary(to sink: BinarySink) throws { try sink.encodeArray(self) }

    package static func decodeBinary(from source: BinarySource) throws -> Self {
        try source.decodeArray(of: Element.self)
    }
}

/// A range of integers is written as its unkeyed container would write it (a count of 2, then
/// its bounds), without a container: mentions and topic hits each hold one or two.
extension Range: BinaryCodable where Bound == Int {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.fixed(2, size: 4)
        lowerBound.write(to: sink)
        upperBound.write(to: sink)
    }

    /// Refuses a count other than 2 and bounds out of order, as `Range`'s own decoding does.
    package static func decodeBinary(from source: BinarySource) throws -> Self {
        guard try source.reservedCount() == 2 else { throw BinarySource.damaged("a range without two bounds") }
        let lower = try Int.read(from: source)
        let upper = try Int.read(from: source)
        guard lower <= upper else { throw BinarySource.damaged("a range whose bounds are out of order") }
        return lower..<upper
    }
}
