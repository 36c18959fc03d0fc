import Testing

@testable import ArabicText

/// Scalar range of the first occurrence of `needle` in `text`.
private func scalarRange(of needle: String, in text: String) -> Range<Int> {
    let haystack = Array(text.unicodeScalars)
    let target = Array(needle.unicodeScalars)
    for start in 0...(haystack.count - target.count) where Array(haystack[start..<start + target.count]) == target {
        return start..<start + target.count
    }
    return 0..<0
}

struct KeywordCase: Sendable, CustomStringConvertible {
    let text: String
    let mention: String
    let maxLength: Int
    let before: String
    let after: String
    var description: String { "\(mention) in \(text.prefix(30))" }
}

private let longSentence =
    "وفي حين عزلت الدول الغربية روسيا بسبب الحرب في أوكرانيا، واصلت الشركات الأميركية الكبرى التعامل مع موسكو، "
    + "وقال مسؤولون إن الرئيس الروسي فلاديمير بوتين طلب من ماسك تجنب تفعيل خدمة الإنترنت فوق تايوان، "
    + "كخدمة للرئيس الصيني شي جين بينغ، وفقا لما ذكرته الصحيفة نقلا عن مصادر مطلعة على المحادثات السرية بين الطرفين."

private let cases: [KeywordCase] = [
    KeywordCase(
        text: "هل انتهت الأزمة؟ قال بوتين إن الحرب مستمرة. ورد زيلينسكي", mention: "بوتين", maxLength: 240,
        before: "قال ", after: " إن الحرب مستمرة."),
    KeywordCase(text: "بوتين يصل إلى بكين", mention: "بوتين", maxLength: 240, before: "", after: " يصل إلى بكين"),
    KeywordCase(
        text: longSentence, mention: "بوتين", maxLength: 120,
        before: "…وقال مسؤولون إن الرئيس الروسي فلاديمير ",
        after: " طلب من ماسك تجنب تفعيل خدمة الإنترنت فوق تايوان…"),
    KeywordCase(
        text: longSentence, mention: "وفي", maxLength: 60,
        before: "", after: " حين عزلت الدول الغربية روسيا بسبب الحرب في أوكرانيا…"),
    KeywordCase(
        text: longSentence, mention: "السرية", maxLength: 60,
        before: "…نقلا عن مصادر مطلعة على المحادثات ", after: " بين الطرفين."),
]

@Suite struct KeywordInContextTests {
    @Test(arguments: cases)
    func snippet(_ testCase: KeywordCase) {
        let range = scalarRange(of: testCase.mention, in: testCase.text)
        let snippet = KeywordInContext.snippet(in: testCase.text, range: range, maxLength: testCase.maxLength)
        #expect(snippet.match == testCase.mention)
        #expect(snippet.before == testCase.before)
        #expect(snippet.after == testCase.after)
    }

    @Test(arguments: [40, 80, 120, 240])
    func windowRespectsLength(_ maxLength: Int) {
        let range = scalarRange(of: "ماسك", in: longSentence)
        let snippet = KeywordInContext.snippet(in: longSentence, range: range, maxLength: maxLength)
        let total = (snippet.before + snippet.match + snippet.after).unicodeScalars.count
        #expect(total <= maxLength + 2)
        #expect(snippet.before.hasPrefix("…") || maxLength >= longSentence.unicodeScalars.count)
        #expect(snippet.after.hasSuffix("…"))
        // Cuts fall between words: the word next to each ellipsis is a whole word of the sentence.
        let words = Set(longSentence.split(separator: " ").map(String.init))
        let firstWord = snippet.before.dropFirst().split(separator: " ").first.map(String.init)
        #expect(firstWord.map { words.contains($0) } ?? true)
        let lastWord = snippet.after.dropLast().split(separator: " ").last.map(String.init)
        #expect(lastWord.map { words.contains($0) || words.contains($0 + "،") } ?? true)
    }

    @Test func prefersCutAfterComma() {
        let text =
            "جاء في نص البيان الرسمي، وقال المتحدث إن بوتين سيزور الصين قريبا؛ لبحث ملفات كثيرة منها الطاقة والتجارة والأمن"
        let range = scalarRange(of: "بوتين", in: text)
        let snippet = KeywordInContext.snippet(in: text, range: range, maxLength: 60)
        #expect(snippet.before == "…وقال المتحدث إن ")
        #expect(snippet.after == " سيزور الصين قريبا…")
    }

    @Test func mentionLongerThanWindow() {
        let text = "قال الرئيس الروسي فلاديمير بوتين."
        let range = scalarRange(of: "الرئيس الروسي فلاديمير بوتين", in: text)
        let snippet = KeywordInContext.snippet(in: text, range: range, maxLength: 10)
        #expect(snippet.match == "الرئيس الروسي فلاديمير بوتين")
        #expect(snippet.before == "…")
        #expect(snippet.after == "…")
    }
}

/// In a long text the sentences are looked for near the mention only; the snippet must be
/// what the mention's neighbourhood alone gives.
@Suite struct KeywordInContextLongTextTests {
    private static let sentences = [
        "قال المتحدث باسم الكرملين إن بوتين لم يلتق ماسك في موسكو، وإن الاتصالات كانت هاتفية فقط.",
        "وأضاف أن الحديث تناول الفضاء والأعمال، ولم يتناول أوكرانيا كما نشرت الصحيفة الأميركية.",
        "ونفى مكتب ماسك أي علاقة شخصية بالرئيس الروسي، مؤكداً أن الشركة تلتزم بالقانون الأميركي.",
    ]

    @Test func aMentionDeepInALongTextGetsTheSnippetOfItsNeighbourhood() {
        let neighbourhood = Self.sentences.joined(separator: " ")
        let filler = String(repeating: "وقالت الصحيفة إن الاتصالات مستمرة منذ سنوات طويلة جدا. ", count: 400)
        let text = filler + neighbourhood + " " + filler
        let offset = filler.unicodeScalars.count
        for maxLength in [40, 120, 240] {
            let local = scalarRange(of: "ماسك", in: neighbourhood)
            let range = (local.lowerBound + offset)..<(local.upperBound + offset)
            let expected = KeywordInContext.snippet(in: neighbourhood, range: local, maxLength: maxLength)
            #expect(KeywordInContext.snippet(in: text, range: range, maxLength: maxLength) == expected)
        }
    }

    /// A period followed by many spaces and a digit does not end the sentence (§10 rule 4):
    /// the window reaches past the spaces to see the digit.
    @Test func theWindowLooksPastLongRunsOfSpaces() {
        let text =
            "قال ماسك." + String(repeating: " ", count: 2_000) + "5 ملايين دولار " + String(repeating: "و", count: 50)
        let snippet = KeywordInContext.snippet(in: text, range: scalarRange(of: "ماسك", in: text), maxLength: 60)
        #expect(snippet.after.hasSuffix("…"))
    }

    /// Cutting the window out of a string gives what the whole text as scalars gives, for
    /// mentions at the start, in the middle and at the end, spaces after the window included.
    @Test func theStringWindowGivesTheSnippetOfTheWholeText() {
        let sentences = Self.sentences.joined(separator: "   ")
        let text =
            String(repeating: sentences + "\n", count: 12) + "ماسك." + String(repeating: " ", count: 900) + "ماسك"
        let scalars = Array(text.unicodeScalars)
        let mentions = scalars.indices.filter { text.unicodeScalars.dropFirst($0).starts(with: "ماسك".unicodeScalars) }
        #expect(mentions.count > 20)
        for start in mentions {
            for maxLength in [40, 240] {
                let range = start..<(start + 4)
                #expect(
                    KeywordInContext.snippet(in: text, range: range, maxLength: maxLength)
                        == KeywordInContext.snippet(in: scalars, range: range, maxLength: maxLength), "at \(start)")
            }
        }
    }
}
