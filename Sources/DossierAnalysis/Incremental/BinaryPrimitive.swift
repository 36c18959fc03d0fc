/// The values `Codable` treats as primitives, each with its binary form.
package protocol BinaryPrimitive: Codable {
    /// Writes the value into `sink`.
    func write(to sink: BinarySink)
    /// Reads a value from `source`.
    static func read(from source: BinarySource) throws -> Self
}

extension Bool: BinaryPrimitive {
    package func write(to sink: BinarySink) { sink.byte(self ? 1 : 0) }
    package static func read(from source: BinarySource) throws -> Bool { try source.flag() }
}

extension String: BinaryPrimitive {
    package func write(to sink: BinarySink) { sink.string(self) }
    package static func read(from source: BinarySource) throws -> String { try source.string() }
}

extension Double: BinaryPrimitive {
    package func write(to sink: BinarySink) { sink.fixed(bitPattern, size: 8) }
    package static func read(from source: BinarySource) throws -> Double {
        Double(bitPattern: try source.fixed(size: 8))
    }
}

extension Float: BinaryPrimitive {
    package func write(to sink: BinarySink) { sink.fixed(UInt64(bitPattern), size: 4) }
    package static func read(from source: BinarySource) throws -> Float {
        Float(bitPattern: UInt32(truncatingIfNeeded: try source.fixed(size: 4)))
    }
}

extension BinaryPrimitive where Self: FixedWidthInteger & SignedInteger {
    package func write(to sink: BinarySink) { sink.signed(Int64(self)) }
    package static func read(from source: BinarySource) throws -> Self {
        try source.integer(Int64.self, from: source.signed())
    }
}

extension BinaryPrimitive where Self: FixedWidthInteger & UnsignedInteger {
    package func write(to sink: BinarySink) { sink.varint(UInt64(self)) }
    package static func read(from source: BinarySource) throws -> Self {
        try source.integer(UInt64.self, from: source.varint())
    }
}

extension Int: BinaryPrimitive {}
extension Int8: BinaryPrimitive {}
extension Int16: BinaryPrimitive {}
extension Int32: BinaryPrimitive {}
extension Int64: BinaryPrimitive {}
extension UInt: BinaryPrimitive {}
extension UInt8: BinaryPrimitive {}
extension UInt16: BinaryPrimitive {}
extension UInt32: BinaryPrimitive {}
extension UInt64: BinaryPrimitive {}
