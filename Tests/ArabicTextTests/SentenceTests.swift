import Testing

@testable import ArabicText

struct SentenceCase: Sendable, CustomStringConvertible {
    let input: String
    let expected: [String]
    var description: String { input }
    init(_ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
    }
}

private let cases: [SentenceCase] = [
    // docs/arabic-text-engine.md §12.6, S rows.
    SentenceCase("هل انتهت الأزمة؟ لا. قال المتحدث", ["هل انتهت الأزمة؟", "لا.", "قال المتحدث"]),
    SentenceCase("قال د. أحمد إن القيمة 1.8 مليار.", ["قال د. أحمد إن القيمة 1.8 مليار."]),
    SentenceCase("قال: «لن نتراجع.» وأضاف", ["قال: «لن نتراجع.»", "وأضاف"]),
    // Abbreviations.
    SentenceCase("حاضر أ.د. محمود في الجامعة. ثم غادر", ["حاضر أ.د. محمود في الجامعة.", "ثم غادر"]),
    SentenceCase("بني عام 300 ق.م. على التل", ["بني عام 300 ق.م. على التل"]),
    SentenceCase("انظر ص. 12 وج. 3 من الكتاب.", ["انظر ص. 12 وج. 3 من الكتاب."]),
    SentenceCase("كتب وقرأ إلخ. ثم نام", ["كتب وقرأ إلخ. ثم نام"]),
    SentenceCase("زار U.S. Army القاعدة. ثم عاد", ["زار U.S. Army القاعدة.", "ثم عاد"]),
    SentenceCase("التقى محمد. ثم سافر", ["التقى محمد.", "ثم سافر"]),
    // Decimals, URLs, e-mails, numbers after a period.
    SentenceCase("ارتفع بنسبة ٢٫٥ في المئة و 3.75 دولار. وأضاف", ["ارتفع بنسبة ٢٫٥ في المئة و 3.75 دولار.", "وأضاف"]),
    SentenceCase(
        "راجع الموقع www.example.com/news.html للمزيد. انتهى",
        ["راجع الموقع www.example.com/news.html للمزيد.", "انتهى"]),
    SentenceCase("راسلنا على info@news.org اليوم", ["راسلنا على info@news.org اليوم"]),
    SentenceCase("البند رقم. 5 من الاتفاق", ["البند رقم. 5 من الاتفاق"]),
    // Ellipses and other terminators.
    SentenceCase("وانتظر… ثم قال إنه سيعود", ["وانتظر… ثم قال إنه سيعود"]),
    SentenceCase("وانتظر... ثم قال إنه سيعود", ["وانتظر... ثم قال إنه سيعود"]),
    SentenceCase("ماذا حدث؟! لا أحد يعرف", ["ماذا حدث؟!", "لا أحد يعرف"]),
    SentenceCase("هل يعود؟... ربما", ["هل يعود؟...", "ربما"]),
    SentenceCase("قال إن «الوضع خطير!» وغادر", ["قال إن «الوضع خطير!»", "وغادر"]),
    SentenceCase("قال المتحدث، بعد الاجتماع؛ إن الوضع هادئ", ["قال المتحدث، بعد الاجتماع؛ إن الوضع هادئ"]),
    // Line and paragraph breaks are hard boundaries.
    SentenceCase(
        "عنوان بلا نقطة\nالفقرة الأولى. الجملة الثانية\n\nفقرة أخرى",
        ["عنوان بلا نقطة", "الفقرة الأولى.", "الجملة الثانية", "فقرة أخرى"]),
    SentenceCase("  \n\n  ", []),
    SentenceCase("", []),
]

@Suite struct SentenceTests {
    @Test(arguments: cases)
    func splits(_ testCase: SentenceCase) {
        let ranges = SentenceSplitter.sentences(in: testCase.input)
        #expect(ranges.map { scalarSlice(testCase.input, $0) } == testCase.expected)
    }

    @Test func rangesAreScalarOffsets() {
        // Tashkeel are separate scalars (one grapheme each with their letter): offsets must count them.
        let text = "قالَ الرئيسُ: نعم. ثمّ غادر"
        let ranges = SentenceSplitter.sentences(in: text)
        #expect(ranges == [0..<18, 19..<27])
        #expect(ranges.last.map { scalarSlice(text, $0) } == "ثمّ غادر")
    }

    /// With a limit, the splitter gives the sentences of the full list that start at or before
    /// it, and only those (up to the spaces it trims from a sentence's start).
    @Test(arguments: cases)
    func aLimitKeepsTheFirstSentences(_ sample: SentenceCase) {
        let scalars = Array(sample.input.unicodeScalars)
        let full = SentenceSplitter.sentences(in: scalars)
        for limit in -1...(scalars.count + 1) {
            let limited = SentenceSplitter.sentences(in: scalars, startingThrough: limit)
            #expect(Array(full.prefix(limited.count)) == limited, "limit \(limit)")
            #expect(full.dropFirst(limited.count).allSatisfy { $0.lowerBound > limit }, "limit \(limit)")
        }
    }
}
