/// Renders a paragraph with overlapping decorations as valid, properly nested HTML.
///
/// Mentions, note highlights and Latin runs are computed independently and may
/// cross (a note quote that starts inside a name). Elements are opened outermost
/// first (longer spans first); when a span ends while spans opened after it are
/// still open, those are closed and reopened after it, so every element nests.
/// A reopened piece drops its `id`, so each id appears once and every highlight
/// stays reachable through its first piece.
public enum InlineMarkup {
    /// The paragraph's text HTML-escaped, with `spans` applied and each `inserts` HTML
    /// fragment (a note marker) placed at its scalar offset outside every span, so an
    /// inserted link never nests inside a mention link.
    public static func render(_ text: String, spans: [InlineSpan], inserts: [Int: String] = [:]) -> String {
        // Built as UTF-8 bytes, the text's own bytes copied between boundaries: a paragraph
        // appended scalar by scalar to a `String` was most of an article page's cost.
        let offsets = HTMLText.utf8Offsets(of: text)
        let scalarCount = offsets.count - 1
        var text = text
        return text.withUTF8 { utf8 in
            render(utf8, offsets: offsets, scalarCount: scalarCount, spans: spans, inserts: inserts)
        }
    }

    /// `render` over the text's UTF-8 bytes, with the byte offset of each scalar.
    private static func render(
        _ utf8: UnsafeBufferPointer<UInt8>, offsets: [Int], scalarCount: Int, spans: [InlineSpan],
        inserts: [Int: String]
    ) -> String {
        let valid = spans.enumerated()
            .map { (order: $0.offset, span: clamp($0.element, to: scalarCount)) }
            .filter { !$0.span.range.isEmpty }
            .sorted { lhs, rhs in
                if lhs.span.range.lowerBound != rhs.span.range.lowerBound {
                    return lhs.span.range.lowerBound < rhs.span.range.lowerBound
                }
                if lhs.span.range.upperBound != rhs.span.range.upperBound {
                    return lhs.span.range.upperBound > rhs.span.range.upperBound
                }
                return lhs.order < rhs.order
            }
            .map(\.span)

        var boundaries = Set([0, scalarCount])
        for offset in inserts.keys where (0...scalarCount).contains(offset) { boundaries.insert(offset) }
        for span in valid {
            boundaries.insert(span.range.lowerBound)
            boundaries.insert(span.range.upperBound)
        }
        let points = boundaries.sorted()

        var html: [UInt8] = []
        html.reserveCapacity(utf8.count * 2)
        var open: [Int] = []  // indices into `valid`, outermost first
        var next = 0
        for (position, point) in points.enumerated() {
            // Close every span ending here, reopening those opened inside it; an insert closes
            // every open span first, so it sits outside all of them.
            let insert = inserts[point]
            let shallowest =
                insert != nil ? open.startIndex : open.firstIndex(where: { valid[$0].range.upperBound == point })
            if let shallowest {
                let reopen = open[shallowest...].filter { valid[$0].range.upperBound != point }
                for index in open[shallowest...].reversed() {
                    html.append(contentsOf: closeTag(valid[index].kind).utf8)
                }
                open.removeSubrange(shallowest...)
                html.append(contentsOf: (insert ?? "").utf8)
                for index in reopen {
                    html.append(contentsOf: openTag(valid[index].kind, first: false).utf8)
                    open.append(index)
                }
            }
            while next < valid.count, valid[next].range.lowerBound == point {
                html.append(contentsOf: openTag(valid[next].kind, first: true).utf8)
                open.append(next)
                next += 1
            }
            if position + 1 < points.count {
                HTMLText.appendEscaped(utf8[offsets[point]..<offsets[points[position + 1]]], to: &html)
            }
        }
        for index in open.reversed() { html.append(contentsOf: closeTag(valid[index].kind).utf8) }
        return String(decoding: html, as: UTF8.self)
    }

    private static func clamp(_ span: InlineSpan, to count: Int) -> InlineSpan {
        let lower = min(max(0, span.range.lowerBound), count)
        let upper = min(max(lower, span.range.upperBound), count)
        return InlineSpan(range: lower..<upper, kind: span.kind)
    }

    private static func openTag(_ kind: InlineSpan.Kind, first: Bool) -> String {
        switch kind {
        case let .link(href, id, className, title):
            return "<a" + attribute("href", href) + attribute("id", first ? id : nil)
                + attribute("class", className) + attribute("title", title) + ">"
        case let .highlight(id, className, title):
            return "<mark" + attribute("id", first ? id : nil) + attribute("class", className)
                + attribute("title", title) + ">"
        case let .isolate(dir, lang):
            return "<span" + attribute("dir", dir) + attribute("lang", lang) + ">"
        case let .target(id, className):
            return "<span" + attribute("id", first ? id : nil) + attribute("class", className) + ">"
        }
    }

    private static func closeTag(_ kind: InlineSpan.Kind) -> String {
        switch kind {
        case .link: "</a>"
        case .highlight: "</mark>"
        case .isolate, .target: "</span>"
        }
    }

    private static func attribute(_ name: String, _ value: String?) -> String {
        guard let value else { return "" }
        return " \(name)=\"\(HTMLText.escape(value))\""
    }
}
