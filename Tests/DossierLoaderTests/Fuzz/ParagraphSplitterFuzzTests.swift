import ArabicText
import PropertyBased
import Testing

@testable import DossierLoader

/// The paragraph splitter on random text: every visible character ends up in exactly one
/// paragraph, paragraphs are trimmed single lines, and their line numbers are right.
/// The time limit stops a hang, nothing more: a busy machine took three minutes where an idle
/// one takes seconds.
@Suite(.timeLimit(.minutes(10)))
struct ParagraphSplitterFuzzTests {
    /// Lines of random length (some wrapped-looking, some blank, some only spaces, some with
    /// CR line ends), as L0 text: the splitter is only given L0 (LF line ends), as the readers do.
    private static let text = Gen<Int>.value(in: 0...Int.max).array(of: 0...40).map { seeds in
        let words = ["قال", "الرئيس", "إن", "الحكومة", "ستعقد", "اجتماعا", "Reuters", "—", "١٢", ".", "؟", ":"]
        let spaces = ["", " ", "\u{00A0}", "\t", "\u{200B}", "\u{2003}", "\r"]
        return seeds.map { seed -> String in
            let count = seed % 13
            let line = (0..<count).map { words[(seed / ($0 + 1)) % words.count] }.joined(separator: " ")
            return spaces[seed % spaces.count] + line + spaces[(seed / 7) % spaces.count]
        }.joined(separator: "\n")
    }.map { ArabicNormalizer.displayText($0) }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B
    }

    @Test func everyVisibleCharacterIsInOneTrimmedParagraph() async {
        await propertyCheck(count: 4000, input: Self.text, Gen<Int>.value(in: 1...50)) { text, firstLine in
            let lines = ParagraphSplitter.lines(of: text, firstLine: firstLine)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let visible = { (text: String) in text.unicodeScalars.filter { !Self.isSpace($0) }.count }
            #expect(lines.map { visible($0.text) }.reduce(0, +) == visible(text))
            for line in lines {
                #expect(!line.text.isEmpty && !line.text.contains("\n"))
                #expect(line.text.unicodeScalars.first.map(Self.isSpace) == false)
                #expect(line.text.unicodeScalars.last.map(Self.isSpace) == false)
                #expect((firstLine..<(firstLine + lineCount)).contains(line.line))
            }
            #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.line < $1.line && $0.block <= $1.block })
        }
    }
}
