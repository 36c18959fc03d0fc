/// A link of a page read as a site-internal target: decoded path from the root and fragment.
struct RelativeLink {
    /// True for `/x`: such links break when the site is served below a path prefix.
    let isRootRelative: Bool
    /// The target's path from the site root (`index.html` added to folders); nil when above the root.
    let targetPath: String?
    /// The decoded fragment, without `#`.
    let fragment: String?

    /// Nil for external links (with a scheme, or `//host`), which are not checked.
    init?(_ url: String, on page: String) {
        if url.hasPrefix("//") || RelativeLink.hasScheme(url) { return nil }
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = RelativeLink.percentDecoded(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        self.fragment = fragment
        isRootRelative = rest.hasPrefix("/")
        if rest.isEmpty {
            targetPath = page
            return
        }
        var segments = isRootRelative ? [] : page.split(separator: "/").dropLast().map(String.init)
        var escaped = false
        for part in rest.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                if segments.isEmpty { escaped = true } else { segments.removeLast() }
            default: segments.append(RelativeLink.percentDecoded(part))
            }
        }
        if rest.hasSuffix("/") || rest.hasSuffix("/.") || rest.hasSuffix("/..") || rest == "." || rest == ".." {
            segments.append("index.html")
        }
        targetPath = escaped ? nil : segments.joined(separator: "/")
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `%XX` sequences decoded as UTF-8; malformed ones are kept as written.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
