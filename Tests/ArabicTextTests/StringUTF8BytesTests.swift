import Foundation
import Testing

@testable import ArabicText

/// The byte-level helpers answer as the scalar and string operations they stand for.
@Suite struct StringUTF8BytesTests {
    static let texts = ["", "a", "بوتين", "قالَ «بوتين»: نعم", "Ἀθῆναι ₿ 😀 e\u{0301}", "x\r\ny & <z>"]

    /// Every slice of scalars, the empty ones and those running past the end included, taken
    /// alone and all together in ascending order, which reaches each from the one before.
    @Test(arguments: texts)
    func scalarSlicesAreTheStringsOfThoseScalars(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        for lower in 0...(scalars.count + 1) {
            for upper in lower...(scalars.count + 2) { ranges.append(lower..<upper) }
        }
        let expected = ranges.map { range in
            Array(String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)])).utf8)
        }
        #expect(text.scalarSlices(ranges).map { Array($0.utf8) } == expected)
        for (range, bytes) in zip(ranges, expected) {
            #expect(text.scalarSlices([range]).map { Array($0.utf8) } == [bytes], "\(range)")
        }
    }

    /// Decoded from the bytes, the scalars are the scalar view's: for the sample texts, and for
    /// one text holding every scalar there is, so every length of encoding and every value of
    /// each byte is decoded.
    @Test(arguments: texts + [String(String.UnicodeScalarView((0...0x10_FFFF).compactMap(Unicode.Scalar.init)))])
    func decodedScalarsAreTheScalarView(_ text: String) {
        #expect(text.decodedScalars() == Array(text.unicodeScalars))
    }

    @Test(arguments: texts)
    func byteTestsAnswerAsTheUTF8View(_ text: String) {
        for byte: UInt8 in [0x0D, UInt8(ascii: "&"), UInt8(ascii: "a"), 0xD8, 0xF0] {
            #expect(text.containsUTF8Byte(byte) == text.utf8.contains(byte))
        }
    }

    /// `firstIndex(of:from:)` finds what the array's own search finds after `start`, from every
    /// start, past the end included.
    @Test(arguments: texts)
    func aByteIsFoundFromEveryStart(_ text: String) {
        let bytes = Array(text.utf8)
        for byte: UInt8 in [0x0A, 0x0D, UInt8(ascii: "<"), UInt8(ascii: " "), 0xD8, 0xEE] {
            for start in 0...(bytes.count + 1) {
                let expected = start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
                #expect(bytes.withUnsafeBufferPointer { $0.firstIndex(of: byte, from: start) } == expected)
            }
        }
    }
}
