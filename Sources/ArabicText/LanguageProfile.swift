import Foundation

/// A language the detector can recognise: its tag, its script, its most frequent function
/// words (articles, prepositions, pronouns, auxiliaries) and the word openings that mark it.
///
/// Function words are short, frequent in every text of the language whatever its subject,
/// and mostly unlike those of the languages sharing the script, so counting them tells
/// languages of one script apart on a paragraph or two. Arabic writes most of its function
/// words as clitics («والحكومة», «بالانتخابات»), so its article with the proclitics before it
/// counts too: a news sentence may have few free function words but always several «ال».
public struct LanguageProfile: Sendable, Hashable {
    /// The BCP 47 tag.
    public let tag: String
    /// The English name, for messages.
    public let name: String
    public let script: LanguageDetector.Script
    /// Function words as L1 keys (lower case, Arabic folded), so text and table compare alike.
    public let functionWords: Set<String>
    /// Word openings (L1) that count a word as the language's, when the word is longer.
    public let prefixes: [String]
    /// `functionWords` as NFC scalars, for `marks(scalars:)`.
    let functionWordScalars: Set<[Unicode.Scalar]>
    /// The words of `functionWordScalars` that `packed(_:)` packs, packed: a word of a text is
    /// looked up as one integer, not hashed scalar by scalar.
    let packedFunctionWords: PackedWordTable
    /// The most scalars a function word has: a longer word is none, without hashing it.
    let longestFunctionWord: Int
    /// Letters (L1, lower case) of the script that the language does not write: a text with
    /// words holding them is not in this language however many function words it shares
    /// with it (Serbian «је», «ће» against Russian, which shares «на» and «после»).
    public let foreignLetters: Set<Unicode.Scalar>
    /// `prefixes` as scalars, for `marks(scalars:)`; nil if one of them has a scalar that is
    /// not a character of its own.
    let prefixScalars: [[Unicode.Scalar]]?

    /// Creates a profile; `words`, `prefixes` and `foreignLetters` are written naturally and
    /// folded here.
    public init(
        tag: String, name: String, script: LanguageDetector.Script, words: [String], prefixes: [String] = [],
        foreignLetters: String = ""
    ) {
        self.tag = tag
        self.foreignLetters = Set(ArabicNormalizer.matchKeyString(foreignLetters).unicodeScalars)
        self.name = name
        self.script = script
        self.functionWords = Set(words.map { ArabicNormalizer.matchKeyString($0) })
        self.prefixes = prefixes.map { ArabicNormalizer.matchKeyString($0) }
        self.functionWordScalars = Set(
            functionWords.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) })
        self.packedFunctionWords = PackedWordTable(functionWordScalars.compactMap(Self.packed))
        self.longestFunctionWord = functionWordScalars.map(\.count).max() ?? 0
        let prefixScalars = self.prefixes.map { Array($0.unicodeScalars) }
        self.prefixScalars = prefixScalars.allSatisfy(SingleScalarGraphemes.allSingle) ? prefixScalars : nil
    }

    /// True when `word` (L1) is one of the function words, or opens with a marking prefix
    /// and has at least two letters after it.
    public func marks(_ word: String) -> Bool {
        if functionWords.contains(word) { return true }
        let length = word.unicodeScalars.count
        return prefixes.contains { word.hasPrefix($0) && length >= $0.unicodeScalars.count + 2 }
    }

    /// True when `word` (L1 scalars) has a letter the language does not write.
    public func isForeign(scalars word: [Unicode.Scalar]) -> Bool {
        !foreignLetters.isEmpty && word.contains(where: foreignLetters.contains)
    }

    /// `marks(_:)` of the word made of `scalars`.
    public func marks(scalars word: [Unicode.Scalar]) -> Bool {
        marks(PreparedWord(word))
    }

    /// `marks(_:)` of a word, compared on its scalars when each is a character of its own
    /// (`SingleScalarGraphemes`), so the word is NFC and its characters are its scalars; any
    /// other word is made a `String` and compared as one. Inlined into the detector's loop,
    /// which reads the profiles in place: called, it was handed a copy of the whole profile.
    @inline(__always)
    public func marks(_ prepared: PreparedWord) -> Bool {
        let word = prepared.scalars
        guard let prefixScalars, prepared.isSingleScalars else {
            return marks(String(String.UnicodeScalarView(word)))
        }
        if word.count <= longestFunctionWord {
            // Words are equal only if both pack or neither does.
            if let key = prepared.packed {
                if packedFunctionWords.contains(key) { return true }
            } else if functionWordScalars.contains(word) {
                return true
            }
        }
        return prefixScalars.contains { word.count >= $0.count + 2 && word.starts(with: $0) }
    }

    /// A word of a text (its L1 scalars) made ready once for every profile's `marks(_:)`: the
    /// detector asks each language of the script about each word.
    public struct PreparedWord {
        public let scalars: [Unicode.Scalar]
        /// Whether each scalar is a character of its own.
        let isSingleScalars: Bool
        /// The word as one integer (`packed(_:)`), when its characters are its scalars and it packs.
        let packed: UInt64?

        public init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            isSingleScalars = SingleScalarGraphemes.allSingle(scalars)
            packed = isSingleScalars ? LanguageProfile.packed(scalars) : nil
        }
    }

    /// A word of one to six scalars of one block of 256 (every letter of a word of Arabic, of
    /// English, of most French) as one integer: its length in the top 3 bits, the block in the
    /// next 13, then the low byte of each scalar. Nil for any other word.
    static func packed(_ word: [Unicode.Scalar]) -> UInt64? {
        guard let first = word.first, word.count <= 6 else { return nil }
        let block = first.value >> 8
        var bytes: UInt64 = 0
        for scalar in word {
            guard scalar.value >> 8 == block else { return nil }
            bytes = bytes << 8 | UInt64(scalar.value & 0xFF)
        }
        return UInt64(word.count) << 61 | UInt64(block) << 48 | bytes
    }

    /// The languages recognised, Arabic first.
    public static let all: [LanguageProfile] = [
        LanguageProfile(
            tag: "ar", name: "Arabic", script: .arabic,
            words: [
                "في", "من", "على", "إلى", "عن", "أن", "إن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك",
                "مع", "كان", "كانت", "قد", "لقد", "لا", "ما", "بعد", "قبل", "حيث", "كما", "قال", "وقال", "بين", "أو",
                "ثم", "لم", "لن", "عند", "كل", "وفي", "ومن", "وأن", "وهو", "وهي", "هو", "هي", "خلال", "حتى", "منذ",
                "أي", "إذا", "لكن", "ولكن", "أنه", "إنه", "فيه", "عليه", "إلا", "غير", "أيضا", "أمس", "اليوم",
            ],
            prefixes: ["ال", "وال", "بال", "فال", "كال", "لل", "ولل"]),
        LanguageProfile(
            tag: "fa", name: "Persian", script: .arabic,
            words: [
                "است", "این", "که", "را", "می", "از", "با", "برای", "های", "شد", "کرد", "یک", "بود", "خود", "نیز",
                "شده", "اند", "اما", "تا", "کند", "گفت", "باید", "شود", "کرده", "آنها",
            ]),
        // Urdu and Sorani Kurdish share the script with Arabic and Persian. Words whose key
        // is an Arabic or Persian function word are left out: «ہے» and «ہو» fold to «هي» and
        // «هو», «کہ» and Sorani «کە» to Persian «که»; Sorani «و», «بە» and «کرد» are Persian too.
        LanguageProfile(
            tag: "ur", name: "Urdu", script: .arabic,
            words: [
                "کے", "کی", "کا", "میں", "اور", "سے", "کو", "نے", "ہیں", "یہ", "وہ", "تھا", "تھی", "تھے", "گیا",
                "گئی", "گئے", "کیا", "بھی", "لیے", "لئے", "ایک", "کر", "ساتھ", "کہا", "نہیں", "پر",
            ]),
        LanguageProfile(
            tag: "ckb", name: "Sorani Kurdish", script: .arabic,
            words: [
                "لە", "بۆ", "ئەو", "ئەم", "لەگەڵ", "هەموو", "دوای", "پێش", "هەروەها", "یان", "بوو", "نییە", "دەکات",
                "دەڵێت", "کراوە", "ئێستا", "لێ", "پێ", "بەڵام", "چونکە", "ئەوەی", "ئەمڕۆ", "کەرتی", "هەرێمی",
            ]),
        LanguageProfile(
            tag: "en", name: "English", script: .latin,
            words: [
                "the", "of", "and", "to", "in", "is", "was", "that", "for", "with", "as", "by", "at", "from", "his",
                "he", "it", "an", "be", "has", "have", "are", "were", "said", "which", "this", "who", "after", "will",
                "its", "their", "not", "but", "or", "had", "been", "they", "would", "she", "her", "also", "than",
            ]),
        LanguageProfile(
            tag: "fr", name: "French", script: .latin,
            words: [
                "le", "la", "les", "de", "des", "du", "et", "est", "que", "qui", "dans", "pour", "par", "sur", "au",
                "aux", "pas", "ce", "cette", "il", "elle", "ont", "sont", "été", "avec", "se", "son", "sa", "ses",
                "plus", "l", "d", "qu", "n", "c", "un", "une", "a", "ne", "nous", "mais", "ou", "lors", "après", "en",
            ]),
        LanguageProfile(
            tag: "es", name: "Spanish", script: .latin,
            words: [
                "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por", "con", "para",
                "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "han", "tras",
            ]),
        LanguageProfile(
            tag: "pt", name: "Portuguese", script: .latin,
            words: [
                "o", "os", "as", "de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas", "um", "uma", "que",
                "com", "para", "por", "pelo", "pela", "foi", "são", "não", "mais", "ao", "à", "seu", "sua", "e",
            ]),
        LanguageProfile(
            tag: "it", name: "Italian", script: .latin,
            words: [
                "il", "lo", "gli", "di", "del", "della", "dei", "delle", "che", "e", "è", "per", "con", "un", "una",
                "non", "sono", "nel", "nella", "alla", "al", "ha", "anche", "come", "più", "ma", "si", "da",
            ]),
        LanguageProfile(
            tag: "de", name: "German", script: .latin,
            words: [
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                "auf", "für", "im", "dem", "auch", "es", "wurde", "hat", "sie", "er", "nach", "bei", "wird", "aus",
            ]),
        // Turkish without the short words other Latin languages have («de», «da», «o», «en»,
        // «her», «ne», «mi», «ya»).
        LanguageProfile(
            tag: "tr", name: "Turkish", script: .latin,
            words: [
                "ve", "bir", "bu", "için", "ile", "olarak", "olan", "gibi", "daha", "çok", "ki", "ama", "ancak",
                "kadar", "sonra", "ise", "değil", "şu", "veya", "üzere", "göre", "tarafından", "oldu", "olduğu",
                "etti", "dedi", "ayrıca", "bugün", "yeni", "ilk", "yılında", "arasında",
            ]),
        // Three Cyrillic languages, so that one is not taken for another: they share «и»,
        // «на», «не», «в», «за», «до», and the distinct words and letters decide. Serbian and
        // Macedonian («ј», «ћ», «џ», …) and Belarusian («ў») are none of them.
        LanguageProfile(
            tag: "ru", name: "Russian", script: .cyrillic,
            words: [
                "и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "она", "они", "для", "о", "его",
                "от", "к", "также", "был", "была", "были", "который", "которые", "которая", "после", "уже", "году",
                "заявил", "так", "будет", "может",
            ],
            foreignLetters: "іїєґўјљњћђџќѓѕ"),
        LanguageProfile(
            tag: "uk", name: "Ukrainian", script: .cyrillic,
            words: [
                "і", "й", "та", "що", "не", "на", "в", "у", "з", "до", "для", "це", "як", "який", "яка", "які",
                "також", "після", "від", "його", "він", "вона", "вони", "був", "була", "було", "буде", "або",
                "але", "про", "році", "заявив",
            ],
            foreignLetters: "ыэъёўјљњћђџќѓѕ"),
        LanguageProfile(
            tag: "bg", name: "Bulgarian", script: .cyrillic,
            words: [
                "и", "на", "в", "за", "от", "да", "се", "е", "не", "че", "с", "по", "са", "като", "това", "който",
                "която", "които", "ще", "след", "към", "беше", "също", "тя", "той", "те", "бъде",
            ],
            foreignLetters: "ыэёіїєґўјљњћђџќѓѕ"),
        LanguageProfile(
            tag: "he", name: "Hebrew", script: .hebrew,
            words: [
                "של", "את", "על", "עם", "כי", "לא", "גם", "הוא", "היא", "זה", "זו", "אל", "כל", "אשר", "או", "יותר",
                "אבל", "היום", "אמר", "אמרה", "בין", "לפי", "אחרי", "כך", "יש", "אין", "היה", "הייתה", "מאוד", "רק",
                "עוד", "כדי",
            ]),
    ]
}
