import Testing

@testable import ArabicText

/// `ByteStringSet` against a dictionary keyed by byte arrays: the same members, indices in
/// order of insertion, through its growth, for members sharing prefixes, lengths and (in the
/// low bits) hashes; and `ByteStringTable`'s values by key.
@Suite struct ByteStringSetTests {
    /// Words of 0 to 18 bytes (every path of the hash: under four, four to seven, one or more
    /// words of eight and a tail) drawn from a few bytes, split UTF-8 sequences and NUL
    /// included, by a fixed generator; short ones repeat, long ones seldom.
    private static func words(count: Int) -> [[UInt8]] {
        var state: UInt64 = 42
        let alphabet = Array("ابتثa\u{0}".utf8)
        return (0..<count).map { round in
            (0..<(round % 19)).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }
        }
    }

    @Test func membersGetIndicesInOrderOfInsertion() {
        var set = ByteStringSet()
        var reference: [[UInt8]: Int] = [:]
        for word in Self.words(count: 20_000) {
            let (index, inserted) = word.withUnsafeBufferPointer { set.insert($0) }
            if let known = reference[word] {
                #expect(index == known && !inserted, "\(word)")
            } else {
                #expect(index == reference.count && inserted, "\(word)")
                reference[word] = index
            }
        }
        #expect(set.count == reference.count)
        #expect(set.count > 1_000)
        for (word, index) in reference {
            #expect(word.withUnsafeBufferPointer { set.index(of: $0) } == index, "\(word)")
            // A member is given back as a string, ill-formed UTF-8 repaired as `String(decoding:)` does.
            #expect(set.member(at: index) == String(decoding: word, as: UTF8.self))
        }
        let longer: [UInt8] = Array(repeating: 0x61, count: 7)
        #expect(longer.withUnsafeBufferPointer { set.index(of: $0) } == nil)
    }

    @Test func stringsAreMembersByTheirBytes() {
        let set = ByteStringSet(["في", "من", "في", "Putin", ""])
        #expect(set.count == 4)
        #expect(set.contains("من") && set.contains("Putin") && set.contains(""))
        #expect(!set.contains("على") && !set.contains("putin") && !set.contains("ف"))
        #expect((0..<set.count).map { set.member(at: $0) } == ["في", "من", "Putin", ""])
    }

    @Test func aTableKeepsAValueForEachKey() {
        var table = ByteStringTable<[String]>()
        for (key, value) in [("بوتين", "a"), ("ترامب", "b"), ("بوتين", "c"), ("Putin", "d")] {
            table.modify(key, default: { [] }) { $0.append(value) }
        }
        #expect(table["بوتين"] == ["a", "c"])
        #expect(table["ترامب"] == ["b"])
        #expect(table["Putin"] == ["d"])
        #expect(table["بوتي"] == nil)
        #expect(table.values == [["a", "c"], ["b"], ["d"]])
        table.modifyEach { $0.reverse() }
        #expect(table["بوتين"] == ["c", "a"])
    }
}
