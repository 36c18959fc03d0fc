import Testing

@testable import ArabicText

/// `PackedWordSet` against `Set<UInt64>`: the same answers for members and non-members, for
/// sets of every size from empty to past several growths of the table, for keys that differ
/// only in their low bits (packed words of one length and block) and for the real profiles.
@Suite struct PackedWordSetTests {
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
        let set = PackedWordSet(members)
        let reference = Set(members)
        for key in members + Self.keys(count: 5_000, seed: 99) + [0, .max, 1] {
            #expect(set.contains(key) == reference.contains(key), "\(key)")
        }
    }

    @Test func setsOfTheSameWordsAreEqualHoweverListed() {
        let words = Self.keys(count: 300, seed: 7)
        #expect(PackedWordSet(words) == PackedWordSet(words.reversed() + words.shuffled()))
        #expect(PackedWordSet(words) != PackedWordSet(words.dropLast()))
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
