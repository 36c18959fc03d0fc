import DossierModel
import Testing

@testable import DossierRenderer

/// The Markdown renderer: escaping, raw HTML, cross-references, Latin runs.
struct MarkdownRendererTests {
    private func render(
        _ text: String, line: Int = 1,
        resolve: (CrossReference) -> CrossReferenceResolution = { _ in .unknown }
    ) -> RenderedMarkdown {
        MarkdownRenderer().render(
            MarkdownText(text: text, location: SourceLocation(path: "src/index.md", line: line)), resolve: resolve)
    }

    @Test(
        "special characters in text are escaped",
        arguments: [
            ("أ < ب & ج > د", "<p>أ &lt; ب &amp; ج &gt; د</p>\n"),
            (#"قال "نعم" و'لا'"#, "<p>قال &quot;نعم&quot; و&#39;لا&#39;</p>\n"),
            ("`<b>`", "<p><code dir=\"auto\">&lt;b&gt;</code></p>\n"),
            ("**قوي** و*مائل*", "<p><strong>قوي</strong> و<em>مائل</em></p>\n"),
        ])
    func escapesText(markdown: String, html: String) {
        #expect(render(markdown).html == html)
    }

    @Test(
        "headings are pushed down one level, or renumbered without gaps from a given level",
        arguments: [
            (MarkdownRenderer.HeadingLevels.shifted(by: 1), "## أ\n\n#### ب", "<h3>أ</h3>\n<h5>ب</h5>\n"),
            (.outline(from: 2), "## أ\n\n#### ب", "<h2>أ</h2>\n<h3>ب</h3>\n"),
            (.outline(from: 3), "### أ\n\n# ب\n\n###### ج", "<h4>أ</h4>\n<h3>ب</h3>\n<h5>ج</h5>\n"),
            (.outline(from: 5), "# أ\n\n## ب\n\n### ج", "<h5>أ</h5>\n<h6>ب</h6>\n<h6>ج</h6>\n"),
        ])
    func levelsHeadings(levels: MarkdownRenderer.HeadingLevels, markdown: String, html: String) {
        let rendered = MarkdownRenderer(headingLevels: levels).render(
            MarkdownText(text: markdown, location: SourceLocation(path: "notes/n.md", line: 1)),
            resolve: { _ in .unknown })
        #expect(rendered.html == html)
    }

    @Test(
        "a bare web address is a link, except inside a link's words",
        arguments: [
            (
                "انظر https://example.org/a?b=c.",
                #"<p>انظر <a href="https://example.org/a?b=c" dir="ltr">"#
                    + #"https://example.org/a?b=c</a>.</p>"# + "\n"
            ),
            (
                "المقال www.example.org/تقرير_بوتين، ثم",
                #"<p>المقال <a href="https://www.example.org/%D8%AA"#
                    + #"%D9%82%D8%B1%D9%8A%D8%B1_%D8%A8%D9%88%D8%AA%D9%8A%D9%86" dir="ltr">"#
                    + "www.example.org/تقرير_بوتين</a>، ثم</p>\n"
            ),
            (
                "الموقع www.example.org.",
                #"<p>الموقع <a href="https://www.example.org" dir="ltr">www.example.org</a>.</p>"# + "\n"
            ),
            (
                "[https://a.example](https://b.example)",
                #"<p><a href="https://b.example"><span dir="ltr" lang="en">https://a.example</span></a></p>"# + "\n"
            ),
            ("نص بلا عنوان", "<p>نص بلا عنوان</p>\n"),
        ])
    func linksBareAddresses(markdown: String, html: String) {
        #expect(render(markdown).html == html)
    }

    @Test func plainTextIsTheWordsAReaderSees() {
        let markdown =
            "## عنوان\n\nقال [ماسك](actor:x) إن 5 > 3\nو`a_b` *مهم*.\n\n> اقتباس\n\n<i>مائل</i> ![صورة](https://e.org/p.png)"
        #expect(MarkdownRenderer.plainText(of: markdown) == "عنوان قال ماسك إن 5 > 3 وa_b مهم. اقتباس مائل صورة")
    }

    /// An address naming a host without a scheme gets `https:` (from disk it would lead to
    /// `file://host`); a web address without a host is dropped with a warning.
    @Test func hostsWithoutSchemeAndSchemesWithoutHost() {
        #expect(render("[أ](//example.org/x)").html == #"<p><a href="https://example.org/x">أ</a></p>"# + "\n")
        #expect(
            render("![ب](//example.org/p.png)").html == #"<p><img src="https://example.org/p.png" alt="ب"></p>"# + "\n")
        let hostless = render("[ج](https:javascript:alert(1))", line: 3)
        #expect(hostless.html == "<p>ج</p>\n")
        #expect(hostless.diagnostics.map(\.code) == [.unsafeLink])
        #expect(hostless.diagnostics.first?.location?.line == 3)
    }

    @Test(
        "raw HTML is not passed through and is reported",
        arguments: [
            "<script>alert(1)</script>",
            "نص <b onclick=\"x()\">عريض</b> هنا",
            "<div>\nكتلة\n</div>",
        ])
    func dropsRawHTML(markdown: String) {
        let result = render(markdown, line: 5)
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("<b"))
        #expect(!result.html.contains("<div"))
        #expect(result.diagnostics.map(\.code).contains(.markdownRawHTML))
        #expect(result.diagnostics.allSatisfy { $0.location?.line == 5 })
    }

    @Test(
        "links of other schemes lose their address and keep their words",
        arguments: [
            "[س](javascript:alert(1))", "[س](vbscript:msgbox)", "[س](file:///etc/passwd)", "[س](data:text/html,hi)",
            "[س](search-ms:query=x)", "[س](ms-msdt:/id%20PCWDiagnostic)", "[س](intent://x#Intent;end)",
            "[س](JavaScript:alert(1))",
        ])
    func dropsUnsafeLinks(markdown: String) {
        let result = render(markdown)
        #expect(result.html == "<p>س</p>\n")
        #expect(result.diagnostics.map(\.code) == [.unsafeLink])
    }

    @Test func keepsWebMailAndPhoneLinks() {
        for address in ["https://example.org/a", "http://example.org", "mailto:desk@example.org", "tel:+96170000000"] {
            #expect(render("[س](\(address))").html == "<p><a href=\"\(address)\">س</a></p>\n", "\(address)")
        }
    }

    @Test func unsafeAddressesAreReportedWhereTheyAre() {
        let result = render("فقرة أولى.\n\nنص ثم [رابط](javascript:alert(1)) و ![صورة](vbscript:x)", line: 7)
        #expect(result.diagnostics.map(\.code) == [.unsafeLink, .unsafeLink])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.fix != nil })
        #expect(result.diagnostics.map { $0.location?.line } == [9, 9])
        #expect(result.diagnostics.map { $0.location?.column } == [7, 37])
        #expect(result.diagnostics.first?.message.contains("`javascript:…`") == true)
        #expect(render("[س](https://example.org) ![ع](https://example.org/map.png)").diagnostics.isEmpty)
    }

    /// An image whose address is a page of the dossier is dropped with a fix that makes it a
    /// link, not one that recommends the cross-reference already written.
    @Test func anImageOfAPageIsToldToBeALink() {
        let result = render("![ماسك](actor:elon-musk)")
        #expect(result.diagnostics.map(\.code) == [.unsafeLink])
        #expect(result.diagnostics.first?.message.contains("is a page of the dossier, not a picture") == true)
        #expect(result.diagnostics.first?.fix == "To link the page, drop the «!»: `[ماسك](actor:elon-musk)`.")
        #expect(!result.html.contains("<img"))
        #expect(result.html.contains("ماسك"))
    }

    @Test func keepsWebLinksAndEncodesThem() {
        #expect(
            render("[الموقع](<https://example.com/a b?x=1&y='2'>)").html
                == "<p><a href=\"https://example.com/a%20b?x=1&amp;y=&#39;2&#39;\">الموقع</a></p>\n")
    }

    @Test func resolvesCrossReferences() {
        var seen: [CrossReference] = []
        let result = render("انظر [بوتين](actor:vladimir-putin) و[الفقرة](article:a1#p-3).") { reference in
            seen.append(reference)
            return .link(
                "../\(reference.kind.rawValue)s/\(reference.id)/index.html"
                    + (reference.fragment.map { "#" + $0 } ?? ""))
        }
        #expect(
            seen == [
                CrossReference(kind: .actor, id: "vladimir-putin"),
                CrossReference(kind: .article, id: "a1", fragment: "p-3"),
            ])
        #expect(result.html.contains(#"<a href="../actors/vladimir-putin/index.html">بوتين</a>"#))
        #expect(result.html.contains(#"<a href="../articles/a1/index.html#p-3">الفقرة</a>"#))
        #expect(result.diagnostics.isEmpty)
    }

    /// An unknown id is the analysis's to report, once, at its source: the renderer, which
    /// renders the same text on several pages, keeps the words and reports nothing.
    @Test func unknownReferenceKeepsTextWithoutError() {
        let text = "# عنوان\n\nسطر أول.\nانظر [المنفذ](outlet:nowhere) هنا."
        let result = render(text, line: 4) { _ in .unknown }
        #expect(result.html.contains("<p>سطر أول.\nانظر المنفذ هنا.</p>"))
        #expect(result.diagnostics.isEmpty)
    }

    /// A path inside the site cannot work on every page that shows the text: one error at its
    /// source, and the words without a link, so the link checker does not report it per page.
    @Test func aPathInsideTheSiteIsOneErrorAndNoLink() {
        let result = render("سطر.\nانظر [الصفحة](../actors/x/index.html) هنا.", line: 3)
        #expect(result.html == "<p>سطر.\nانظر الصفحة هنا.</p>\n")
        #expect(result.diagnostics.map(\.code) == [.markdownRelativeLink])
        #expect(result.diagnostics.first?.location == SourceLocation(path: "src/index.md", line: 4, column: 6))
        for address in ["/about.html", "notes.html", "../x"] {
            #expect(render("[أ](\(address))").diagnostics.map(\.code) == [.markdownRelativeLink], "\(address)")
        }
        for address in ["https://example.org/a", "#p-2", "mailto:desk@example.org", "//example.org/b"] {
            let kept = render("[أ](\(address))")
            #expect(kept.diagnostics.isEmpty, "\(address)")
            #expect(kept.html.contains("<a href="), "\(address)")
        }
    }

    /// A path to one of the site's own pages (as a user writes to reach the coverage comparison)
    /// is told the `page:` link that reaches it from every page.
    @Test func aPathToOneOfTheSitesPagesIsToldItsPageLink() {
        let expected = [
            "../compare/": "page:compare", "/timeline/index.html": "page:timeline", "../../notes/#n1": "page:notes",
            "../index.html": "page:home", "actors/": "page:actors",
        ]
        for (address, link) in expected {
            let fix = render("[أ](\(address))").diagnostics.first?.fix
            #expect(fix == "link with `\(link)`, which works from every page", "\(address)")
        }
        for address in ["../actors/x/index.html", "../compare/page/2/", "notes.html"] {
            let fix = render("[أ](\(address))").diagnostics.first?.fix ?? ""
            #expect(fix.hasPrefix("link with actor:<id>") && fix.contains("page:<id>"), "\(address): \(fix)")
        }
    }

    /// So is an image's: the source folder's files are not published, and one path cannot
    /// lead to one picture from pages at different depths. Its description stays.
    @Test func anImageAtAPathInsideTheSiteIsOneErrorAndNoImage() {
        for address in ["../../assets/favicon.svg", "photo.png", "/img/a.jpg"] {
            let result = render("سطر.\nانظر ![صورة الوزير](\(address)) هنا.", line: 3)
            #expect(result.html == "<p>سطر.\nانظر صورة الوزير هنا.</p>\n", "\(address)")
            #expect(result.diagnostics.map(\.code) == [.markdownRelativeLink], "\(address)")
            #expect(result.diagnostics.first?.location == SourceLocation(path: "src/index.md", line: 4, column: 6))
            #expect(result.diagnostics.first?.message.hasPrefix("the image `") == true)
        }
        let kept = render("![صورة](https://example.org/a.jpg)")
        #expect(kept.diagnostics.isEmpty && kept.html.contains("<img src=\"https://example.org/a.jpg\""))
    }

    @Test func unlinkedReferenceKeepsTextWithoutError() {
        let result = render("عن [ماسك](actor:elon-musk).") { _ in .unlinked }
        #expect(result.html == "<p>عن ماسك.</p>\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test(
        "Latin runs in text are isolated",
        arguments: [
            ("شركة SpaceX الأميركية", #"<p>شركة <span dir="ltr" lang="en">SpaceX</span> الأميركية</p>"# + "\n"),
            (
                "نظام iOS 17.2، ثم C++.",
                #"<p>نظام <span dir="ltr" lang="en">iOS 17.2</span>، ثم <span dir="ltr" lang="en">C++</span>.</p>"#
                    + "\n"
            ),
            ("وكالة *Reuters* قالت", #"<p>وكالة <em><span dir="ltr" lang="en">Reuters</span></em> قالت</p>"# + "\n"),
        ])
    func isolatesLatinRuns(markdown: String, html: String) {
        #expect(render(markdown).html == html)
    }

    @Test func rendersBlocksAndShiftsHeadings() {
        let html = render("# أ\n\n## ب\n\n- واحد\n- اثنان\n\n3. ثلاثة\n\n> اقتباس\n\n---\n\n```\ncode <x>\n```").html
        #expect(
            html == """
                <h2>أ</h2>
                <h3>ب</h3>
                <ul>
                <li>واحد</li>
                <li>اثنان</li>
                </ul>
                <ol start="3">
                <li>ثلاثة</li>
                </ol>
                <blockquote>
                <p>اقتباس</p>
                </blockquote>
                <hr>
                <pre dir="auto"><code>code &lt;x&gt;
                </code></pre>

                """)
    }

    @Test func imagesGetAltTextAndSafeSources() {
        #expect(
            render("![صورة *الخريطة*](https://example.org/map.png)").html
                == #"<p><img src="https://example.org/map.png" alt="صورة الخريطة"></p>"# + "\n")
        #expect(render("![صورة](javascript:alert(1))").html == "<p>صورة</p>\n")
    }

    @Test func crossReferenceParsing() {
        #expect(CrossReference(destination: "topic:starlink") == CrossReference(kind: .topic, id: "starlink"))
        #expect(CrossReference(destination: "note:n1#x") == CrossReference(kind: .note, id: "n1", fragment: "x"))
        #expect(CrossReference(destination: "https://x.org") == nil)
        #expect(CrossReference(destination: "mailto:a@b.c") == nil)
    }
}
