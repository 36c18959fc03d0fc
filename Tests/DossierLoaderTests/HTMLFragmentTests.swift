import Testing

@testable import DossierLoader

/// Article text pasted with its HTML markup is read as a browser shows it; text with «<» and
/// «>» that are no tags of an article's elements stays as it is.
struct HTMLFragmentTests {
    @Test func blockElementsCutParagraphsAndInlineOnesAreDropped() throws {
        let line =
            #"<p><span style="color: #e03e2d;">-الجزائر تدعم حق الشعب الفلسطيني</span></p> <p> </p> <h2>قال رئيس الجمهورية إن <a href="/x">الاحتلال</a> داس على المواثيق.</h2><p>جدد الرئيس دعمه<br/>للشعب الفلسطيني.</p>"#
        let paragraphs = try #require(HTMLFragment.paragraphs(in: line[...]))
        #expect(
            paragraphs.map { ParagraphSplitter.trim($0[...]) }.filter { !$0.isEmpty } == [
                "-الجزائر تدعم حق الشعب الفلسطيني", "قال رئيس الجمهورية إن الاحتلال داس على المواثيق.",
                "جدد الرئيس دعمه", "للشعب الفلسطيني.",
            ])
    }

    @Test func referencesAreDecodedAndScriptsStylesAndCommentsLeftOut() throws {
        let line =
            #"<p>قال &laquo;الوزير&raquo; إن&nbsp;الأسعار &amp; الأجور &#1575;&#x0644;جديدة<!-- ad --></p><script>var a = "<p>x</p>";</script><style>p { color: red }</style><p>وأضاف &bogus; &#0; &#x1B;.</p><p>سطر&#10;ثان &#150; &#146;نص&#x92; &#xD800;</p>"#
        let paragraphs = try #require(HTMLFragment.paragraphs(in: line[...]))
        #expect(
            paragraphs.map { ParagraphSplitter.trim($0[...]) }.filter { !$0.isEmpty } == [
                // As a browser shows them: 0 and a surrogate U+FFFD, another control nothing, a line
                // break a space, 128-159 Windows-1252 («&#150;» the dash).
                "قال «الوزير» إن\u{A0}الأسعار & الأجور الجديدة", "وأضاف &bogus; \u{FFFD} .", "سطر ثان – ’نص’ \u{FFFD}",
            ])
    }

    /// A reference to a bidi control or a BOM is deleted as the character itself is (L0): it
    /// would turn «0001» round to read «1000»; a combining mark composes with its letter.
    @Test func referencesAreMadeDisplayTextAgain() throws {
        let line = #"<p>دفع &#x202E;0001&#x202C; دولار&rlm;&#65279; إلى &#x627;&#x653;خر.</p>"#
        let paragraphs = try #require(HTMLFragment.paragraphs(in: line[...]))
        #expect(
            paragraphs.map { ParagraphSplitter.trim($0[...]) }.filter { !$0.isEmpty } == ["دفع 0001 دولار إلى آخر."])
    }

    @Test func angleBracketsThatAreNoTagsStayText() {
        for line in [
            "إذا كانت س < 5 و ص > 3 فإن النتيجة موجبة.", "صدر كتاب <<الطريق>> هذا العام.",
            "The ratio a<b held, as did c>d, for the <unknown> tag.", "وكتب <span لكنه لم يغلق الوسم",
            "قال: <br والوسم لم يكتمل",
        ] {
            #expect(HTMLFragment.paragraphs(in: line[...]) == nil, "\(line)")
        }
    }

    /// Each paragraph of a marked-up line keeps the line's number, as the lines around it do.
    @Test func theSplitterGivesEachParagraphItsLine() {
        let text = "العنوان\n2024-11-27 09:02:00\n<p>الفقرة الأولى.</p> <p>الفقرة الثانية.</p>\nسطر أخير."
        let lines = ParagraphSplitter.lines(of: text, firstLine: 1)
        #expect(
            lines.map(\.text) == ["العنوان", "2024-11-27 09:02:00", "الفقرة الأولى.", "الفقرة الثانية.", "سطر أخير."])
        #expect(lines.map(\.line) == [1, 2, 3, 3, 4])
    }
}
