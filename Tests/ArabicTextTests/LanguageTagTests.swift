import ArabicText
import Testing

/// `language:` values: BCP 47 tags are kept (case made conventional), names and locale
/// spellings are refused with the tag they probably mean.
@Suite("Language tags")
struct LanguageTagTests {
    @Test(arguments: [
        ("ar", "ar"), ("EN", "en"), ("fr-FR", "fr-FR"), ("en-gb", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"), ("ar-x-newsroom", "ar-x-newsroom"), ("sl-rozaj-biske", "sl-rozaj-biske"),
        ("und", "und"), (" en ", "en"),
    ])
    func valid(_ value: String, _ canonical: String) {
        #expect(LanguageTag.check(value) == .valid(canonical: canonical))
    }

    @Test(arguments: [
        ("French", "fr"), ("english", "en"), ("Arabic", "ar"), ("العربية", "ar"), ("français", "fr"),
        ("en_US", "en-US"), ("fr_FR.UTF-8", "fr-FR"), ("ara", "ar"), ("fre", "fr"),
    ])
    func suggested(_ value: String, _ suggestion: String) {
        #expect(LanguageTag.check(value) == .invalid(suggestion: suggestion))
    }

    @Test(arguments: ["e", "english language", "en--US", "en-", "-en", "1234", "x", "en-US-a", "Klingonese"])
    func refused(_ value: String) {
        #expect(LanguageTag.check(value) == .invalid(suggestion: nil))
    }
}
