/// Text shortened for a message, a feed or a summary: cut between words, never inside one.
public enum TextClip {
    /// `text` with its spaces, tabs and line breaks collapsed to one space, cut before the first
    /// word that would take it past `length` scalars, with «…» (a first word longer than that
    /// is cut, with «…»). Words are taken one at a time: a long text is not split whole.
    public static func clipped(_ text: String, to length: Int) -> String {
        func isSpace(_ character: Character) -> Bool { character == " " || character == "\n" || character == "\t" }
        var result = ""
        var scalars = 0
        var rest = text[...]
        while let start = rest.firstIndex(where: { !isSpace($0) }) {
            let end = rest[start...].firstIndex(where: isSpace) ?? rest.endIndex
            let word = rest[start..<end]
            rest = rest[end...]
            let wordScalars = word.unicodeScalars.count
            let total = result.isEmpty ? wordScalars : scalars + 1 + wordScalars
            if total > length {
                return result.isEmpty
                    ? String(String.UnicodeScalarView(word.unicodeScalars.prefix(length))) + "…" : result + "…"
            }
            if !result.isEmpty { result += " " }
            result += word
            scalars = total
        }
        return result
    }
}
