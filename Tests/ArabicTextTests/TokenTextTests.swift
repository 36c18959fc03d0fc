import Foundation
import Testing

@testable import ArabicText

/// `TokenText` compares token texts by their bytes; that is canonical equivalence only if every
/// text made of token letters is in NFC, which these tests check letter by letter and pair by pair.
@Suite struct TokenTextTests {
    /// Every scalar that can stand in a token (`ArabicTokenizer.script(of:)`).
    private static let alphabet: [Unicode.Scalar] = (0..<0x2000).compactMap { value in
        Unicode.Scalar(UInt32(value)).flatMap { ArabicTokenizer.script(of: $0) == nil ? nil : $0 }
    }

    private static func nfc(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(String(scalars: scalars).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    @Test func everyTokenLetterIsAStarterThatNFCKeeps() {
        #expect(Self.alphabet.count > 600)
        for scalar in Self.alphabet {
            #expect(!ScalarTraits.combines(scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(Self.nfc([scalar]) == [scalar], "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// NFC composes starters only when adjacent; one string per letter, alternating it with
    /// every letter, covers every ordered pair.
    @Test func noTwoTokenLettersCompose() {
        for first in Self.alphabet {
            let pairs = Self.alphabet.flatMap { [first, $0] }
            #expect(Self.nfc(pairs) == pairs, "U+\(String(first.value, radix: 16))")
        }
    }

    @Test func equalTextsAreEqualKeysAndOthersAreNot() {
        let words = ArabicTokenizer.tokens(in: "بوتين وبوتين بوتين Putin putin PUTIN ﻻ لا É é").map(\.text)
        #expect(Set(words.map(TokenText.init)).count == Set(words).count)
        #expect(TokenText("بوتين") == TokenText(String(scalars: Array("بوتين".unicodeScalars))))
        #expect(TokenText("بوتين").hashValue == TokenText(String(scalars: Array("بوتين".unicodeScalars))).hashValue)
        #expect(TokenText("بوتين") != TokenText("بوتي"))
        #expect(TokenText("") == TokenText(""))
        #expect(TokenText("a") != TokenText(""))
    }
}
