/// 64-bit hashes that are the same in every run and every build of the binary (Swift's
/// `Hasher` is seeded per process): the comparison's record names passages' terms and
/// shingles by them, so that the next build can tell which are unchanged, and the build
/// cache's sharded parts place each entry in a shard by its id's.
package enum StableHash {
    /// The hash of `string`'s UTF-8 bytes (FNV-1a, then mixed).
    package static func of(_ string: String) -> UInt64 {
        of(bytes: string.utf8)
    }

    /// The hash of `bytes` (FNV-1a, then mixed), as `of(_:)` hashes a string's UTF-8 bytes.
    @inline(__always)
    static func of(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return mixed(hash)
    }

    /// The hash of a sequence whose hash so far is `hash`, followed by a value hashed `next`:
    /// the order of the values counts.
    static func combined(_ hash: UInt64, _ next: UInt64) -> UInt64 {
        mixed(hash &* 0x9E37_79B9_7F4A_7C15 &+ next)
    }

    /// SplitMix64's finaliser: every bit of `value` reaches every bit of the result.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var bits = value
        bits = (bits ^ (bits >> 30)) &* 0xBF58_476D_1CE4_E5B9
        bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
        return bits ^ (bits >> 31)
    }
}
