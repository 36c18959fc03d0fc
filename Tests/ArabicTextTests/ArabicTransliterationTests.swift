import ArabicText
import Testing

/// Arabic names in lower-case ASCII, for ids (docs/arabic-text-engine.md §13): one spelling per
/// letter, the article as a word of its own, marks and the tatweel dropped.
struct ArabicTransliterationTests {
    @Test(arguments: [
        ("الصفوة", "al-sfwa"),
        ("اليمن اليوم", "al-ymn-al-ywm"),
        ("النجاح الإخباري", "al-njah-al-ikhbary"),
        ("صوت العاصمة", "swt-al-aasma"),
        ("خبر", "khbr"),
        // Marks, the tatweel and a direction mark change nothing.
        ("الـصَّفْوَة\u{200F}", "al-sfwa"),
        // Digits, Arabic-Indic or glued, stay digits; Latin letters are lower-cased.
        ("الوجهة ٢٤", "al-wjha-24"),
        ("الرياضة24", "al-ryada24"),
        ("Sky نيوز", "sky-nywz"),
        // Punctuation parts words; a word of «ال» alone is not an article.
        ("صراحة ـ الرياض", "sraha-al-ryad"),
        ("أمد/", "amd"),
        ("ال", "al"),
        // Persian letters.
        ("گزارش", "gzarsh"),
        ("«»", ""),
    ])
    func slug(_ name: String, _ expected: String) {
        #expect(ArabicTransliteration.slug(name) == expected)
    }

    /// Letters that sound alike keep apart where their spellings differ («ث» is not «ت»),
    /// so that two outlets' names rarely meet in one id.
    @Test func lettersKeepTheirSpellings() {
        #expect(ArabicTransliteration.slug("ثورة") != ArabicTransliteration.slug("تورة"))
        #expect(ArabicTransliteration.slug("خليج") != ArabicTransliteration.slug("حليج"))
    }
}
