import ArabicText
import Testing

/// Language detection on short news texts written for these tests (other stories than the
/// seeds), in the languages the detector knows and in some it must not claim.
@Suite("Language detection")
struct LanguageDetectorTests {
    /// Each sample: its name, the tag it must get, and the text.
    static let samples: [(String, String, String)] = [
        (
            "Arabic news lead", "ar",
            "أعلنت وزارة الصحة في تونس اليوم عن حملة تلقيح جديدة تستهدف الأطفال في المدارس الابتدائية، وقال المتحدث باسم الوزارة إن الحملة ستستمر حتى نهاية الشهر."
        ),
        (
            "Arabic with Latin names", "ar",
            "قالت شركة Apple إن جهاز iPhone الجديد سيطرح في الأسواق خلال أسابيع، بينما أكدت Samsung أنها ستخفض أسعار هواتفها في أوروبا."
        ),
        (
            "Arabic with Arabic-Indic digits", "ar",
            "ارتفع سعر صرف الدولار إلى ٥٠ جنيها في السوق الموازية، وهو أعلى مستوى منذ ٢٠٢٣ بحسب تجار في القاهرة."
        ),
        (
            "English wire story", "en",
            "The central bank raised its main interest rate by half a point on Tuesday, saying inflation had been higher than expected for three months in a row."
        ),
        (
            "English with an Arabic quote", "en",
            "Protesters in Algiers chanted «ارحلوا» as they marched towards the parliament, where lawmakers were debating the new budget for the coming year."
        ),
        (
            "English headline and lead", "en",
            "Floods cut roads in northern Morocco\nHeavy rain has flooded villages in the Rif mountains, and the army was sent to help families who lost their homes."
        ),
        (
            "French news lead", "fr",
            "Le gouvernement a présenté mercredi un projet de loi sur l'énergie qui prévoit la construction de six nouveaux réacteurs d'ici à 2040, selon le ministre."
        ),
        (
            "French without accents", "fr",
            "Les deputes ont adopte le texte dans la nuit, apres un long debat sur le financement des retraites et la place des syndicats dans la negociation."
        ),
        (
            "French with elisions", "fr",
            "L'armée a annoncé qu'elle se retirerait d'ici la fin de l'année, mais l'opposition n'y croit pas et dénonce une promesse qu'on a déjà entendue."
        ),
        (
            "Spanish", "es",
            "El presidente anunció ayer una reforma del sistema de pensiones que, según los sindicatos, reducirá las prestaciones de los jubilados más pobres."
        ),
        (
            "Arabic with few free function words", "ar",
            "الرباط (رويترز)-- أعلنت الحكومة المغربية، الثلاثاء، خطة وطنية لتحلية مياه البحر بكلفة تتجاوز ملياري دولار."
        ),
        (
            "Portuguese", "pt",
            "O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a inflação, que foi a mais alta dos últimos dez anos."
        ),
        (
            "Italian", "it",
            "Il governo ha approvato ieri sera il decreto sulle pensioni, che secondo i sindacati non tiene conto della crisi."
        ),
        (
            "German", "de",
            "Die Regierung hat am Montag ein neues Gesetz zum Klimaschutz vorgestellt, das nach Ansicht der Opposition nicht weit genug geht."
        ),
        (
            "Persian", "fa",
            "وزیر امور خارجه ایران گفت که مذاکرات با کشورهای اروپایی ادامه دارد و این گفتگوها باید به نتیجه برسد."
        ),
        (
            "Urdu", "ur",
            "وزیر خارجہ آج غزہ میں جنگ بندی کے مذاکرات میں شرکت کے لیے قاہرہ روانہ ہو گئے اور وہ اپنے مصری ہم منصب سے ملاقات کریں گے۔"
        ),
        (
            "Sorani Kurdish", "ckb",
            "وەزیری دەرەوە ئەمڕۆ بۆ بەشداریکردن لە گفتوگۆکانی ئاگربەست گەیشتە قاهیرە و چاوەڕوان دەکرێت لەگەڵ هاوتا میسرییەکەی کۆببێتەوە."
        ),
        (
            "Turkish", "tr",
            "Dışişleri Bakanı, Gazze'de kalıcı bir ateşkes sağlanması için yürütülen görüşmelere katılmak üzere bugün Kahire'ye gitti ve Mısırlı mevkidaşı ile bir araya geldi."
        ),
        (
            "Russian", "ru",
            "Правительство объявило о новых мерах поддержки малого бизнеса, которые, как заявил министр, начнут действовать уже в этом году."
        ),
        (
            "Ukrainian", "uk",
            "Уряд оголосив про нові заходи підтримки малого бізнесу, які, як заявив міністр, почнуть діяти вже в цьому році та після виборів."
        ),
        (
            "Bulgarian", "bg",
            "Правителството обяви нови мерки за подкрепа на малкия бизнес, които според министъра ще влязат в сила след изборите."
        ),
        (
            "Hebrew", "he",
            "הממשלה הודיעה היום על צעדים חדשים לתמיכה בעסקים קטנים, אך לפי השר הם יכנסו לתוקף רק אחרי הבחירות."
        ),
        (
            "Greek is not guessed", "und",
            "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τις μικρές επιχειρήσεις της χώρας."
        ),
        (
            "Serbian is not taken for another Cyrillic language", "und",
            "Влада је данас објавила нове мере подршке малим предузећима, које ће према речима министра ступити на снагу после избора."
        ),
        ("too short", "und", "Reuters"),
        ("digits and punctuation only", "und", "12:30 — 2025/01/09 — 99/128"),
        (
            "half Arabic, half English", "und",
            "Breaking news tonight. عاجل من العاصمة الليلة"
        ),
        (
            "Latin script without function words", "und",
            "Macron Merkel Biden Erdogan Sisi Modi Lula Milei Meloni Scholz Starmer Sanchez Trudeau"
        ),
    ]

    @Test(arguments: samples)
    func detects(_ name: String, _ expected: String, _ text: String) {
        let guess = LanguageDetector.detect(text)
        #expect(guess.tag == expected, "\(name): \(guess.evidence)")
    }

    /// Texts whose lines a key cuts or folds: marks, tatweel and presentation forms, digits
    /// glued to a word, an elision at the end of a line.
    static let keySamples: [(String, String, String)] = [
        (
            "tashkeel, tatweel and presentation forms", "ar",
            "قَالَ الـــوزير إنّ الحكومةَ ﻻ تريد\nﷲ أكبر، والشعب في الشارع منذ الصباح"
        ),
        (
            "digits inside words", "en",
            "The 3rd round of talks in 2024was said to be the last one before the vote\nof the council"
        ),
        (
            "an elision across a line break", "fr",
            "Le ministre a dit qu'\nil partirait avant l'été, et l'opposition s'en réjouit déjà"
        ),
    ]

    /// Reading the words from keys made beforehand, line by line, gives the guess of the
    /// text joined, evidence included, whether a key keeps its punctuation or not.
    @Test(arguments: samples + keySamples)
    func wordKeysGiveTheGuessOfTheJoinedText(_ name: String, _ expected: String, _ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let joined = LanguageDetector.detect(lines.joined(separator: "\n"))
        let matchKeys = lines.map { ArabicNormalizer.matchKey($0).string }
        let wordKeys = matchKeys.map { key in
            String(String.UnicodeScalarView(key.unicodeScalars.map { ScalarTraits.isAlphabetic($0) ? $0 : " " }))
        }
        #expect(joined.tag == expected, "\(name): \(joined.evidence)")
        for keys in [matchKeys, wordKeys] {
            #expect(LanguageDetector.detect(lines, wordKeys: keys) == joined, "\(name)")
        }
    }

    @Test func evidenceNamesScriptAndCounts() {
        let guess = LanguageDetector.detect(
            "The minister said the talks would resume in Geneva next week, after a pause of two months.")
        #expect(guess.script == "Latin")
        #expect(guess.evidence.contains("English function words"))
        #expect(!guess.isUndetermined)
    }

    /// Serbian shares «на» and «после» with Russian, but writes «ј» and «ћ», which none of the
    /// Cyrillic languages known writes; a Serbian name (two words of 20) in a Russian story
    /// does not rule Russian out.
    @Test func lettersALanguageDoesNotWriteRuleItOut() {
        let serbian = LanguageDetector.detect(
            "Влада је данас објавила нове мере подршке малим предузећима, које ће према речима министра ступити на снагу после избора."
        )
        #expect(serbian.tag == "und")
        #expect(
            serbian.evidence.hasSuffix(
                "ruled out by letters they do not write: Russian, Ukrainian, Bulgarian: no language of this script is known to the detector"
            ), "\(serbian.evidence)")
        let russian = LanguageDetector.detect(
            "Министр встретился с послом Јованом Петровићем, который, как заявил он, уже был в Москве в этом году и обсуждал с ним вопросы торговли."
        )
        #expect(russian.tag == "ru", "\(russian.evidence)")
    }

    @Test func undeterminedSaysWhy() {
        let guess = LanguageDetector.detect("Правительство объявило о новых мерах поддержки бизнеса.")
        #expect(guess.isUndetermined)
        #expect(guess.evidence.contains("Cyrillic"))
    }

    /// Words are compared on their scalars when each is a character of its own: the answer must
    /// be the one the `String` comparison gives, for every profile and every kind of word.
    @Test func scalarWordsMarkAsStrings() {
        let words = [
            "في", "والحكومة", "الحكومة", "ال", "الى", "بال", "ولل", "وللحكومة", "لل", "the", "said", "été", "ete",
            "e\u{0301}te\u{0301}", "à", "são", "não", "de", "l", "qu", "است", "این", "که", "کرد", "كرد",
            "ال\u{08F0}حكومة", "\u{0627}\u{08F0}ل", "ﻻ", "x", "",
            // Words packed into one integer, and words that must not pack like a function word:
            // the low bytes of «في» in Cyrillic and in ASCII, Latin across two blocks, six and
            // seven letters.
            "\u{0441}\u{044A}", "\u{0041}\u{004A}", "şe", "aş", "الحكوم", "الحكومه", "because", "becaus",
        ]
        for profile in LanguageProfile.all {
            for word in words {
                #expect(
                    profile.marks(scalars: Array(word.unicodeScalars)) == profile.marks(word), "\(profile.tag) \(word)")
            }
        }
    }
}
