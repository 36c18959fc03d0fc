import PropertyBased

/// Generators of hostile text for the fuzz tests: mostly scalars the text engine treats
/// specially (Arabic letters and marks, tatweel, bidi and format controls, line ends, NUL,
/// quotes and YAML punctuation), and some of any other plane-0 scalar.
enum FuzzText {
    /// Scalars chosen for the rules they exercise.
    static let interesting: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x0621...0x063A, 0x0641...0x064A,  // Arabic letters
            0x064B...0x0652, 0x0670...0x0671,  // harakat, dagger alif, wasla
            0x0660...0x0669, 0x06F0...0x06F9,  // Arabic-Indic and Persian digits
            0x0622...0x0626, 0x0640...0x0640,  // hamza forms, tatweel
            0x06A9...0x06A9, 0x06CC...0x06CC, 0x0649...0x0649,  // Persian kaf, yeh, alef maksura
            0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C...0x061C, 0xFEFF...0xFEFF,  // format, bidi, BOM
            // NUL, spaces, line ends
            0x0000...0x0000, 0x0009...0x000D, 0x0020...0x0020, 0x00A0...0x00A0, 0x2028...0x2029,
            0x0030...0x0039, 0x0041...0x005A, 0x0061...0x007A, 0x00C0...0x00FF,  // Latin
            0x0300...0x0301, 0x0327...0x0327,  // combining marks
            0xFB50...0xFB55, 0xFE8D...0xFE94,  // presentation forms
            0xFEF5...0xFEFC, 0xFDF2...0xFDF2, 0x0130...0x0130,  // one scalar, several in the match key
            0x060C...0x060C, 0x061B...0x061B, 0x061F...0x061F, 0x06D4...0x06D4,  // Arabic punctuation
        ]
        let punctuation = Array("-:#\"'{}[]|>&*!%,.?«»“”()`~\\/@=+_".unicodeScalars)
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) } + punctuation
    }()

    /// One scalar: usually an interesting one, sometimes any plane-0 scalar (no surrogates).
    static let scalar = Gen<UInt32>.value(in: 0...0x1_8000).map { value -> Unicode.Scalar in
        if value < 0x1_0000 { return interesting[Int(value) % interesting.count] }
        let plane0 = (value - 0x1_0000) * 2 % 0xF800
        return Unicode.Scalar(plane0 < 0xD800 ? plane0 : plane0 + 0x800) ?? " "
    }

    /// A string of up to `maximum` scalars.
    static func string(upTo maximum: Int) -> Generator<String, some Sequence & SendableMetatype> {
        scalar.array(of: 0...maximum).map { scalars in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
    }

    /// Text made of words of `interesting` Arabic letters separated by spaces and line ends,
    /// so that quotes and paragraphs have something to find.
    static func arabicProse(words: ClosedRange<Int>) -> Generator<String, some Sequence & SendableMetatype> {
        let letters = Array((0x0621...0x064A).compactMap(Unicode.Scalar.init))
        let separators: [String] = [" ", " ", " ", "، ", ". ", "\n", "\n\n", " \u{00A0}"]
        return Gen<Int>.value(in: 0...Int.max).array(of: words).map { seeds in
            var text = ""
            for seed in seeds {
                let length = 1 + seed % 7
                var word = String.UnicodeScalarView()
                for index in 0..<length { word.append(letters[(seed / (index + 3)) % letters.count]) }
                text += String(word) + separators[seed % separators.count]
            }
            return text
        }
    }
}
