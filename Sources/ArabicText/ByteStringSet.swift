/// A set of byte strings (token texts and word keys by their UTF-8 bytes) whose members get
/// consecutive indices in order of insertion.
///
/// Every token of every article is looked up in several such sets (the gazetteer, the topic
/// terms, the stop words, the interned strings); through `Set<TokenText>` and dictionaries each
/// look-up seeded, fed and finalised a `Hasher`, about 4% of a build. Here a member is hashed
/// with `StableHash` (FNV-1a over a few bytes), its bytes are kept in one buffer, and a
/// look-up compares a hash and then the bytes, with no `String` made and no allocation.
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
        slot(of: bytes, hash: StableHash.of(bytes: bytes)).index
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
        let hash = StableHash.of(bytes: bytes)
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
