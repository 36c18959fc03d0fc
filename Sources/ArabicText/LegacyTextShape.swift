/// How much a legacy decoding reads like text (docs/arabic-text-engine.md §7.4): random or
/// binary bytes decode in Windows-1256 without an error, as control characters and letters
/// of two scripts jumbled together, which text in that encoding almost never has.
struct LegacyTextShape: Sendable, Hashable {
    /// Below this many characters a text is too short to measure, and passes.
    static let minimumCharacters = 100
    /// The largest share of characters that may be control characters other than tab, line
    /// feed, carriage return and form feed (none in the real pages measured; a tenth of random bytes).
    static let maximumControlShare = 0.01
    /// The largest share of letters that may touch a letter of the other script, an Arabic
    /// letter next to a Latin one (at most 0.24% in the real pages measured, Windows-1256
    /// Arabic text having its Latin words apart; a third or more of random bytes).
    static let maximumMixedShare = 0.05

    /// Characters (one per byte in a legacy encoding).
    let characters: Int
    /// Control characters other than tab, line feed, carriage return and form feed.
    let controls: Int
    /// Letters of the Arabic or the Latin script.
    let letters: Int
    /// Those letters with a letter of the other script before or after them.
    let mixedLetters: Int
    /// The offset of the first control character or mixed letter.
    let firstOddity: Int?

    /// Measures `text`.
    init(_ text: String) {
        let scalars = text.decodedScalars()
        let scripts = scalars.map(Self.script)
        var controls = 0
        var letters = 0
        var mixed = 0
        var first: Int?
        for (index, scalar) in scalars.enumerated() {
            var odd = false
            if Self.isControl(scalar) {
                controls += 1
                odd = true
            } else if let script = scripts[index] {
                letters += 1
                func differs(_ neighbour: Int) -> Bool {
                    scripts.indices.contains(neighbour) && scripts[neighbour].map { $0 != script } == true
                }
                if differs(index - 1) || differs(index + 1) {
                    mixed += 1
                    odd = true
                }
            }
            if odd, first == nil { first = index }
        }
        characters = scalars.count
        self.controls = controls
        self.letters = letters
        mixedLetters = mixed
        firstOddity = first
    }

    /// Why the text does not read as text, or nil when it does (or is too short to tell).
    var problem: String? {
        guard characters >= Self.minimumCharacters else { return nil }
        var reasons: [String] = []
        if Double(controls) > Double(characters) * Self.maximumControlShare {
            reasons.append(
                "\(Self.percent(controls, of: characters)) of its characters are control characters "
                    + "(text has at most \(Self.percent(Self.maximumControlShare)))")
        }
        if Double(mixedLetters) > Double(letters) * Self.maximumMixedShare {
            reasons.append(
                "\(Self.percent(mixedLetters, of: letters)) of its letters touch a letter of another script, "
                    + "Arabic next to Latin (text has at most \(Self.percent(Self.maximumMixedShare)))")
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: ", and ")
    }

    /// The script of a letter, as far as the check goes.
    private enum Script { case arabic, latin }

    /// The script of `scalar` when it is an Arabic or a Latin letter.
    private static func script(_ scalar: Unicode.Scalar) -> Script? {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: break
        default: return nil
        }
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0041...0x024F, 0x1E00...0x1EFF: return .latin
        default: return nil
        }
    }

    /// A control character that text does not hold: C0 but tab, line feed, carriage return and
    /// form feed; DEL; C1.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// `count` of `total` as a whole percentage («11%»).
    private static func percent(_ count: Int, of total: Int) -> String {
        percent(Double(count) / Double(max(total, 1)))
    }

    /// A share as a whole percentage.
    private static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
