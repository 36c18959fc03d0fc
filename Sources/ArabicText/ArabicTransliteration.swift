/// Arabic names written in lower-case ASCII, for ids made from a name that has no Latin form
/// («موقع الصفوة» gives an outlet `al-sfwa`): Arabic never appears in a URL path, and a page
/// crediting its site in Arabic only still gets an outlet page. Letters, not sounds: the short
/// vowels are not written in the name, so they are not in the id; each letter is always spelt
/// the same way, so the same name always gives the same id (docs/arabic-text-engine.md §13).
public enum ArabicTransliteration {
    /// `text` as `[a-z0-9]` words joined by `-`: Arabic and Persian letters by `letters`, the
    /// definite article «ال» opening a word as `al-`, Arabic-Indic digits as ASCII digits, ASCII
    /// letters lower-cased; marks, tatweel and the hamza on the line dropped; anything else
    /// parts words. Empty when nothing is left.
    public static func slug(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        let scalars = Array(text.unicodeScalars.filter { !isSilent($0) })
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let latin = letters[scalar.value] {
                // «ال» opening a word of more than the article: `al` as a word of its own.
                if word.isEmpty, scalar == "\u{0627}", index + 1 < scalars.count, scalars[index] == "\u{0644}",
                    letters[scalars[index + 1].value] != nil
                {
                    words.append("al")
                    index += 1
                    continue
                }
                word += latin
            } else if let digit = digit(scalar) {
                word.append(digit)
            } else if scalar.isASCII, scalar.properties.isAlphabetic {
                word += String(scalar).lowercased()
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }

    /// The ASCII spelling of each Arabic and Persian letter; the hamza on the line (ء) has none.
    static let letters: [UInt32: String] = [
        0x0621: "", 0x0622: "a", 0x0623: "a", 0x0624: "u", 0x0625: "i", 0x0626: "i", 0x0627: "a", 0x0628: "b",
        0x0629: "a", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "h", 0x062E: "kh", 0x062F: "d", 0x0630: "dh",
        0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh", 0x0635: "s", 0x0636: "d", 0x0637: "t", 0x0638: "z",
        0x0639: "a", 0x063A: "gh", 0x0641: "f", 0x0642: "q", 0x0643: "k", 0x0644: "l", 0x0645: "m", 0x0646: "n",
        0x0647: "h", 0x0648: "w", 0x0649: "a", 0x064A: "y", 0x0671: "a", 0x067E: "p", 0x0686: "ch", 0x0698: "zh",
        0x06A4: "v", 0x06A9: "k", 0x06AF: "g", 0x06C0: "a", 0x06C1: "h", 0x06CC: "y", 0x06D2: "y",
    ]

    /// The ASCII digit of an Arabic-Indic or Eastern Arabic-Indic digit, or of an ASCII one.
    private static func digit(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x30...0x39: Character(scalar)
        case 0x0660...0x0669: Character(Unicode.Scalar(scalar.value - 0x0660 + 0x30) ?? "0")
        case 0x06F0...0x06F9: Character(Unicode.Scalar(scalar.value - 0x06F0 + 0x30) ?? "0")
        default: nil
        }
    }

    /// Marks and the tatweel, which belong to the letter before them and part no words.
    private static func isSilent(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{0640}" || (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670
            || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .format
    }
}
