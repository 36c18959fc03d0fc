/// The text a search engine reads from a piece of generated HTML.
enum SearchText {
    /// `html` with its tags removed (each tag becomes a space, so words never glue) and the
    /// entities our templates write (`&amp; &lt; &gt; &quot; &#39;` and numeric ones) decoded.
    /// Inline SVG is skipped: chart labels repeat names the page already has.
    static func plainText(ofHTML html: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var svgDepth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                var end = index + 1
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)])).lowercased()
                if tag.hasPrefix("svg") {
                    svgDepth += 1
                } else if tag.hasPrefix("/svg") {
                    svgDepth = max(0, svgDepth - 1)
                }
                if svgDepth == 0 { out.append(" ") }
                index = end + 1
                continue
            }
            if svgDepth > 0 {
                index += 1
                continue
            }
            if scalar == "&", let (decoded, length) = entity(at: index, in: scalars) {
                out.append(decoded)
                index += length
                continue
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }

    /// The character of an entity starting at `start`, and the entity's length.
    private static func entity(at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < scalars.count, end - start < 12, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        switch name {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        case "nbsp": return (" ", length)
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { ($0, length) }
        }
    }
}
