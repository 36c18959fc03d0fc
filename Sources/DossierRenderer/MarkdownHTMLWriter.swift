import ArabicText
import CCmark
import DossierModel

/// Turns cmark iterator events into HTML; the state of one `MarkdownRenderer.render` call.
struct MarkdownHTMLWriter {
    /// The HTML level of each Markdown heading level the text uses.
    let headingLevel: [Int: Int]
    let markdown: MarkdownText
    let resolve: (CrossReference) -> CrossReferenceResolution

    private var html = ""
    private var diagnostics: [Diagnostic] = []
    /// Adjacent text nodes are joined before Latin runs are found: cmark splits text at delimiters.
    private var pendingText = ""
    /// Inside an image, text goes to its `alt` instead of the page.
    private var imageDepth = 0
    private var altText = ""
    /// For each open link, whether it was written as `<a>` (an unresolved one is not).
    private var openLinks: [Bool] = []

    init(
        headingLevel: [Int: Int], markdown: MarkdownText,
        resolve: @escaping (CrossReference) -> CrossReferenceResolution
    ) {
        self.headingLevel = headingLevel
        self.markdown = markdown
        self.resolve = resolve
    }

    mutating func finish() -> RenderedMarkdown {
        flushText()
        return RenderedMarkdown(html: html, diagnostics: diagnostics)
    }

    mutating func visit(_ node: MarkdownNode, entering: Bool) {
        let type = node.type
        if imageDepth > 0 {
            visitInsideImage(node, type: type, entering: entering)
            return
        }
        if type == CMARK_NODE_TEXT {
            pendingText += node.literal
            return
        }
        flushText()
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_PARAGRAPH:
            if !node.isInTightList { html += entering ? "<p>" : "</p>\n" }
        case CMARK_NODE_HEADING:
            let level = headingLevel[node.headingLevel] ?? 6
            html += entering ? "<h\(level)>" : "</h\(level)>\n"
        case CMARK_NODE_BLOCK_QUOTE:
            html += entering ? "<blockquote>\n" : "</blockquote>\n"
        case CMARK_NODE_LIST:
            if node.isOrderedList {
                let start = node.listStart
                html += entering ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "</ol>\n"
            } else {
                html += entering ? "<ul>\n" : "</ul>\n"
            }
        case CMARK_NODE_ITEM:
            html += entering ? "<li>" : "</li>\n"
        case CMARK_NODE_CODE_BLOCK:
            html += "<pre dir=\"auto\"><code>" + HTMLText.escape(node.literal) + "</code></pre>\n"
        case CMARK_NODE_THEMATIC_BREAK:
            html += "<hr>\n"
        case CMARK_NODE_SOFTBREAK:
            html += "\n"
        case CMARK_NODE_LINEBREAK:
            html += "<br>\n"
        case CMARK_NODE_CODE:
            html += "<code dir=\"auto\">" + HTMLText.escape(node.literal) + "</code>"
        case CMARK_NODE_EMPH:
            html += entering ? "<em>" : "</em>"
        case CMARK_NODE_STRONG:
            html += entering ? "<strong>" : "</strong>"
        case CMARK_NODE_LINK:
            entering ? openLink(node) : closeLink()
        case CMARK_NODE_IMAGE:
            imageDepth = 1
            altText = ""
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            reportRawHTML(node)
        default:
            break
        }
    }

    private mutating func visitInsideImage(_ node: MarkdownNode, type: cmark_node_type, entering: Bool) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            altText += node.literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            altText += " "
        case CMARK_NODE_IMAGE where entering:
            imageDepth += 1
        case CMARK_NODE_IMAGE:
            imageDepth -= 1
            if imageDepth == 0 { writeImage(node) }
        default:
            break
        }
    }

    private mutating func writeImage(_ node: MarkdownNode) {
        let isPagePath = URLSafety.isPagePath(node.url) && CrossReference(destination: node.url) == nil
        guard URLSafety.isSafe(node.url, forImage: true), !isPagePath else {
            // The picture is dropped, and its description stays in the text.
            if CrossReference(destination: node.url) != nil {
                reportCrossReferenceImage(node)
            } else if isPagePath {
                // The source folder's files are not published, and a path shown on pages at
                // different depths leads to as many places.
                reportPagePath(node, what: "image")
            } else {
                reportUnsafe(node, what: "image")
            }
            html += HTMLText.isolatingLatin(altText)
            return
        }
        html +=
            "<img src=\"\(URLSafety.escapeHref(URLSafety.withScheme(node.url)))\" alt=\"\(HTMLText.escape(altText))\""
        if !node.title.isEmpty { html += " title=\"\(HTMLText.escape(node.title))\"" }
        html += ">"
    }

    private mutating func openLink(_ node: MarkdownNode) {
        let destination = URLSafety.withScheme(node.url)
        var href: String?
        if let reference = CrossReference(destination: destination) {
            // An unknown id was reported once, at its source, by the analysis: here it is plain text.
            if case .link(let url) = resolve(reference) { href = url }
        } else if URLSafety.isPagePath(destination) {
            // The same text is shown on pages at different depths, where one relative path
            // cannot lead to one place: one error at the source, and the words without a link.
            reportPagePath(node, what: "link")
        } else {
            // An address that is not allowed leaves its words without a link.
            if URLSafety.lacksHost(destination) {
                reportHostless(node)
            } else if URLSafety.isSafe(destination, forImage: false) {
                href = URLSafety.escapeHref(destination)
            } else {
                reportUnsafe(node, what: "link")
            }
        }
        guard let href else {
            openLinks.append(false)
            return
        }
        openLinks.append(true)
        html += "<a href=\"\(href)\""
        if !node.title.isEmpty { html += " title=\"\(HTMLText.escape(node.title))\"" }
        html += ">"
    }

    private mutating func closeLink() {
        if openLinks.popLast() == true { html += "</a>" }
    }

    private mutating func reportRawHTML(_ node: MarkdownNode) {
        diagnostics.append(
            .warning(
                .markdownRawHTML, "raw HTML in Markdown is not copied to the site",
                at: location(of: node), fix: "write it in Markdown, or remove it"))
    }

    private mutating func reportPagePath(_ node: MarkdownNode, what: String) {
        diagnostics.append(
            .error(
                .markdownRelativeLink,
                "the \(what) `\(node.url)` is a path inside the site, which breaks on some of the pages that show this text",
                at: location(of: node),
                fix: what == "image"
                    ? "give the picture's full https:// address: the dossier's own files are not published"
                    : Self.sitePage(at: node.url).map { "link with `page:\($0.rawValue)`, which works from every page" }
                        ?? "link with actor:<id>, topic:<id>, article:<id>, outlet:<id>, note:<id> or page:<id> "
                        + "(timeline, compare, notes…), or give a full https:// address"
            ))
    }

    /// The site's own page a path inside the site names (`../compare/`, `/timeline/index.html`,
    /// `../index.html`): its folder is its `page:` id.
    private static func sitePage(at path: String) -> SitePage? {
        var rest = Substring(path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        while let next = ["../", "./", "/"].first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(next.count) }
        if rest.isEmpty || rest == "index.html" { return .home }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard let folder = parts.first, parts.count <= 2,
            parts.dropFirst().allSatisfy({ $0.isEmpty || $0 == "index.html" })
        else { return nil }
        return SitePage(rawValue: String(folder)).flatMap { $0 == .home ? nil : $0 }
    }

    /// A web address with no host (`https:javascript:…`): no browser can follow it.
    private mutating func reportHostless(_ node: MarkdownNode) {
        diagnostics.append(
            .warning(
                .unsafeLink, "the link address `\(node.url.prefix(60))` has no host after its scheme; it is dropped",
                at: location(of: node), fix: "Write the whole address, as https://example.org/page."))
    }

    /// An address dropped for its scheme (`javascript:`, `data:`…): the reader sees a dead link
    /// or image, so the writer is told where it is.
    private mutating func reportUnsafe(_ node: MarkdownNode, what: String) {
        let scheme = node.url.prefix { $0 != ":" }.prefix(20)
        diagnostics.append(
            .warning(
                .unsafeLink, "the \(what) address `\(scheme):…` uses a scheme that is not allowed; it is dropped",
                at: location(of: node),
                fix:
                    "Use an http(s), mailto: or tel: address, a cross-reference (`actor:`, `topic:`, `article:`, `note:`, `outlet:`), or remove the \(what)."
            ))
    }

    /// An image whose address is a cross-reference (`![…](actor:putin)`): a page is no picture.
    private mutating func reportCrossReferenceImage(_ node: MarkdownNode) {
        diagnostics.append(
            .warning(
                .unsafeLink,
                "the image address `\(node.url.prefix(60))` is a page of the dossier, not a picture; it is dropped",
                at: location(of: node),
                fix: "To link the page, drop the «!»: `[\(altText.prefix(30))](\(node.url.prefix(60)))`."))
    }

    /// Writes the text gathered so far: a web address written bare («https://…», «www.…») is
    /// a link, as on the sites it was copied from, unless the text is a link's words already.
    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        defer { pendingText = "" }
        let addresses = openLinks.contains(true) ? [] : WebAddressRuns.linkRanges(in: pendingText)
        guard !addresses.isEmpty else {
            html += HTMLText.isolatingLatin(pendingText)
            return
        }
        let scalars = Array(pendingText.unicodeScalars)
        let piece = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
        var position = 0
        for range in addresses {
            html += HTMLText.isolatingLatin(piece(position..<range.lowerBound))
            let address = piece(range)
            let target = address.lowercased().hasPrefix("www.") ? "https://" + address : address
            html +=
                URLSafety.isSafe(target, forImage: false)
                ? "<a href=\"\(URLSafety.escapeHref(target))\" dir=\"ltr\">\(HTMLText.escape(address))</a>"
                : HTMLText.isolatingLatin(address)
            position = range.upperBound
        }
        html += HTMLText.isolatingLatin(piece(position..<scalars.count))
    }

    /// The node's place in the source file, with the column in characters, not bytes.
    private func location(of node: MarkdownNode) -> SourceLocation {
        let (line, byteColumn) = node.position
        let lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
        var column = byteColumn
        if line - 1 < lines.count {
            let bytes = Array(lines[line - 1].utf8.prefix(max(0, byteColumn - 1)))
            column = String(decoding: bytes, as: UTF8.self).count + 1
        }
        if line == 1 { column += markdown.location.column - 1 }
        return SourceLocation(path: markdown.location.path, line: markdown.location.line + line - 1, column: column)
    }
}
