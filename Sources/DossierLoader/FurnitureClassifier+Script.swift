import ArabicText

/// The script a header line is written in, against the lead's.
extension FurnitureClassifier {
    /// Whether `text` has a letter of the Arabic script (Arabic, its supplement and extended
    /// blocks, and the presentation forms a legacy copy may carry).
    static func hasArabicLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic && arabicBlocks.contains { $0.contains(scalar.value) }
        }
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
        var arabic = 0
        var other = 0
        for index in prose {
            let counts = letterCounts(lines[index].text)
            arabic += counts.arabic
            other += counts.other
        }
        let storyIsArabic = arabic > other
        let opening = prose.prefix { index in
            let counts = letterCounts(lines[index].text)
            return (counts.arabic > counts.other) != storyIsArabic
        }
        return opening.count < prose.count ? opening.count : 0
    }

    /// The letters of `text` in the Arabic script and in any other.
    private static func letterCounts(_ text: String) -> (arabic: Int, other: Int) {
        var counts = (arabic: 0, other: 0)
        // Through the traits' table: this runs over every prose line of every article.
        for scalar in text.unicodeScalars where ScalarTraits.isAlphabetic(scalar) {
            if arabicBlocks.contains(where: { $0.contains(scalar.value) }) {
                counts.arabic += 1
            } else {
                counts.other += 1
            }
        }
        return counts
    }

    /// The Unicode blocks of the Arabic script.
    private static let arabicBlocks: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
    ]
}
