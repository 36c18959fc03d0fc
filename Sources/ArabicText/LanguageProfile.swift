/// A language the detector can recognise: its tag, its script and its most frequent
/// function words (articles, prepositions, pronouns, auxiliaries).
///
/// Function words are short, frequent in every text of the language whatever its subject,
/// and mostly unlike those of the languages sharing the script, so counting them tells
/// languages of one script apart on a paragraph or two.
public struct LanguageProfile: Sendable, Hashable {
    /// The BCP 47 tag.
    public let tag: String
    /// The English name, for messages.
    public let name: String
    public let script: LanguageDetector.Script
    /// Function words as L1 keys (lower case, Arabic folded), so text and table compare alike.
    public let functionWords: Set<String>

    /// Creates a profile; `words` are written naturally and folded here.
    public init(tag: String, name: String, script: LanguageDetector.Script, words: [String]) {
        self.tag = tag
        self.name = name
        self.script = script
        self.functionWords = Set(words.map { ArabicNormalizer.matchKeyString($0) })
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
            ]),
        LanguageProfile(
            tag: "fa", name: "Persian", script: .arabic,
            words: [
                "است", "این", "که", "را", "می", "از", "با", "برای", "های", "شد", "کرد", "یک", "بود", "خود", "نیز",
                "شده", "اند", "اما", "تا", "کند", "گفت", "باید", "شود", "کرده", "آنها",
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
            tag: "de", name: "German", script: .latin,
            words: [
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                "auf", "für", "im", "dem", "auch", "es", "wurde", "hat", "sie", "er", "nach", "bei", "wird", "aus",
            ]),
    ]
}
