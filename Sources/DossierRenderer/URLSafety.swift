/// Which addresses commentary may link to: web and mail addresses, not the schemes that run
/// code or open programs (`javascript:`, `search-ms:`, `ms-msdt:`, `intent:`).
enum URLSafety {
    /// The schemes a link may use; any other is dropped.
    static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// True for an address without a scheme (relative, a fragment, `//host`), one of
    /// `linkSchemes`, and, in an image's `src`, a `data:` raster image.
    static func isSafe(_ url: String, forImage: Bool) -> Bool {
        let lower = url.lowercased().trimmingPrefixWhitespace()
        guard let scheme = scheme(of: lower) else { return true }
        if scheme == "data" {
            guard forImage else { return false }
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { lower.hasPrefix($0) }
        }
        return linkSchemes.contains(scheme)
    }

    /// The scheme of `url` (what comes before its first `:`, when that is a scheme's letters and
    /// comes before any `/`, `?` or `#`), or nil when it has none.
    private static func scheme(of url: Substring) -> String? {
        let scheme = url.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        guard scheme.count < url.count, url[scheme.endIndex] == ":", scheme.first?.isLetter == true,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return String(scheme)
    }

    /// `url` with `https:` before it when it names a host without a scheme (`//host/x`), which
    /// a page opened from disk would read as `file://host/x`; any other `url` as it is.
    static func withScheme(_ url: String) -> String {
        url.trimmingPrefixWhitespace().hasPrefix("//") ? "https:" + url.trimmingPrefixWhitespace() : url
    }

    /// Whether `url` is a web address without its host (`https:javascript:…`, `http:page`),
    /// which no browser can follow.
    static func lacksHost(_ url: String) -> Bool {
        let lower = url.lowercased().trimmingPrefixWhitespace()
        guard let scheme = scheme(of: lower), scheme == "http" || scheme == "https" else { return false }
        return !lower.dropFirst(scheme.count + 1).hasPrefix("//")
    }

    /// True for a path inside the site (`../actors/x/`, `/about.html`): no scheme, not
    /// protocol-relative (`//host`), not only a fragment (`#part`).
    static func isPagePath(_ url: String) -> Bool {
        let trimmed = url.trimmingPrefixWhitespace()
        guard let first = trimmed.first, first != "#", !trimmed.hasPrefix("//") else { return false }
        return scheme(of: trimmed) == nil
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
