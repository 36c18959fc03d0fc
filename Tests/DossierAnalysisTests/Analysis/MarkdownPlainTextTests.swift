import Testing

@testable import DossierAnalysis

/// The words a reader sees of an editor's Markdown: marks and link targets left out, the rest
/// (Arabic text, ordinary parentheses) kept as written.
struct MarkdownPlainTextTests {
    @Test(arguments: [
        ("نص **مهم** و_مائل_", "نص مهم ومائل"),
        ("انظر [المقال](article:a-1) و![صورة](x.png).", "انظر المقال و!صورة."),
        ("## عنوان\n> اقتباس `رمز`", " عنوان\n اقتباس رمز"),
        ("قال (في بيان) إن", "قال (في بيان) إن"),
        ("[رابط](بلا نهاية", "رابط"),
        ("] (ليس رابطا)", " (ليس رابطا)"),
        ("سطر\r\nآخر 🗞️ é", "سطر\r\nآخر 🗞️ é"),
        ("", ""),
    ])
    func marksAndTargetsAreLeftOut(markdown: String, plain: String) {
        #expect(MarkdownPlainText.text(of: markdown) == plain)
    }
}
