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
                for index in open[shallowest...].reversed() { appendCloseTag(valid[index].kind, to: &html) }
                open.removeSubrange(shallowest...)
                html.append(contentsOf: (insert ?? "").utf8)
                for index in reopen {
                    appendOpenTag(valid[index].kind, first: false, to: &html)
                    open.append(index)
                }
            }
            while next < valid.count, valid[next].range.lowerBound == point {
                appendOpenTag(valid[next].kind, first: true, to: &html)
                open.append(next)
                next += 1
            }
            if position + 1 < points.count {
                HTMLText.appendEscaped(utf8[offsets[point]..<offsets[points[position + 1]]], to: &html)
            }
        }
        for index in open.reversed() { appendCloseTag(valid[index].kind, to: &html) }
        return String(decoding: html, as: UTF8.self)
    }

    private static func clamp(_ span: InlineSpan, to count: Int) -> InlineSpan {
        let lower = min(max(0, span.range.lowerBound), count)
        let upper = min(max(lower, span.range.upperBound), count)
        return InlineSpan(range: lower..<upper, kind: span.kind)
    }

    /// Appends the tag opening `kind`, with its `id` only where it is first opened. Written
    /// into the page's bytes: made as strings, the tags of a page's mentions were a third of
    /// its paragraphs' cost.
    private static func appendOpenTag(_ kind: InlineSpan.Kind, first: Bool, to html: inout [UInt8]) {
        switch kind {
        case let .link(href, id, className, title):
            html.append(contentsOf: "<a".utf8)
            appendAttribute("href", href, to: &html)
            appendAttribute("id", first ? id : nil, to: &html)
            appendAttribute("class", className, to: &html)
            appendAttribute("title", title, to: &html)
        case let .highlight(id, className, title):
            html.append(contentsOf: "<mark".utf8)
            appendAttribute("id", first ? id : nil, to: &html)
            appendAttribute("class", className, to: &html)
            appendAttribute("title", title, to: &html)
        case let .isolate(dir, lang):
            html.append(contentsOf: "<span".utf8)
            appendAttribute("dir", dir, to: &html)
            appendAttribute("lang", lang, to: &html)
        case let .target(id, className):
            html.append(contentsOf: "<span".utf8)
            appendAttribute("id", first ? id : nil, to: &html)
            appendAttribute("class", className, to: &html)
        }
        html.append(UInt8(ascii: ">"))
    }

    private static func appendCloseTag(_ kind: InlineSpan.Kind, to html: inout [UInt8]) {
        switch kind {
        case .link: html.append(contentsOf: "</a>".utf8)
        case .highlight: html.append(contentsOf: "</mark>".utf8)
        case .isolate, .target: html.append(contentsOf: "</span>".utf8)
        }
    }

    /// Appends ` name="value"`, the value escaped, when there is a value.
    private static func appendAttribute(_ name: StaticString, _ value: String?, to html: inout [UInt8]) {
        guard var value else { return }
        html.append(UInt8(ascii: " "))
        html.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        html.append(contentsOf: "=\"".utf8)
        value.withUTF8 { HTMLText.appendEscaped($0[...], to: &html) }
        html.append(UInt8(ascii: "\""))
    }
}
