import Testing

@testable import ArabicText

/// `String(scalars:)` writes UTF-8 directly; it must make the string the scalar view makes.
@Suite struct StringScalarsTests {
    @Test(arguments: ["", "a", "بوتين", "الاستراتيجيات", "Ἀθῆναι ₿ 😀 e\u{0301}", "abcdefghijklmno", "abcdefghijklmnop"])
    func makesTheStringOfTheScalars(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let made = String(scalars: scalars)
        #expect(made == text)
        #expect(Array(made.utf8) == Array(text.utf8))
        #expect(String(scalars: scalars.dropFirst()).unicodeScalars.elementsEqual(text.unicodeScalars.dropFirst()))
    }
}
