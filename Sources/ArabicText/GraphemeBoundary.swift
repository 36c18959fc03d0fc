/// Scalar offsets brought to the edges of characters (extended grapheme clusters), so that
/// nothing is inserted inside one: a quote that ends on the first regional indicator of a flag
/// (🇸 of 🇸🇩), or inside a family emoji joined by ZWJ, or between a letter and its combining
/// mark, would otherwise have its highlight closed, and its note's marker put, inside the
/// character, which then falls apart on the page.
///
/// Only the stretch of text around an offset is read: an offset with a scalar on each side
/// that is a character by itself (`SingleScalarGraphemes`) is a character's edge, and so is
/// each end of the text.
public enum GraphemeBoundary {
    /// `range` of `text` widened to whole characters: its start moved back to the start of the
    /// character it falls in, its end on to that character's end.
    public static func widen(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        guard !isPlainEdge(range.lowerBound, in: text) || !isPlainEdge(range.upperBound, in: text) else {
            return range
        }
        let lower = edges(around: range.lowerBound, in: text).last { $0 <= range.lowerBound } ?? range.lowerBound
        let upper = edges(around: range.upperBound, in: text).first { $0 >= range.upperBound } ?? range.upperBound
        return lower..<max(lower, upper)
    }

    /// Whether `offset` is an edge with no need to look further: an end of the text, or between
    /// two scalars that are each a character by themselves.
    private static func isPlainEdge(_ offset: Int, in text: [Unicode.Scalar]) -> Bool {
        offset <= 0 || offset >= text.count
            || (SingleScalarGraphemes.contains(text[offset - 1]) && SingleScalarGraphemes.contains(text[offset]))
    }

    /// The character edges from the plain edge at or before `offset` to the one at or after it.
    private static func edges(around offset: Int, in text: [Unicode.Scalar]) -> [Int] {
        var lower = min(max(offset, 0), text.count)
        while !isPlainEdge(lower, in: text) { lower -= 1 }
        var upper = min(max(offset, 0), text.count)
        while !isPlainEdge(upper, in: text) { upper += 1 }
        var edges = [lower]
        for character in String(scalars: text[lower..<upper]) {
            edges.append(edges[edges.count - 1] + character.unicodeScalars.count)
        }
        return edges
    }
}
