import ArabicText
import PropertyBased
import Testing

/// The decoder on random bytes and on random text: it never crashes, an error points inside
/// the file, and UTF-8 text comes back unchanged.
/// The time limit stops a hang, nothing more: a busy machine took three minutes where an idle
/// one takes seconds.
@Suite(.timeLimit(.minutes(10)))
struct DecoderFuzzTests {
    /// Random bytes, biased to the bytes that steer encoding detection.
    private static let bytes = Gen<UInt16>.value(in: 0...511).map { value -> UInt8 in
        let steering: [UInt8] = [0x00, 0x06, 0xD8, 0xD9, 0xC7, 0xE1, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x0A, 0x0D, 0x3C]
        return value < 256 ? UInt8(value) : steering[Int(value) % steering.count]
    }.array(of: 0...600)

    @Test func randomBytesDecodeOrFailInsideTheFile() async {
        await propertyCheck(count: 4000, input: Self.bytes) { bytes in
            do {
                let decoded = try ArabicTextDecoder.decode(bytes)
                #expect(!decoded.encoding.isEmpty)
                // Nothing is replaced by U+FFFD: one in the text was in the bytes (UTF-8 or UTF-16).
                if decoded.text.unicodeScalars.contains("\u{FFFD}") {
                    #expect(
                        Self.contains(bytes, [0xEF, 0xBF, 0xBD]) || Self.contains(bytes, [0xFD, 0xFF])
                            || Self.contains(bytes, [0xFF, 0xFD]))
                }
                if decoded.encoding == "utf-8", !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                    #expect(Array(decoded.text.utf8) == bytes)
                }
            } catch let error as TextDecodingError {
                #expect((0...bytes.count).contains(error.byteOffset), "\(error)")
            }
        }
    }

    @Test func utf8TextWithoutNULComesBackUnchanged() async {
        let text = FuzzText.string(upTo: 300).map { $0.replacingOccurrences(of: "\u{0}", with: "") }
        await propertyCheck(count: 2400, input: text) { text in
            guard !text.unicodeScalars.starts(with: ["\u{FEFF}"]) else { return }
            let decoded = try ArabicTextDecoder.decode(Array(text.utf8))
            #expect(decoded.text == text)
            #expect(decoded.encoding == "utf-8")
        }
    }

    @Test func aNULAnywhereIsReportedAtItsByte() async {
        let positions = Gen<Int>.value(in: 0...200)
        // From one word up: a short text with one NUL is not taken for UTF-16 without a mark.
        await propertyCheck(count: 900, input: FuzzText.arabicProse(words: 1...40), positions) { prose, position in
            var bytes = Array(prose.utf8)
            let offset = min(position, bytes.count)
            bytes.insert(0, at: offset)
            #expect(throws: TextDecodingError.self) { try ArabicTextDecoder.decode(bytes) }
            do {
                _ = try ArabicTextDecoder.decode(bytes)
            } catch let error as TextDecodingError {
                #expect(error.byteOffset == offset)
            }
        }
    }

    private static func contains(_ bytes: [UInt8], _ run: [UInt8]) -> Bool {
        bytes.indices.contains { bytes[$0...].starts(with: run) }
    }
}
