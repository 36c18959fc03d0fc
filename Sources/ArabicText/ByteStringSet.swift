/// A set of byte strings (token texts and word keys by their UTF-8 bytes) whose members get
/// consecutive indices in order of insertion.
///
/// Every token of every article is looked up in several such sets (the gazetteer, the topic
/// terms, the stop words, the interned strings); through `Set<TokenText>` and dictionaries each
/// look-up seeded, fed and finalised a `Hasher`, about 4% of a build. Here a member is hashed
/// eight bytes at a time (`hash(of:)`), its bytes are kept in one buffer, and a look-up
/// compares a hash and then the bytes, with no `String` made and no allocation.
///
/// Token texts and word keys are in NFC (`TokenText`), so equal bytes are equal strings.
public struct ByteStringSet: Sendable {
    /// Where one member's bytes are in `storage`, and its hash.
    private struct Member: Sendable {
        let start: Int
        let count: Int
        let hash: UInt64
    }

    /// The members' bytes, one after the other.
    private var storage: [UInt8] = []
    private var members: [Member] = []
    /// Open addressing: a member's index plus one, or 0 for an empty slot; a power of two
    /// long, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    /// An empty set.
    public init() {}

    /// The set of `strings` (their UTF-8 bytes), indexed in order.
    public init(_ strings: some Sequence<String>) {
        for string in strings { insert(string) }
    }

    /// The number of members.
    public var count: Int { members.count }

    /// The index of the member `bytes`, or nil when it is not one.
    public func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        slot(of: bytes, hash: Self.hash(of: bytes)).index
    }

    /// The index of the member `string` (its UTF-8 bytes), or nil when it is not one.
    public func index(of string: String) -> Int? {
        var string = string
        return string.withUTF8 { index(of: $0) }
    }

    /// Whether `string` (its UTF-8 bytes) is a member.
    public func contains(_ string: String) -> Bool {
        index(of: string) != nil
    }

    /// The member at `index`, as a string (ill-formed UTF-8 repaired as `String(decoding:)` does).
    public func member(at index: Int) -> String {
        let member = members[index]
        return storage.withUnsafeBufferPointer { stored in
            String(
                decoding: UnsafeBufferPointer(rebasing: stored[member.start..<(member.start + member.count)]),
                as: UTF8.self)
        }
    }

    /// Adds `bytes` unless they are a member already; their index, and whether they were added.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(of: bytes)
        let found = slot(of: bytes, hash: hash)
        if let index = found.index { return (index, false) }
        members.append(Member(start: storage.count, count: bytes.count, hash: hash))
        storage.append(contentsOf: bytes)
        slots[found.slot] = Int32(members.count)
        if members.count * 2 > slots.count { grow() }
        return (members.count - 1, true)
    }

    /// Adds `string` (its UTF-8 bytes) unless it is a member already; its index, and whether it
    /// was added.
    @discardableResult
    public mutating func insert(_ string: String) -> (index: Int, inserted: Bool) {
        var string = string
        return string.withUTF8 { insert($0) }
    }

    /// The slot of the member `bytes` whose hash is `hash` and its index, or the empty slot
    /// where it would go and nil.
    private func slot(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, index: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { stored in
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let member = members[index]
                if member.hash == hash, member.count == bytes.count,
                    UnsafeBufferPointer(rebasing: stored[member.start..<(member.start + member.count)])
                        .hasSameBytes(as: bytes)
                {
                    return (slot, index)
                }
                slot = (slot + 1) & mask
            }
            return (slot, nil)
        }
    }

    /// The hash of `bytes`: their words of eight bytes (the last one overlapping the one
    /// before, or made of two overlapping words of four, or of the first, middle and last
    /// byte, for fewer) mixed with the count. It is kept only in the table, so it need not be
    /// the comparison's stable hash, whose FNV-1a multiplies byte after byte and was a third of
    /// a look-up. Every member's index is its order of insertion, so no output depends on it.
    @inline(__always)
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0 }
        let raw = UnsafeRawPointer(base)
        var state = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                state = mixed(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            state ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            state ^= first << 32 | last
        } else {
            state ^= UInt64(base[0]) << 16 | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1])
        }
        return mixed(state)
    }

    /// A multiply and shift that spreads every bit of `value` over the result.
    @inline(__always)
    private static func mixed(_ value: UInt64) -> UInt64 {
        let product = (value ^ (value >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 32)
    }

    /// Doubles the slots and places every member again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, member) in members.enumerated() {
            var slot = Int(truncatingIfNeeded: member.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
