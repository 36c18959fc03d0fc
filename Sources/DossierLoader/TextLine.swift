import ArabicText

/// One paragraph candidate of an article: a line (or a hard-wrapped block joined into one)
/// with the measures the furniture classifier needs.
struct TextLine: Sendable, Hashable {
    /// L0 text, trimmed of whitespace (NBSP included).
    let text: String
    /// 1-based line in the source file.
    let line: Int
    /// Index of the blank-line-separated block it came from.
    let block: Int
    /// L1 key with punctuation dropped and spaces collapsed: what word lists compare against.
    let key: String
    /// Number of whitespace-separated words.
    let wordCount: Int
    /// A short line that opens with a sentence of prose and has more glued after it
    /// (`GluedTail`): a paragraph, though it does not end like one.
    let hasGluedTail: Bool

    init(text: String, line: Int, block: Int) {
        self.text = text
        self.line = line
        self.block = block
        (key, wordCount) = TextLine.wordKeyAndCount(matchKey: ArabicNormalizer.matchKey(text).scalars)
        // A line of 25 words or more is prose whatever its ending.
        self.hasGluedTail = wordCount < 25 && GluedTail.opensWithProse(text)
    }

    /// L2 content tokens (stop words and short tokens dropped), for lexical overlap; keyed by
    /// their bytes, as the classifier counts and intersects them in sets (they are NFC). Made
    /// at each call, not kept: the classifier compares the words of the page's header, its lead
    /// and the sections under a headline, and most lines of most articles are none of those.
    var tokens: [TokenText] {
        ContentTokens.tokens(ofMatchKey: ArabicNormalizer.matchKey(text).scalars).map(TokenText.init)
    }

    /// L1, lower-cased, with everything but letters, digits and `©` turned into single spaces.
    static func wordKey(_ text: String) -> String {
        wordKey(matchKey: ArabicNormalizer.matchKey(text).scalars)
    }

    /// `wordKey(_:)` of a text whose L1 key (`ArabicNormalizer.matchKey`) is `matchKey`.
    static func wordKey(matchKey: [Unicode.Scalar]) -> String {
        wordKeyAndCount(matchKey: matchKey).key
    }

    /// `wordKey(matchKey:)` and its `wordCount(ofKey:)`, made in one walk: the words are
    /// counted as the spaces between them are put in.
    static func wordKeyAndCount(matchKey: [Unicode.Scalar]) -> (key: String, wordCount: Int) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(matchKey.count)
        var pendingSpace = false
        var spaces = 0
        var allSingle = true
        for scalar in matchKey {
            if ScalarTraits.isAlphabetic(scalar) || ScalarTraits.isNumeric(scalar) || scalar == "©" {
                if pendingSpace, !out.isEmpty {
                    out.append(" ")
                    spaces += 1
                }
                pendingSpace = false
                allSingle = allSingle && SingleScalarGraphemes.contains(scalar)
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        let key = String(scalars: out)
        // A mark after a space joins it into one character, which `split` does not cut at.
        guard allSingle else { return (key, key.split(separator: " ").count) }
        return (key, out.isEmpty ? 0 : spaces + 1)
    }

    /// The number of space-separated words of a word key, `key.split(separator: " ").count`,
    /// counted on scalars when every scalar is a character of its own (a word key has no
    /// leading, trailing or double space).
    static func wordCount(ofKey key: String) -> Int {
        let spaces = key.withDecodedScalars { scalars -> Int? in
            var spaces = 0
            for scalar in scalars {
                guard SingleScalarGraphemes.contains(scalar) else { return nil }
                if scalar == " " { spaces += 1 }
            }
            return spaces
        }
        guard let spaces else { return key.split(separator: " ").count }
        return key.isEmpty ? 0 : spaces + 1
    }

    /// The last non-space scalar.
    var lastScalar: Unicode.Scalar? {
        text.unicodeScalars.last { !ScalarTraits.isWhitespace($0) }
    }

    /// Closing quotes and brackets, which may follow the end of a sentence.
    static let closers: Set<Unicode.Scalar> = ["»", "”", "\"", ")", "'", "’"]
    private static let terminals: Set<Unicode.Scalar> = [".", "؟", "?", "!", "…", "۔"]

    /// The last scalar that is neither a space nor a closing quote or bracket: the mark a
    /// sentence ends with, when the line ends one.
    var finalMark: Unicode.Scalar? {
        text.unicodeScalars.last { !ScalarTraits.isWhitespace($0) && !Self.closers.contains($0) }
    }

    /// Ends with an ellipsis, `…` or two dots or more, before any closing quote.
    var trailsOff: Bool {
        let marks = text.unicodeScalars.reversed().lazy.filter {
            !ScalarTraits.isWhitespace($0) && !Self.closers.contains($0)
        }
        guard let last = marks.first else { return false }
        return last == "…" || (last == "." && marks.dropFirst().first == ".")
    }

    /// Ends like a sentence: `.`, `؟`, `?`, `!`, `…`, or one of those before a closing quote.
    var endsSentence: Bool { finalMark.map(Self.terminals.contains) ?? false }

    /// Running prose: a sentence of some length, a long line whatever its ending, or a line of
    /// some length opening like a continuation of the story (the last paragraph of a copy is
    /// often cut mid-sentence). A short question or exclamation («… ما سر العلاقة؟», «…
    /// هجمات سريلانكا!») is a headline more often than a paragraph, and so is a line that
    /// trails off in dots («… من أجل عيون ذرع البطولة ..», a teaser's «…»): the story's
    /// paragraphs that end so run long.
    var isProse: Bool {
        guard let mark = finalMark, Self.terminals.contains(mark), !trailsOff else {
            return wordCount >= 25 || (wordCount >= 8 && opensLikeContinuation)
        }
        return wordCount >= (mark == "؟" || mark == "?" || mark == "!" ? 16 : 6)
    }

    /// Reads as a paragraph of the story: prose, or prose with a headline, caption or label
    /// glued to its end. `isProse` alone judges the line's own shape, as the word-list checks
    /// of bylines and menus need.
    var isParagraph: Bool { isProse || hasGluedTail }

    /// The marks that bullet a list's items.
    static let bullets: Set<Unicode.Scalar> = ["-", "–", "—", "•", "*", "·", "▪", "●", "◦"]

    /// A bullet alone on its line, with no item after it on the line («-», «•»): a copy set
    /// the list's mark on a line of its own.
    var isLoneBullet: Bool {
        let scalars = text.unicodeScalars.filter { !ScalarTraits.isWhitespace($0) }
        return scalars.count == 1 && Self.bullets.contains(scalars[scalars.startIndex])
    }

    /// A bulleted or numbered item: `-`, `–`, `•`, `*`, `·`, `▪` or `1.`, `2)`, `٣-` and a space;
    /// a link's arrows (`>>`, `»»`, or one and a space); or a line of Arabic ending with a space
    /// and a bullet, the item of a right-to-left list whose bullet a copy puts after the text
    /// («أمطار غزيرة في الرستاق -»).
    var isListItem: Bool {
        let scalars = Array(text.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return false }
        let bullets = Self.bullets
        // «>>Tunisie : le flux …», «» عنوان»: a link's arrows, against the word or not.
        if first == ">" || first == "»", scalars.count > 2 {
            let arrows = scalars.prefix { $0 == ">" || $0 == "»" }
            if arrows.count >= 2 || (arrows.count == 1 && scalars[1].properties.isWhitespace) {
                return scalars.count > arrows.count
            }
        }
        // «- بند» or, as Arabic pages often type a highlight, «-بند»: the dash against the word.
        if bullets.contains(first) {
            return scalars.count > 1
                && (scalars[1].properties.isWhitespace
                    || (first == "-" && (0x0621...0x064A).contains(scalars[1].value)))
        }
        let tail = Array(text.unicodeScalars.suffix(2))
        if tail.count == 2, tail[0].properties.isWhitespace, bullets.contains(tail[1]),
            first.properties.isAlphabetic, !first.isASCII
        {
            return true
        }
        let digits = scalars.prefix { $0.properties.numericType == .decimal }
        guard !digits.isEmpty, digits.count <= 2, digits.count + 1 < scalars.count else { return false }
        let marker = scalars[digits.count]
        return (marker == "." || marker == ")" || marker == "-") && scalars[digits.count + 1].properties.isWhitespace
    }

    /// A turn of an interview as papers print them: a question or an answer opening with one
    /// or two asterisks («* ما هي المناطق الآمنة؟», «** المحافظة …») or with «س:» / «ج:».
    var isInterviewTurn: Bool {
        let scalars = Array(text.unicodeScalars.prefix(4))
        let stars = scalars.prefix { $0 == "*" }.count
        if (1...2).contains(stars) { return scalars.count > stars && scalars[stars].properties.isWhitespace }
        let head = String(String.UnicodeScalarView(scalars.prefix(2)))
        return head == "س:" || head == "ج:"
    }

    /// Opens with a conjunction or reporting verb that continues a story («وقال», «ومن المتوقع»).
    /// «والي» as written is the governor («والي البحر الأحمر يستقبل …», a Sudanese or Algerian
    /// headline), though its key is that of «وإلى».
    var opensLikeContinuation: Bool {
        guard !text.hasPrefix("والي ") else { return false }
        return FurnitureLexicon.continuationOpeners.contains { LexicalFurniture.hasWordPrefix(key, $0) }
    }

    /// Opens with the conjunction «و» on a word of three letters or more («وغرقت», «وتسببت»), not
    /// with one of the nouns whose own first letter is «و» that open headlines
    /// (`FurnitureLexicon.wawNouns`: «وزير», «وفد», «واشنطن»).
    var opensWithConjunction: Bool {
        guard let first = key.split(separator: " ").first, first.hasPrefix("و") else { return false }
        let word = first.dropFirst()
        return word.count >= 3 && !FurnitureLexicon.wawNouns.contains(String(first))
    }

    /// Ends with `؟` or `?`, possibly before a closing quote.
    var endsWithQuestion: Bool { finalMark == "؟" || finalMark == "?" }

    /// Short and without a sentence ending: a headline, subheading, caption or menu item.
    var isHeadlineLike: Bool {
        wordCount >= 1 && wordCount <= 24 && !isParagraph && lastScalar != ":"
    }
}
