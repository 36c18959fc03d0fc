/// The one test of a web address the dossier publishes (`base_url`, an article's or an outlet's
/// `url`): an absolute `http` or `https` URL with a host. A scheme test by prefix would let
/// `httpjavascript:` through; this reads the scheme, the `//` and the host.
public enum WebAddress {
    /// True when `text` is an absolute `http(s)://host…` URL with nothing that would need
    /// escaping to stay one (no spaces, controls, double quotes, angle brackets or backslashes).
    public static func isValid(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: isForbidden), let rest = afterScheme(text) else { return false }
        let authority = rest.prefix { !"/?#".contains($0) }
        // A user name before `@` is allowed by the URL syntax; the host is what follows it. A
        // password with it (`user:pass@`) would be published on every page that links there.
        let parts = authority.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count <= 2, !(parts.count == 2 && parts[0].contains(":")) else { return false }
        return isHostAndPort(parts.last ?? "")
    }

    /// The host of a valid web address as written (without a user name or a port; an IPv6
    /// literal in its brackets) and its path (from its first `/`, before a `?` or a `#`); nil
    /// for any other text.
    public static func hostAndPath(of text: String) -> (host: Substring, path: Substring)? {
        guard isValid(text), let rest = afterScheme(text) else { return nil }
        let authority = rest.prefix { !"/?#".contains($0) }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        let host: Substring
        if hostAndPort.hasPrefix("["), let close = hostAndPort.firstIndex(of: "]") {
            host = hostAndPort[...close]
        } else {
            host = hostAndPort.lastIndex(of: ":").map { hostAndPort[..<$0] } ?? hostAndPort
        }
        return (host, rest.dropFirst(authority.count).prefix { !"?#".contains($0) })
    }

    /// What follows `http://` or `https://` (in any case) in `text`; nil for another scheme.
    private static func afterScheme(_ text: String) -> Substring? {
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            return text.dropFirst(scheme.count)
        }
        return nil
    }

    /// `text` when it is a valid web address, else nil: for the writers of pages and data, so a
    /// value that bypassed the loader's check still never reaches an `href` or a feed.
    public static func checked(_ text: String?) -> String? {
        text.flatMap { isValid($0) ? $0 : nil }
    }

    private static func isHostAndPort(_ text: Substring) -> Bool {
        var host = text
        var port: Substring = ""
        if text.hasPrefix("[") {
            // An IPv6 literal: `[::1]` or `[::1]:8080`.
            guard let close = text.firstIndex(of: "]") else { return false }
            let literal = text[text.index(after: text.startIndex)..<close]
            guard !literal.isEmpty, literal.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                return false
            }
            let after = text[text.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return false }
            host = "x"
            port = after.dropFirst()
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        }
        guard port.allSatisfy(\.isASCII) && port.allSatisfy(\.isNumber), !host.isEmpty else { return false }
        // A port is a number from 1 to 65535 (or none after the colon).
        guard port.isEmpty || (port.count <= 5 && (1...65535).contains(Int(port) ?? 0)) else { return false }
        return host.allSatisfy { !$0.isASCII || $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// The first character of `text` that a web address must write percent-encoded (a space,
    /// a control, a double quote, an angle bracket or a backslash), if any.
    public static func characterToEncode(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || "\"<>\\".unicodeScalars.contains(scalar)
    }
}
