/// How Arabic a legacy decoding looks: words with the article «ال» minus wrong-encoding symptoms.
struct LegacyScore: Sendable, Hashable, CustomStringConvertible {
    /// Words starting with (و|ف|ب|ك|ل)?ال.
    let articleWords: Int
    /// Symptoms of the wrong encoding (docs/arabic-text-engine.md §7.3).
    let penalties: Int
    /// `articleWords - 3 * penalties`.
    var total: Int { articleWords - 3 * penalties }

    /// `total (n ال-words, p penalties)`, for the decoder's note.
    var description: String { "\(total) (\(articleWords) ال-words, \(penalties) penalties)" }

    private static let proclitics: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0643}", "\u{0644}"]
    private static let tanwin: ClosedRange<UInt32> = 0x064B...0x064D
    private static let harakat: ClosedRange<UInt32> = 0x064B...0x0652
    /// Latin letters that ISO-8859-6 Arabic turns into when read as Windows-1256.
    private static let latinSymptoms: Set<Unicode.Scalar> = [
        "\u{E0}", "\u{E2}", "\u{E7}", "\u{E8}", "\u{E9}", "\u{EA}", "\u{EB}", "\u{EE}", "\u{EF}",
        "\u{F4}", "\u{F9}", "\u{FB}", "\u{FC}",
    ]

    /// Scores `text` as decoded with `encoding`.
    init(_ text: String, encoding: LegacyArabicEncoding) {
        var words = 0
        var penalties = 0
        for token in text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
            let word = Array(token.drop { Self.isPunctuation($0) })
            if Self.startsWithArticle(word) { words += 1 }
            switch encoding {
            case .iso88596:
                if let first = word.first, Self.harakat.contains(first.value) { penalties += 1 }
                for (mark, next) in zip(word, word.dropFirst())
                where Self.tanwin.contains(mark.value) && Self.isLetter(next) {
                    penalties += 1
                }
            case .windows1256:
                penalties += word.filter { Self.latinSymptoms.contains($0) }.count
            }
        }
        articleWords = words
        self.penalties = penalties
    }

    private static func startsWithArticle(_ word: [Unicode.Scalar]) -> Bool {
        let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]
        if let first = word.first, proclitics.contains(first), word.dropFirst().starts(with: article) {
            return true
        }
        return word.starts(with: article)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherLetter, .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter: true
        default: false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation, .dashPunctuation, .mathSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
