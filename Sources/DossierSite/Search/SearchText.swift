/// The text a search engine reads from a piece of generated HTML.
enum SearchText {
    /// `html` with its tags removed (each tag becomes a space, so words never glue) and the
    /// entities our templates write (`&amp; &lt; &gt; &quot; &#39;` and numeric ones) decoded.
    /// Inline SVG is skipped: chart labels repeat names the page already has.
    static func plainText(ofHTML html: String) -> String {
        // Walks the string's own scalars: an array of them would cost four bytes per scalar of
        // the page, several times the size of a long article.
        var out = String.UnicodeScalarView()
        let scalars = html.unicodeScalars
        var index = scalars.startIndex
        var svgDepth = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "<" {
                let nameStart = scalars.index(after: index)
                let end = scalars[nameStart...].firstIndex(of: ">") ?? scalars.endIndex
                let tag = String(Substring(scalars[nameStart..<end])).lowercased()
                if tag.hasPrefix("svg") {
                    svgDepth += 1
                } else if tag.hasPrefix("/svg") {
                    svgDepth = max(0, svgDepth - 1)
                }
                if svgDepth == 0 { out.append(" ") }
                index = end < scalars.endIndex ? scalars.index(after: end) : end
                continue
            }
            if svgDepth > 0 {
                index = scalars.index(after: index)
                continue
            }
            if scalar == "&", let (decoded, next) = entity(at: index, in: scalars) {
                out.append(decoded)
                index = next
                continue
            }
            out.append(scalar)
            index = scalars.index(after: index)
        }
        return String(out)
    }

    /// The character of an entity starting at `start`, and the index after the entity.
    private static func entity(at start: String.Index, in scalars: String.UnicodeScalarView) -> (
        Unicode.Scalar, String.Index
    )? {
        var end = scalars.index(after: start)
        var distance = 1
        while end < scalars.endIndex, distance < 12, scalars[end] != ";" {
            end = scalars.index(after: end)
            distance += 1
        }
        guard end < scalars.endIndex, scalars[end] == ";" else { return nil }
        let name = String(Substring(scalars[scalars.index(after: start)..<end]))
        let next = scalars.index(after: end)
        switch name {
        case "amp": return ("&", next)
        case "lt": return ("<", next)
        case "gt": return (">", next)
        case "quot": return ("\"", next)
        case "apos": return ("'", next)
        case "nbsp": return (" ", next)
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { ($0, next) }
        }
    }
}
