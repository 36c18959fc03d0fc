/// A set of packed words (`LanguageProfile.packed(_:)`), looked up by multiplying the key, not
/// by hashing it: the language detector asks every profile of a script about every word of
/// every article, and `Set<UInt64>` ran its seeded hash for each question.
///
/// Open addressing over a power-of-two table at most half full, with linear probing; a packed
/// word is never zero (its length is in its top bits), so zero marks an empty slot. The
/// distinct words go in in ascending order, so the table is a function of the members alone,
/// and two sets of the same words are equal (`Hashable`, as `LanguageProfile` is) however
/// they were listed.
struct PackedWordSet: Sendable, Hashable {
    private let slots: [UInt64]
    private let shift: UInt64

    /// A set of `words`, none of them zero.
    init(_ words: some Sequence<UInt64>) {
        let members = Set(words).sorted()
        var bits: UInt64 = 1
        while 1 << bits < 2 * max(members.count, 1) { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let shift = 64 - bits
        for word in members {
            precondition(word != 0, "a packed word is never zero")
            var slot = Self.slot(of: word, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = word
        }
        self.slots = slots
        self.shift = shift
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: UInt64) -> Bool {
        var slot = Self.slot(of: word, shift: shift)
        while true {
            let found = slots[slot]
            if found == word { return word != 0 }
            if found == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The home slot of `word`: the top bits of its product with 2⁶⁴ divided by the golden ratio.
    @inline(__always)
    private static func slot(of word: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
