import DossierModel
import DossierOutput
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The internal link checker: files, fragments, percent-encoding, external links.
struct LinkCheckerTests {
    private let site: [LinkChecker.File] = [
        .init(path: "index.html", html: #"<p id="top">x</p><a href="articles/a/index.html#p-1">a</a>"#),
        .init(path: "articles/a/index.html", html: #"<p id="p-1">x</p><p id='ملاحظة'>y</p>"#),
        .init(path: "articles/a/original.txt", html: nil),
        .init(path: "assets/style.css", html: nil),
    ]

    private func problems(on page: String, _ html: String) -> [Diagnostic.Code] {
        let files = site + [LinkChecker.File(path: page, html: html)]
        return LinkChecker().check(files).filter { $0.location?.path == page }.map(\.code)
    }

    @Test(
        "links that resolve",
        arguments: [
            #"<a href="index.html">"#,
            #"<a href="./index.html#top">"#,
            #"<a href="articles/a/index.html#p-1">"#,
            #"<a href="articles/a/">"#,
            #"<a href="articles/a/original.txt">"#,
            #"<link rel="stylesheet" href="assets/style.css">"#,
            #"<a href="articles/a/index.html#%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A9">"#,
            #"<a href="articles/a/index.html#ملاحظة">"#,
            ##"<a href="#">"##,
            ##"<a href="#self"><span id="self"></span>"##,
            #"<a href="https://example.com/missing">"#,
            #"<a href="mailto:x@example.com">"#,
            #"<a href="//cdn.example.com/x.js">"#,
            #"<a href="index.html?x=1#top">"#,
            #"<!-- <a href="nothing.html"> -->"#,
            #"<a href="articles/a/index.html#p-1" title="a &amp; b">"#,
        ])
    func resolves(html: String) {
        #expect(problems(on: "page.html", html).isEmpty)
    }

    @Test(
        "links that break",
        arguments: [
            (#"<a href="missing.html">"#, Diagnostic.Code.brokenLink),
            (#"<a href="articles/a">"#, .brokenLink),
            (#"<a href="../index.html">"#, .brokenLink),
            (#"<a href="/index.html">"#, .rootRelativeLink),
            (#"<a href="index.html#nope">"#, .brokenAnchor),
            (#"<a href="articles/a/original.txt#p-1">"#, .brokenAnchor),
            (#"<img src="images/x.png" alt="">"#, .brokenLink),
            (#"<p id="d"></p><p id="d"></p>"#, .duplicateID),
        ])
    func breaks(html: String, code: Diagnostic.Code) {
        #expect(problems(on: "page.html", html) == [code])
    }

    @Test func reportsLineAndColumnOfTheAttribute() {
        let html = "<p>\n  <a class=\"x\" href=\"nope.html\">x</a>\n</p>"
        let diagnostics = LinkChecker(displayRoot: "public").check([LinkChecker.File(path: "d/p.html", html: html)])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.description == "public/d/p.html:2:16")
    }

    /// Pages rendered as bytes are parsed in place, their attributes let go, and a page with
    /// a broken link parsed again: the same errors, at the same places and in the same order,
    /// as checking their text.
    @Test func pagesCheckedAsBytesGiveTheErrorsOfTheirText() {
        let pages = [
            (
                "a.html",
                "<p id=\"x\">\n<a href=\"b.html#y\">1</a> <a href=\"nope.html\">2</a>\n<p id=\"x\"><img src=\"c.png\">"
            ),
            (
                "b.html",
                "<p id=\"y\">\n<a href=\"a.html#x\">ok</a> <a href=\"nope.html\">again</a> <a href=\"a.html#z\">z</a>"
            ),
            ("c.html", "<p id=\"q\"><a href=\"a.html\">fine</a><span id=\"q\"></span>"),
        ]
        let files = pages.map { RenderedFile(path: $0.0, content: .bytes(Array($0.1.utf8))) }
        let (diagnostics, links) = LinkChecker(displayRoot: "public").check(files, known: [:])
        let expected = LinkChecker(displayRoot: "public").check(pages.map { LinkChecker.File(path: $0.0, html: $0.1) })
        #expect(diagnostics == expected)
        #expect(
            diagnostics.map(\.code) == [
                .duplicateID, .duplicateID, .brokenLink, .brokenLink, .brokenLink, .brokenAnchor,
            ])
        #expect(diagnostics.map { $0.location?.description ?? "" }.first == "public/a.html:3:4")
        #expect(links["b.html"]?.links == ["a.html#x", "nope.html", "a.html#z"])
    }

    /// A page whose text cannot be had again (its staged file gone, say) still has its broken
    /// links reported, each once, at the page's start.
    @Test func aBrokenLinkOnAPageWhoseTextIsGoneIsStillReported() throws {
        let checker = LinkChecker(displayRoot: "public")
        let html = "<p id=\"x\">\n<a href=\"nope.html\">1</a> <a href=\"nope.html\">2</a> <a href=\"#x\">3</a>"
        let file = RenderedFile(path: "a.html", content: .bytes(Array(html.utf8)))
        let gone: @Sendable () -> String? = { nil }
        let page = try #require(checker.scan(file, known: nil, html: gone))
        let (diagnostics, _) = checker.check(["a.html"], scanned: [page])
        #expect(diagnostics.map(\.code) == [.brokenLink])
        #expect(diagnostics.first?.location?.description == "public/a.html:1:1")
    }

    @Test func linksFromNestedPagesResolveAgainstTheirFolder() {
        #expect(
            problems(on: "articles/b/index.html", #"<a href="../a/index.html#p-1"><a href="../../index.html">"#).isEmpty
        )
        #expect(problems(on: "articles/b/index.html", #"<a href="../../../index.html">"#) == [.brokenLink])
    }

    /// A run of the check keeps what it learnt of each link's target, by the folder the link is
    /// read against: the same link on pages of other folders, and the same path with another
    /// fragment, are each judged on their own. (A page with one broken link is read again
    /// whole, so each page here has one link that may break.)
    @Test func linksSeenAgainAreJudgedByTheirPagesFolderAndTheirFragment() {
        let pages = (0..<20).flatMap { number in
            [
                LinkChecker.File(path: "x/p\(number).html", html: #"<a href="index.html">"#),
                LinkChecker.File(path: "y/p\(number).html", html: #"<a href="index.html">"#),
                LinkChecker.File(path: "x/q\(number).html", html: #"<a href="../articles/a/index.html#p-1">"#),
                LinkChecker.File(path: "y/q\(number).html", html: #"<a href="../articles/a/index.html#p-2">"#),
            ]
        }
        let files = site + [LinkChecker.File(path: "x/index.html", html: "<p>x</p>")] + pages
        let diagnostics = LinkChecker().check(files)
        let codes = { (path: String) in diagnostics.filter { $0.location?.path == path }.map(\.code) }
        for number in 0..<20 {
            #expect(codes("x/p\(number).html").isEmpty)
            #expect(codes("y/p\(number).html") == [.brokenLink])
            #expect(codes("x/q\(number).html").isEmpty)
            #expect(codes("y/q\(number).html") == [.brokenAnchor])
        }
    }
}

/// Links that break only because a source file failed to load, and errors naming their source.
struct LinkCheckerFollowOnTests {
    private let failed = [
        FailedSource(kind: .article, id: "gone", path: "src/articles/gone.txt"),
        FailedSource(kind: .note, id: "lost", path: "src/notes/lost.md"),
    ]

    private func diagnostics(_ html: String) -> [Diagnostic] {
        let files: [LinkChecker.File] = [
            .init(path: "actors/x/index.html", html: html), .init(path: "notes/index.html", html: "<p id=a>x</p>"),
        ]
        return LinkChecker(failed: failed, pageSources: ["actors/x/index.html": "src/actors/x.md"]).check(files)
    }

    @Test func aLinkToAFailedArticlesPageFollowsFromIt() throws {
        let diagnostic = try #require(diagnostics(#"<a href="../../articles/gone/index.html#p-2">"#).first)
        #expect(diagnostic.code == .brokenLink)
        #expect(diagnostic.followsFrom == "src/articles/gone.txt")
    }

    @Test func aLinkToAFailedNotesCardFollowsFromIt() throws {
        let diagnostic = try #require(diagnostics(#"<a href="../../notes/index.html#note-lost">"#).first)
        #expect(diagnostic.code == .brokenAnchor)
        #expect(diagnostic.followsFrom == "src/notes/lost.md")
    }

    @Test func anyOtherBrokenLinkNamesItsPagesSourceWithAFix() throws {
        let diagnostic = try #require(diagnostics(#"<a href="../../articles/other/index.html">"#).first)
        #expect(diagnostic.followsFrom == nil)
        #expect(diagnostic.message.contains("page made from src/actors/x.md"))
        #expect(diagnostic.fix?.contains("src/actors/x.md") == true)
    }
}
