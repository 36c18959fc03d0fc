/// The URL rules cmark applies in safe mode, for the renderer that replaces its HTML writer.
enum URLSafety {
    /// False for `javascript:`, `vbscript:`, `file:` and `data:` (except raster images in `src`).
    static func isSafe(_ url: String, forImage: Bool) -> Bool {
        let lower = url.lowercased().trimmingPrefixWhitespace()
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) { return false }
        if lower.hasPrefix("data:") {
            guard forImage else { return false }
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { lower.hasPrefix($0) }
        }
        return true
    }

    /// True for a path inside the site (`../actors/x/`, `/about.html`): no scheme, not
    /// protocol-relative (`//host`), not only a fragment (`#part`).
    static func isPagePath(_ url: String) -> Bool {
        let trimmed = url.trimmingPrefixWhitespace()
        guard let first = trimmed.first, first != "#", !trimmed.hasPrefix("//") else { return false }
        let scheme = trimmed.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        let hasScheme =
            scheme.count < trimmed.count && trimmed[scheme.endIndex] == ":" && scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
        return !hasScheme
    }

    /// Percent-encodes what may not appear raw in an `href`, and escapes it for a quoted attribute.
    static func escapeHref(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#39;"
            case _ where isHrefSafe(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "%" + hex(byte)
            }
        }
        return result
    }

    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var text = ""
        text.unicodeScalars.append(digits[Int(byte >> 4)])
        text.unicodeScalars.append(digits[Int(byte & 0xF)])
        return text
    }
}

extension String {
    fileprivate func trimmingPrefixWhitespace() -> Substring {
        drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    }
}
