/// A cheap test that lets `RelativeDayParser` skip the text of most paragraphs: every relative
/// day it finds has a token that is one of a few cue words («أمس», «اليوم», «غدا», «غد» or a
/// weekday name), so a text whose L1 key contains none of them has no relative day.
///
/// The test reads the L0 scalars once, folding each one as the L1 key does
/// (`ScalarFolding.foldedNonASCII`) and skipping those the key deletes (tatweel, diacritics,
/// format characters), and looks for the cue words in the Arabic letters it gets; it builds
/// neither the key nor tokens. Where that per-scalar fold could differ from the key, it answers
/// "maybe" and leaves the text to the parser: presentation forms (the key takes their NFKC)
/// and the hamza and madda marks U+0653–0655 (NFC composes them with the letter before, and
/// «و» + hamza becomes «ء»). It may say "maybe" wrongly («بغداد» holds «غد»), never "no" wrongly.
enum RelativeDayCues {
    /// A cue word packed into the low bytes of a `UInt64`, one byte per letter (its offset in
    /// the Arabic block U+0600–06FF), the last letter in the lowest byte.
    private struct Needle {
        let pattern: UInt64
        let mask: UInt64
    }

    /// The cue words, each a token every expression of some kind of relative day contains
    /// (`RelativeDayParser`'s tables): a word containing another cue word is left out, since
    /// finding the shorter one suffices («الأمس» holds «امس»). Every cue word is Arabic letters
    /// only and at most eight letters long, to fit one `UInt64`.
    static let words: [String] = {
        let all =
            RelativeDayParser.yesterday.union([RelativeDayParser.today]).union(RelativeDayParser.tomorrow)
            .union(RelativeDayParser.tomorrowNoun).union(RelativeDayParser.weekdays.keys).map(\.text)
        return all.filter { word in !all.contains { $0 != word && word.contains($0) } }.sorted()
    }()

    /// The needles by the Arabic-block offset of their last letter, which is when they are tested.
    private static let needlesByLast: [[Needle]] = {
        var table = [[Needle]](repeating: [], count: 256)
        for word in words {
            let letters = Array(word.unicodeScalars)
            precondition(
                (1...8).contains(letters.count) && letters.allSatisfy { (0x0600...0x06FF).contains($0.value) },
                "a relative-day cue word must be one to eight Arabic letters")
            var pattern: UInt64 = 0
            for letter in letters { pattern = pattern << 8 | UInt64(letter.value - 0x0600) }
            let mask = letters.count == 8 ? UInt64.max : (UInt64(1) << (8 * letters.count)) - 1
            table[Int(letters[letters.count - 1].value - 0x0600)].append(Needle(pattern: pattern, mask: mask))
        }
        return table
    }()

    /// False when the L1 key of `text` certainly contains no cue word, so `text` has no
    /// relative day; true when it may.
    static func mayContain(_ text: String) -> Bool {
        // The last eight letters read, one per byte; a non-Arabic scalar (a space, a Latin
        // letter, a digit) clears it, since cue words are runs of Arabic letters in the key.
        // The scalars are decoded from the UTF-8 bytes (every paragraph is tested).
        text.withDecodedScalars { scalars in
            var window: UInt64 = 0
            for scalar in scalars {
                var value = scalar.value
                if value < 0x80 {
                    window = 0
                    continue
                }
                if let folded = ScalarFolding.foldedNonASCII(value) {
                    // Composing marks are in the deleted range: test for them first.
                    if (0x0653...0x0655).contains(value) { return true }
                    if folded == 0 { continue }
                    value = folded
                } else if (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFC).contains(value) {
                    return true
                }
                guard (0x0600...0x06FF).contains(value) else {
                    window = 0
                    continue
                }
                let letter = Int(value - 0x0600)
                window = window << 8 | UInt64(letter)
                if endsWithCue(window, last: letter) { return true }
            }
            return false
        }
    }

    /// `mayContain(_:)` of a text whose L1 key is `key`, or any string with the same runs of
    /// Arabic letters (that key with its punctuation turned into spaces): the letters are read
    /// off its UTF-8 bytes, with nothing to fold, since the key is folded, and no "maybe".
    static func mayContain(key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            var window: UInt64 = 0
            var index = 0
            while index < bytes.count {
                // U+0600–06FF is written D8 80 to DB BF; any other byte ends a run of letters.
                let lead = bytes[index]
                guard (0xD8...0xDB).contains(lead), index + 1 < bytes.count else {
                    window = 0
                    index += 1
                    continue
                }
                let letter = Int(lead & 0x03) << 6 | Int(bytes[index + 1] & 0x3F)
                window = window << 8 | UInt64(letter)
                if endsWithCue(window, last: letter) { return true }
                index += 2
            }
            return false
        }
    }

    /// Whether the letters read, the last one `last` in the lowest byte of `window`, end with
    /// a cue word.
    @inline(__always)
    private static func endsWithCue(_ window: UInt64, last: Int) -> Bool {
        needlesByLast[last].contains { window & $0.mask == $0.pattern }
    }
}
