import ArabicText

/// HTML escaping and bidi isolation of plain text, the one place text becomes markup.
public enum HTMLText {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes of
    /// HTML, SVG and XML, and drops the control characters XML forbids.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // XML 1.0 (and so SVG and feeds) forbids most C0 controls and U+FFFE/FFFF.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes the text and wraps every Latin run in `<span dir="ltr" lang="en">`
    /// (docs/arabic-text-engine.md §8.1), so Latin names and their punctuation land where an
    /// Arabic reader expects them.
    public static func isolatingLatin(_ text: String) -> String {
        let ranges = LatinRuns.ranges(in: text)
        guard !ranges.isEmpty else { return escape(text) }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var position = 0
        for range in ranges where range.lowerBound >= position && range.upperBound <= scalars.count {
            result += escape(string(scalars[position..<range.lowerBound]))
            result += #"<span dir="ltr" lang="en">"#
            result += escape(string(scalars[range]))
            result += "</span>"
            position = range.upperBound
        }
        result += escape(string(scalars[position...]))
        return result
    }

    /// Escaped text in its own language: Latin runs isolated only when the language is
    /// right-to-left (or unknown, shown in an Arabic page); in an English or French title they
    /// are the text itself, and marking them `lang="en"` would be wrong.
    public static func text(_ text: String, language: String?) -> String {
        guard let language, TextDirection.of(language: language) == "ltr" else { return isolatingLatin(text) }
        return escape(text)
    }

    /// ` lang="…" dir="…"` for text in `language` shown inside a page of another language, so
    /// the browser isolates it and lays it out in its own direction; empty when `language` is nil.
    public static func languageAttributes(_ language: String?) -> String {
        guard let language else { return "" }
        return " lang=\"\(escape(language))\" dir=\"\(TextDirection.of(language: language))\""
    }

    /// `languageAttributes(language)` for text of a known language, else ` dir="auto"`: text
    /// of unknown direction (names, titles, snippets) is isolated either way.
    public static func textAttributes(_ language: String?) -> String {
        language == nil ? #" dir="auto""# : languageAttributes(language)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
