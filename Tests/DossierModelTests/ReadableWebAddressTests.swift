import DossierModel
import Testing

/// An address copied from a browser's address bar is shown with its letters, not its
/// percent-escapes; what would hide or reorder part of it stays escaped.
struct ReadableWebAddressTests {
    @Test(arguments: [
        (
            "https://addiyar.com/article/2222146-%D9%88%D9%82%D8%A7%D8%A6%D8%B9-%D8%A7%D9%84%D8%AC%D9%84%D8%B3%D8%A9",
            "https://addiyar.com/article/2222146-وقائع-الجلسة"
        ),
        ("https://example.org/a%20b/%2F?q=%D8%A8", "https://example.org/a%20b/%2F?q=ب"),
        // A run holding a bidi mark (U+200F) or a no-break space stays escaped; a lone byte is not UTF-8.
        ("https://example.org/%E2%80%8F%D8%A8", "https://example.org/%E2%80%8F%D8%A8"),
        ("https://example.org/%C2%A0x", "https://example.org/%C2%A0x"),
        ("https://example.org/%D8", "https://example.org/%D8"),
        ("https://example.org/%d8%a8%", "https://example.org/ب%"),
        ("https://example.org/وقائع", "https://example.org/وقائع"),
    ])
    func readable(address: String, shown: String) {
        #expect(WebAddress.readable(address) == shown)
    }
}
