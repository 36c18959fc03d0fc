import Foundation

/// Appends integers (little-endian) and length-prefixed UTF-8 strings to a byte buffer: the
/// binary files of the build cache, which JSON made many times larger and slower to read.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends `value` as 8 little-endian bytes.
    mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a non-negative `value` as 4 little-endian bytes.
    mutating func append(_ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` exactly, as its bit pattern.
    mutating func append(_ value: Double) {
        append(value.bitPattern)
    }

    /// Appends `raw` as it is (the reader must know its length).
    mutating func append(raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends `string`'s UTF-8 length and bytes.
    mutating func append(_ string: String) {
        append(string.utf8.count)
        bytes.append(contentsOf: string.utf8)
    }
}

/// Reads what `ByteWriter` wrote; every read fails (nil) rather than trapping on a short or
/// damaged file.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    /// A reader at the start of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// The next 8 bytes as an integer.
    mutating func uint64() -> UInt64? {
        guard position + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return value
    }

    /// The next 4 bytes as a non-negative integer.
    mutating func int() -> Int? {
        guard position + 4 <= bytes.count else { return nil }
        var value = 0
        for offset in (0..<4).reversed() { value = value << 8 | Int(bytes[position + offset]) }
        position += 4
        return value
    }

    /// The next 8 bytes as a double's bit pattern.
    mutating func double() -> Double? {
        uint64().map(Double.init(bitPattern:))
    }

    /// The next length-prefixed UTF-8 string.
    mutating func string() -> String? {
        guard let count = int(), position + count <= bytes.count else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// The next `count` bytes as they are.
    mutating func raw(count: Int) -> [UInt8]? {
        guard count >= 0, position + count <= bytes.count else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// Moves past the next `count` bytes; false when there are fewer.
    mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, position + count <= bytes.count else { return false }
        position += count
        return true
    }

    /// `count` values read by `read`, or nil when any of them fails or `count` is beyond what
    /// the remaining bytes could hold (a damaged count must not allocate gigabytes).
    mutating func array<Value>(count: Int, minimumSize: Int, _ read: (inout ByteReader) -> Value?) -> [Value]? {
        guard count <= (bytes.count - position) / max(minimumSize, 1) else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}
