import Testing

@testable import ArabicText

/// `ProfileMarks` against the profiles asked in turn: the same profiles marked for every word
/// it answers, in every script, and an answer for the Arabic and Latin words.
@Suite struct ProfileMarksTests {
    /// Words of each script: function words, words with and without an opening, long words,
    /// words too short for an opening, a word mixing blocks and one with a combining mark.
    private static let words: [String] = [
        "في", "من", "الذي", "والحكومة", "بالانتخابات", "للمرة", "ال", "الى", "كتاب", "مستشفيات",
        "است", "که", "میں", "ہیں", "لە", "بۆ", "هەروەها", "و", "الْحكومة", "اbc",
        "the", "and", "storm", "élection", "qu", "der", "und", "için", "bir", "governments",
        "на", "после", "је", "ће", "ы", "и", "правительство", "של", "הממשלה",
    ]

    @Test(arguments: LanguageDetector.Script.allCases)
    func marksWhatEachProfileMarks(script: LanguageDetector.Script) {
        let profiles = LanguageProfile.all.filter { $0.script == script }
        let marks = ProfileMarks(profiles)
        var answered = 0
        for text in Self.words {
            let word = LanguageProfile.PreparedWord(Array(ArabicNormalizer.matchKey(text).scalars))
            guard let marked = marks.marked(by: word) else { continue }
            answered += 1
            for (number, profile) in profiles.enumerated() {
                #expect((marked >> number) & 1 == (profile.marks(word) ? 1 : 0), "\(text) \(profile.tag)")
            }
        }
        #expect(answered > 0 || script == .other)
    }

    /// Words of Arabic and Latin letters, which are nearly every word the detector reads, are
    /// answered without asking the profiles.
    @Test func answersArabicAndLatinWords() {
        let cases: [(LanguageDetector.Script, [String])] = [
            (.arabic, ["في", "من", "الذي", "والحكومة", "بالانتخابات", "للمرة", "كتاب", "مستشفيات", "است"]),
            (.latin, ["the", "and", "storm", "der", "governments", "için"]),
        ]
        for (script, words) in cases {
            let marks = ProfileMarks(LanguageProfile.all.filter { $0.script == script })
            for text in words {
                let word = LanguageProfile.PreparedWord(Array(ArabicNormalizer.matchKey(text).scalars))
                #expect(marks.marked(by: word) != nil, "\(text)")
            }
        }
    }

    @Test func theBuiltInMarksAreThoseOfTheirScriptsProfiles() {
        let arabic = ProfileMarks.ofAll[.arabic]
        let word = LanguageProfile.PreparedWord(Array("والحكومه".unicodeScalars))
        #expect(arabic?.marked(by: word) == 1, "the Arabic profile, first of its script, marks «وال…»")
        let persian = LanguageProfile.PreparedWord(Array("است".unicodeScalars))
        #expect(arabic?.marked(by: persian) == 2)
    }
}
