/// A 64-bit checksum of the bytes of a cache record, stored beside it, so a record damaged on
/// disk (a flipped bit) is told from a sound one and the cache is not used, rather than decoded
/// into a wrong site that lasts until a clean build.
///
/// Eight bytes are mixed at a time by steps that are each one-to-one on the running state, so
/// bytes that differ in one eight-byte word always give a different checksum; not meant to
/// resist anyone forging a record (the cache holds nothing a forger could not write directly).
package enum RecordChecksum {
    /// The checksum's size in a file.
    package static let size = 8

    /// The checksum of `bytes`.
    package static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }

    /// The checksum of `bytes` as the eight bytes stored, little-endian.
    package static func bytes(of bytes: ArraySlice<UInt8>) -> [UInt8] {
        let value = of(bytes)
        return (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    /// Whether the eight bytes `stored` are the checksum of `bytes`.
    package static func matches(_ stored: ArraySlice<UInt8>, _ bytes: ArraySlice<UInt8>) -> Bool {
        guard stored.count == size else { return false }
        let value = stored.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return value == of(bytes)
    }
}
