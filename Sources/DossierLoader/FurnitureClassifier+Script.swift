import ArabicText

/// The script a header line is written in, against the lead's.
extension FurnitureClassifier {
    /// Whether `text` has a letter of the Arabic script (Arabic, its supplement and extended
    /// blocks, and the presentation forms a legacy copy may carry).
    static func hasArabicLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { ScalarTraits.isAlphabetic($0) && LanguageDetector.script(of: $0) == .arabic }
    }

    /// Whether a header line at `index` is written in the script of the lead at `lead`: Arabic
    /// letters in both, or in neither. A headline is written in its story's script; a line in
    /// another one over the lead is a widget's or a menu's («Getting your Trinity Audio player
    /// ready...» over an Arabic lead, «الشرق الأوسط» over an English one). True when there is
    /// no lead to compare with.
    static func sharesLeadScript(_ index: Int, _ lines: [TextLine], lead: Int) -> Bool {
        guard lead < lines.count else { return true }
        return hasArabicLetter(lines[index].text) == hasArabicLetter(lines[lead].text)
    }

    /// How many of the first prose lines (`prose`, indices in order) are written in another
    /// script than the story: a notice's or a widget's sentences over it («You need one to
    /// watch live TV on any channel or device … It’s the law.» over an Arabic live page), which
    /// would otherwise be read as its lead, leaving the story under it to pass for another.
    /// The story's script is the one most of the prose's letters are written in; a line's
    /// script is the one most of its own letters are (an Arabic lead may name «BBC»).
    static func foreignScriptOpening(_ lines: [TextLine], prose: [Int]) -> Int {
        let counts = prose.map { letterCounts(lines[$0].text) }
        let storyIsArabic = counts.reduce(0) { $0 + $1.arabic } > counts.reduce(0) { $0 + $1.other }
        let opening = counts.prefix { ($0.arabic > $0.other) != storyIsArabic }.count
        return opening < prose.count ? opening : 0
    }

    /// The letters of `text` in the Arabic script and in any other.
    private static func letterCounts(_ text: String) -> (arabic: Int, other: Int) {
        var counts = (arabic: 0, other: 0)
        // Through the traits' table: this runs over every prose line of every article.
        for scalar in text.unicodeScalars where ScalarTraits.isAlphabetic(scalar) {
            if LanguageDetector.script(of: scalar) == .arabic {
                counts.arabic += 1
            } else {
                counts.other += 1
            }
        }
        return counts
    }
}
