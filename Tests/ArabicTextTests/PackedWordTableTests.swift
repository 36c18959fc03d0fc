import Testing

@testable import ArabicText

/// `PackedWordTable` against `Set<UInt64>` and `[UInt64: UInt32]`: the same answers for members and non-members, for
/// sets of every size from empty to past several growths of the table, for keys that differ
/// only in their low bits (packed words of one length and block) and for the real profiles.
@Suite struct PackedWordTableTests {
    /// Keys of one packed shape: length and block in the top bits, `count` low values from a
    /// fixed generator, duplicates included.
    private static func keys(count: Int, seed: UInt64) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return 3 << 61 | 0x06 << 48 | (state >> 40) & 0xFFFF
        }
    }

    @Test(arguments: [0, 1, 2, 3, 7, 64, 65, 500, 4_000])
    func answersAsASetDoes(size: Int) {
        let members = Self.keys(count: size, seed: UInt64(size))
        let set = PackedWordTable(members)
        let reference = Set(members)
        for key in members + Self.keys(count: 5_000, seed: 99) + [0, .max, 1] {
            #expect(set.contains(key) == reference.contains(key), "\(key)")
        }
    }

    @Test(arguments: [0, 1, 5, 300])
    func answersTheMasksADictionaryDoes(size: Int) {
        let entries = Self.keys(count: size, seed: UInt64(size) + 3).enumerated().map { ($1, UInt32(1) << ($0 % 5)) }
        let table = PackedWordTable(masks: entries)
        var reference: [UInt64: UInt32] = [:]
        for (word, mask) in entries { reference[word, default: 0] |= mask }
        for key in entries.map(\.0) + Self.keys(count: 2_000, seed: 42) + [0, .max] {
            #expect(table.mask(of: key) == reference[key, default: 0], "\(key)")
        }
    }

    @Test func setsOfTheSameWordsAreEqualHoweverListed() {
        let words = Self.keys(count: 300, seed: 7)
        #expect(PackedWordTable(words) == PackedWordTable(words.reversed() + words.shuffled()))
        #expect(PackedWordTable(words) != PackedWordTable(words.dropLast()))
    }

    @Test func theProfilesStillTellTheirFunctionWords() {
        let arabic = LanguageProfile.all.first { $0.tag == "ar" }!
        #expect(arabic.marks(scalars: Array("في".unicodeScalars)))
        #expect(arabic.marks(scalars: Array("الذي".unicodeScalars)))
        #expect(!arabic.marks(scalars: Array("حكومه".unicodeScalars)))
        let english = LanguageProfile.all.first { $0.tag == "en" }!
        #expect(english.marks(scalars: Array("the".unicodeScalars)))
        #expect(!english.marks(scalars: Array("storm".unicodeScalars)))
    }
}
