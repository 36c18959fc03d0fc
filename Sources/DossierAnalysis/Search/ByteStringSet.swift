/// A set of byte strings (a page's folded words) kept in one buffer: inserting a word costs a
/// hash of its bytes (`StableHash`) and, when the hash is known, one comparison, with no `String` made and no
/// allocation per word. `TermCollector` inserts every word of every page it collects terms for.
struct ByteStringSet {
    /// Where one member's bytes are in `storage`, and their hash.
    private struct Member {
        let start: Int
        let count: Int
        let hash: UInt64
    }

    /// The members' bytes, one after the other.
    private var storage: [UInt8] = []
    private var members: [Member] = []
    /// Open addressing: a member's index plus one, or 0 for an empty slot; a power of two long,
    /// at most half full.
    private var slots: [Int32]

    /// An empty set.
    init() {
        slots = Array(repeating: 0, count: 64)
    }

    /// The number of members.
    var count: Int { members.count }

    /// Adds `bytes`; whether they were not in the set before.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = StableHash.of(bytes: bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let member = members[Int(slots[slot]) - 1]
            if member.hash == hash, member.count == bytes.count,
                storage.withUnsafeBufferPointer({ stored in
                    stored[member.start..<(member.start + member.count)].elementsEqual(bytes)
                })
            {
                return false
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        members.append(Member(start: storage.count, count: bytes.count, hash: hash))
        storage.append(contentsOf: bytes)
        slots[slot] = Int32(members.count)
        if members.count * 2 > slots.count { grow() }
        return true
    }

    /// Doubles the slots and places every member again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, member) in members.enumerated() {
            var slot = Int(truncatingIfNeeded: member.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }
}
