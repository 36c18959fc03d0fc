/// Packed words (`LanguageProfile.packed(_:)`), each with a mask of the languages that have it,
/// looked up by multiplying the key, not by hashing it: the language detector asks about every
/// word of every article, and `Set<UInt64>` ran its seeded hash for each question.
///
/// Open addressing over a power-of-two table at most half full, with linear probing; a packed
/// word is never zero (its length is in its top bits), so zero marks an empty slot. The
/// distinct words go in in ascending order, so the table is a function of its entries alone,
/// and two tables of the same entries are equal (`Hashable`, as `LanguageProfile` is) however
/// they were listed.
struct PackedWordTable: Sendable, Hashable {
    private let slots: [UInt64]
    /// The mask of the word in each slot.
    private let masks: [UInt32]
    private let shift: UInt64

    /// A table of `words`, none of them zero, each with the mask 1: a set.
    init(_ words: some Sequence<UInt64>) {
        self.init(masks: words.map { ($0, UInt32(1)) })
    }

    /// A table of the words of `entries`, none of them zero, each with the union of the masks
    /// it is listed with.
    init(masks entries: some Sequence<(UInt64, UInt32)>) {
        var merged: [UInt64: UInt32] = [:]
        for (word, mask) in entries { merged[word, default: 0] |= mask }
        let members = merged.keys.sorted()
        var bits: UInt64 = 1
        while 1 << bits < 2 * max(members.count, 1) { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        var masks = [UInt32](repeating: 0, count: slots.count)
        let shift = 64 - bits
        for word in members {
            precondition(word != 0, "a packed word is never zero")
            var slot = Self.slot(of: word, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = word
            masks[slot] = merged[word] ?? 0
        }
        self.slots = slots
        self.masks = masks
        self.shift = shift
    }

    /// Whether `word` is in the table.
    @inline(__always)
    func contains(_ word: UInt64) -> Bool {
        mask(of: word) != 0
    }

    /// The mask `word` has, or 0 when it is not in the table.
    @inline(__always)
    func mask(of word: UInt64) -> UInt32 {
        var slot = Self.slot(of: word, shift: shift)
        while true {
            let found = slots[slot]
            if found == word { return word != 0 ? masks[slot] : 0 }
            if found == 0 { return 0 }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The home slot of `word`: the top bits of its product with 2⁶⁴ divided by the golden ratio.
    @inline(__always)
    private static func slot(of word: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
