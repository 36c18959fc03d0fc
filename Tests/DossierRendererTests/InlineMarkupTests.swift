import Testing

@testable import DossierRenderer

@Suite struct InlineMarkupTests {
    private func link(_ range: Range<Int>, _ href: String, id: String? = nil) -> InlineSpan {
        InlineSpan(range: range, kind: .link(href: href, id: id, className: nil, title: nil))
    }

    private func mark(_ range: Range<Int>, id: String) -> InlineSpan {
        InlineSpan(range: range, kind: .highlight(id: id, className: nil, title: nil))
    }

    @Test func escapesTextWithoutSpans() {
        #expect(InlineMarkup.render("a<b & \"c\"", spans: []) == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test func cutsAtScalarOffsetsWhateverTheirUTF8Length() {
        // أ and ب are two bytes each, 👍 and 🏽 four, so byte and scalar offsets part at once.
        let html = InlineMarkup.render(
            "أب👍🏽ج<", spans: [link(1..<4, "x"), mark(3..<5, id: "n")], inserts: [5: "<sup>1</sup>", 6: "!"])
        #expect(
            html
                == "أ<a href=\"x\">ب👍<mark id=\"n\">🏽</mark></a><mark>ج</mark><sup>1</sup>&lt;!")
    }

    @Test func wrapsDisjointSpans() {
        let html = InlineMarkup.render("قال بوتين وماسك", spans: [link(4..<9, "p/"), link(10..<15, "m/")])
        #expect(html == "قال <a href=\"p/\">بوتين</a> <a href=\"m/\">وماسك</a>")
    }

    @Test func nestsContainedSpans() {
        let html = InlineMarkup.render("abcdef", spans: [link(2..<4, "x"), mark(0..<6, id: "n1")])
        #expect(html == "<mark id=\"n1\">ab<a href=\"x\">cd</a>ef</mark>")
    }

    @Test func splitsCrossingSpansAndKeepsIdOnFirstPiece() {
        let html = InlineMarkup.render("abcdef", spans: [mark(0..<4, id: "n1"), mark(2..<6, id: "n2")])
        #expect(html == "<mark id=\"n1\">ab<mark id=\"n2\">cd</mark></mark><mark>ef</mark>")
        #expect(html.components(separatedBy: "id=\"n2\"").count == 2)
    }

    @Test func identicalRangesNestInGivenOrder() {
        let spans = [link(0..<3, "a"), InlineSpan(range: 0..<3, kind: .isolate(dir: "ltr", lang: "en"))]
        #expect(
            InlineMarkup.render("abc", spans: spans) == "<a href=\"a\"><span dir=\"ltr\" lang=\"en\">abc</span></a>")
    }

    @Test func ignoresEmptyAndClampsOutOfRangeSpans() {
        let html = InlineMarkup.render("abc", spans: [link(1..<1, "e"), link(2..<9, "z")])
        #expect(html == "ab<a href=\"z\">c</a>")
    }

    @Test func countsScalarsNotGraphemes() {
        // «بِ» is two scalars (letter + kasra) but one grapheme.
        let html = InlineMarkup.render("بِسم", spans: [mark(2..<4, id: "q")])
        #expect(html == "بِ<mark id=\"q\">سم</mark>")
    }

    @Test(
        "an insert sits outside every open span, with no empty pieces",
        arguments: [
            // (spans as (range, id), insert offset, expected)
            ([(0..<4, "n1"), (2..<6, "n2")], 4, "<mark id=\"n1\">ab<mark id=\"n2\">cd</mark></mark>^<mark>ef</mark>"),
            ([(0..<6, "n1")], 3, "<mark id=\"n1\">abc</mark>^<mark>def</mark>"),
            ([(0..<3, "n1")], 3, "<mark id=\"n1\">abc</mark>^def"),
            ([], 0, "^abcdef"),
        ] as [([(Range<Int>, String)], Int, String)])
    func insertsOutsideSpans(marks: [(Range<Int>, String)], at offset: Int, expected: String) {
        let html = InlineMarkup.render("abcdef", spans: marks.map { mark($0.0, id: $0.1) }, inserts: [offset: "^"])
        #expect(html == expected)
        #expect(!html.contains("<mark></mark>"))
    }

    @Test func targetSpansCarryTheirIdOnTheFirstPieceOnly() {
        let spans = [InlineSpan(range: 1..<4, kind: .target(id: "m-1", className: "mention")), mark(0..<2, id: "q")]
        #expect(
            InlineMarkup.render("abcd", spans: spans)
                == "<mark id=\"q\">a<span id=\"m-1\" class=\"mention\">b</span></mark><span class=\"mention\">cd</span>"
        )
    }
}
