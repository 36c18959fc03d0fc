/// Guesses the language of an article from its script and its function words.
///
/// First the script most letters are written in; then, among the languages of that script
/// (`LanguageProfile.all`), the one whose function words (and marking prefixes) cover most
/// of the words. Too little
/// text, no dominant script, a script without profiles, or no clear winner gives `und`: a
/// wrong tag mis-renders the text (direction, fonts), so the detector says when it does not know.
public enum LanguageDetector {
    /// The writing systems the detector counts letters in.
    public enum Script: String, Sendable, Hashable, CaseIterable {
        case arabic = "Arabic"
        case latin = "Latin"
        case cyrillic = "Cyrillic"
        case greek = "Greek"
        case hebrew = "Hebrew"
        case other = "another script"

        /// The position of the script in `allCases`, for counting in an array.
        var index: Int {
            switch self {
            case .arabic: 0
            case .latin: 1
            case .cyrillic: 2
            case .greek: 3
            case .hebrew: 4
            case .other: 5
            }
        }
    }

    /// The BCP 47 tag for an undetermined language.
    public static let undetermined = "und"
    /// Fewer letters than this (a caption, a name) say nothing reliable.
    static let minimumLetters = 20
    /// The dominant script must hold this share of the letters; below it the text is bilingual.
    static let dominantShare = 0.6
    /// The winning language's function words must be at least this share of the words...
    static let minimumCoverage = 0.08
    /// ...and at least this many...
    static let minimumHits = 2
    /// ...and this many times the runner-up's count (languages of one script share some words).
    static let margin = 1.5

    /// The language of `text` (any level; it is folded to L1 here).
    public static func detect(_ text: String, profiles: [LanguageProfile] = LanguageProfile.all) -> LanguageGuess {
        detect(letters: letterCounts(of: [text]), profiles: profiles) { script, body in
            forEachWord(of: text, script: script, body)
        }
    }

    /// The language of `texts` taken together, as if joined by line breaks, whose words are
    /// read from `wordKeys`, one for each text: its L1 key (`ArabicNormalizer.matchKey`), or
    /// any string with the same runs of letters, such as that key with its punctuation turned
    /// into spaces. For text already normalised, which is then not normalised again.
    public static func detect(
        _ texts: [String], wordKeys: [String], profiles: [LanguageProfile] = LanguageProfile.all
    ) -> LanguageGuess {
        precondition(texts.count == wordKeys.count, "one word key for each text")
        return detect(letters: letterCounts(of: texts), profiles: profiles) { script, body in
            var words = WordRuns(wanted: script)
            for key in wordKeys {
                key.withDecodedScalars { words.add($0, body) }
                words.flush(body)
            }
        }
    }

    /// How many letters of each script `texts` have, by `Script.index`.
    private static func letterCounts(of texts: [String]) -> [Int] {
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        for text in texts {
            text.withDecodedScalars { scalars in
                for scalar in scalars where ScalarTraits.isAlphabetic(scalar) { counts[script(of: scalar).index] += 1 }
            }
        }
        return counts
    }

    /// The language of a text with `counts` letters of each script, whose L1 words of a script
    /// `forEachWord` hands to its second argument, one by one.
    private static func detect(
        letters counts: [Int], profiles: [LanguageProfile],
        forEachWord: (Script, ([Unicode.Scalar]) -> Void) -> Void
    ) -> LanguageGuess {
        // Counted in an array by script, the scripts with letters then kept in a dictionary.
        var letters: [Script: Int] = [:]
        for script in Script.allCases where counts[script.index] > 0 { letters[script] = counts[script.index] }
        let total = letters.values.reduce(0, +)
        guard total >= minimumLetters else {
            return LanguageGuess(
                tag: undetermined, script: nil, evidence: "only \(total) letters: too little text to tell the language")
        }
        let (dominant, count) = letters.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) } ?? (.other, 0)
        let share = Double(count) / Double(total)
        guard share >= dominantShare else {
            return LanguageGuess(
                tag: undetermined, script: nil,
                evidence: "mixed scripts: \(describe(letters, total: total)); no script holds \(percent(dominantShare))"
            )
        }
        let scriptText = "\(dominant.rawValue) script (\(percent(share)) of letters)"
        let candidates = profiles.filter { $0.script == dominant }
        guard !candidates.isEmpty else {
            return LanguageGuess(
                tag: undetermined, script: dominant.rawValue,
                evidence: "\(scriptText): no language of this script is known to the detector")
        }
        // Counted word by word: a list of the words of a long article would cost more than the article.
        var wordCount = 0
        var hits = [Int](repeating: 0, count: candidates.count)
        var foreignWords = [Int](repeating: 0, count: candidates.count)
        let checksLetters = candidates.contains { !$0.foreignLetters.isEmpty }
        // The built-in profiles' marks are made once (an array equal to `all` is first compared
        // by identity, at no cost).
        let marks =
            (profiles == LanguageProfile.all ? ProfileMarks.ofAll[dominant] : nil) ?? ProfileMarks(candidates)
        // Each word is prepared once, and the profiles are read in place through a buffer:
        // read from the array, a profile was copied for each word and language (four of the
        // Arabic script), 5% of a build.
        candidates.withUnsafeBufferPointer { profiles in
            forEachWord(dominant) { scalars in
                wordCount += 1
                let word = LanguageProfile.PreparedWord(scalars)
                if var marked = marks.marked(by: word) {
                    while marked != 0 {
                        hits[marked.trailingZeroBitCount] += 1
                        marked &= marked - 1
                    }
                } else {
                    for index in profiles.indices where profiles[index].marks(word) { hits[index] += 1 }
                }
                guard checksLetters else { return }
                for index in profiles.indices where profiles[index].isForeign(scalars: scalars) {
                    foreignWords[index] += 1
                }
            }
        }
        let ruledOut = Set(candidates.indices.filter { isRuledOut(foreignWords: foreignWords[$0], of: wordCount) })
        let ruledOutText =
            ruledOut.isEmpty
            ? ""
            : "; ruled out by letters they do not write: "
                + ruledOut.sorted().map { candidates[$0].name }.joined(separator: ", ")
        let scored = candidates.indices.filter { !ruledOut.contains($0) }
            .map { (profile: candidates[$0], hits: hits[$0]) }.sorted { $0.hits > $1.hits }
        guard let best = scored.first else {
            return LanguageGuess(
                tag: undetermined, script: dominant.rawValue,
                evidence: "\(scriptText)\(ruledOutText): no language of this script is known to the detector")
        }
        let runnerUp = scored.count > 1 ? scored[1] : nil
        let coverage = wordCount == 0 ? 0 : Double(best.hits) / Double(wordCount)
        var evidence = "\(scriptText); \(best.hits) of \(wordCount) words are \(best.profile.name) function words"
        if let runnerUp { evidence += ", \(runnerUp.hits) \(runnerUp.profile.name)" }
        evidence += ruledOutText
        let clear = Double(best.hits) >= margin * Double(runnerUp?.hits ?? 0)
        guard best.hits >= minimumHits, coverage >= minimumCoverage, clear else {
            return LanguageGuess(tag: undetermined, script: dominant.rawValue, evidence: evidence + ": no clear winner")
        }
        return LanguageGuess(tag: best.profile.tag, script: dominant.rawValue, evidence: evidence)
    }

    /// A language is ruled out when at least three words, and this share of the words, have
    /// a letter it does not write («ы» in five words of a Russian story of 67 rules Bulgarian
    /// out); a foreign name in a story («Јован Петровић») does not.
    static let foreignShare = 0.05

    private static func isRuledOut(foreignWords: Int, of wordCount: Int) -> Bool {
        foreignWords >= 3 && Double(foreignWords) >= foreignShare * Double(wordCount)
    }

    /// The script of one letter, by Unicode block (Arabic: the Arabic block, its supplement and
    /// extended blocks, and the presentation forms a legacy copy may carry).
    @inlinable
    public static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x590...0x5FF, 0xFB1D...0xFB4F: return .hebrew
        default: return .other
        }
    }

    /// Calls `body` with the scalars of each L1 word of `text` written in `script`, in order; an
    /// apostrophe ends a word, so French elisions («l'élection», «qu'il») count their article
    /// or conjunction. The key is made a piece at a time (`TextChunks`, whose cuts fall on
    /// punctuation, never inside a word), not for the whole text at once; the word is lent to
    /// `body` in a buffer that is reused, and becomes a `String` only if `body` needs one.
    static func forEachWord(of text: String, script wanted: Script, _ body: ([Unicode.Scalar]) -> Void) {
        // One state, changed once a piece: variables the closure captured were checked for
        // exclusive access at every scalar (a fifth of the detector's time).
        var words = WordRuns(wanted: wanted)
        TextChunks.forEach(in: text) { piece, _ in
            words.add(ArabicNormalizer.matchKey(piece).scalars, body)
        }
        words.flush(body)
    }

    /// The runs of letters of a text, fed piece by piece, for `forEachWord`.
    private struct WordRuns {
        let wanted: Script
        var current: [Unicode.Scalar] = []
        var currentIsWanted = false

        /// Splits `scalars` (a piece's L1 key), calling `body` with each finished run of
        /// letters of the wanted script.
        mutating func add(_ scalars: some Sequence<Unicode.Scalar>, _ body: ([Unicode.Scalar]) -> Void) {
            for scalar in scalars {
                if ScalarTraits.isAlphabetic(scalar) {
                    let belongs = LanguageDetector.script(of: scalar) == wanted
                    if !current.isEmpty, belongs != currentIsWanted { flush(body) }
                    currentIsWanted = belongs
                    current.append(scalar)
                } else {
                    flush(body)
                }
            }
        }

        /// Ends the current run, calling `body` with it when it is of the wanted script.
        mutating func flush(_ body: ([Unicode.Scalar]) -> Void) {
            if !current.isEmpty, currentIsWanted { body(current) }
            current.removeAll(keepingCapacity: true)
            currentIsWanted = false
        }
    }

    private static func describe(_ letters: [Script: Int], total: Int) -> String {
        letters.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
            .map { "\(percent(Double($0.value) / Double(total))) \($0.key.rawValue)" }
            .joined(separator: ", ")
    }

    private static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
