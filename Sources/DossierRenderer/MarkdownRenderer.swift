import CCmark
import DossierModel

/// Markdown to HTML over the cmark AST: raw HTML is dropped (with a warning),
/// cross-reference links are resolved by the caller, Latin runs are isolated.
///
/// This is the only file that talks to cmark; every pointer it gets is freed
/// in the function that got it.
public struct MarkdownRenderer: Sendable {
    /// How the levels of Markdown headings become levels of HTML headings.
    public enum HeadingLevels: Sendable, Hashable {
        /// Every heading pushed down by this many levels, so the page keeps one `<h1>`: for
        /// text with a place of its own under a page heading (a profile, an essay).
        case shifted(by: Int)
        /// The levels the text uses renumbered without gaps, its shallowest heading at this
        /// level: for text shown in several places (a note in the margin after the page's
        /// `<h1>`, or under an `<h2>` of a list), whose `##` must not skip a level of any.
        case outline(from: Int)
    }

    /// How headings are levelled.
    public let headingLevels: HeadingLevels

    public init(headingLevels: HeadingLevels = .shifted(by: 1)) {
        self.headingLevels = headingLevels
    }

    /// Renders `markdown`; `resolve` turns each `actor:`/`topic:`/`article:`/`outlet:`/`note:`
    /// destination into a relative URL, and unknown ones become diagnostics at their file:line.
    public func render(
        _ markdown: MarkdownText, resolve: (CrossReference) -> CrossReferenceResolution
    ) -> RenderedMarkdown {
        let utf8 = Array(markdown.text.utf8)
        guard let document = cmark_parse_document(markdown.text, utf8.count, CMARK_OPT_DEFAULT) else {
            return RenderedMarkdown(html: "", diagnostics: [])
        }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else {
            return RenderedMarkdown(html: "", diagnostics: [])
        }
        defer { cmark_iter_free(iterator) }

        return withoutActuallyEscaping(resolve) { resolve in
            var writer = MarkdownHTMLWriter(
                headingLevel: headingLevelMap(of: document), markdown: markdown, resolve: resolve)
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                writer.visit(MarkdownNode(node), entering: event == CMARK_EVENT_ENTER)
            }
            return writer.finish()
        }
    }
}

extension MarkdownRenderer {
    /// `markdown` as a reader sees it, without markup: the words of text, code, links and
    /// image descriptions, blocks and line breaks as spaces; raw HTML, which pages do not
    /// show, is left out. For plain-text places such as a feed's summaries.
    public static func plainText(of markdown: String) -> String {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator).map(MarkdownNode.init) else { continue }
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += node.literal
            case CMARK_NODE_CODE_BLOCK:
                text += " " + node.literal + " "
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                if event == CMARK_EVENT_EXIT || node.type == CMARK_NODE_SOFTBREAK || node.type == CMARK_NODE_LINEBREAK {
                    text += " "
                }
            default:
                break
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The HTML level of each Markdown heading level `document` uses.
    private func headingLevelMap(of document: OpaquePointer) -> [Int: Int] {
        var used = Set<Int>()
        if case .outline = headingLevels, let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let view = MarkdownNode(node)
                if view.type == CMARK_NODE_HEADING { used.insert(view.headingLevel) }
            }
        }
        switch headingLevels {
        case .shifted(let offset):
            return Dictionary(uniqueKeysWithValues: (1...6).map { ($0, min(6, $0 + offset)) })
        case .outline(let top):
            return Dictionary(
                uniqueKeysWithValues: used.sorted().enumerated().map { ($0.element, min(6, top + $0.offset)) })
        }
    }
}

/// Markdown rendered to HTML, with the problems found in it.
public struct RenderedMarkdown: Sendable, Hashable {
    public let html: String
    public let diagnostics: [Diagnostic]

    public init(html: String, diagnostics: [Diagnostic]) {
        self.html = html
        self.diagnostics = diagnostics
    }
}

/// A read-only view of one cmark node, valid while its document lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }

    /// True for a paragraph directly inside an item of a tight list (rendered without `<p>`).
    var isInTightList: Bool {
        guard let item = parent, item.type == CMARK_NODE_ITEM, let list = item.parent else { return false }
        return list.isTightList
    }

    /// The nearest position cmark recorded for this node or an ancestor (inlines may have none).
    var position: (line: Int, column: Int) {
        var node: MarkdownNode? = self
        while let current = node {
            if current.startLine > 0 { return (current.startLine, max(1, current.startColumn)) }
            node = current.parent
        }
        return (1, 1)
    }
}
