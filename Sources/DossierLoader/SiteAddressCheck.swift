import DossierModel
import Foundation

/// What makes a `base_url` unusable as the root of the site's absolute addresses, which go
/// into `sitemap.xml`, `robots.txt`, `feed.xml`, Open Graph tags and the 404 page's `<base>`,
/// beyond what any web address must be (`WebAddress.isValid`): a host that is no host name or
/// IPv4 address, a host or path in letters other than ASCII (sitemaps and feeds want them
/// encoded), a broken `%` escape, and `.`, `..` or empty path segments, with which the
/// addresses written would not lead to the site's pages.
enum SiteAddressCheck {
    /// The problem with `address` (an `http(s)://` address `WebAddress.isValid` accepts) and
    /// how to fix it, or nil when it can be the site's root.
    static func problem(of address: String) -> (problem: String, fix: String)? {
        guard let (host, path) = WebAddress.hostAndPath(of: address) else { return nil }
        let hostName = String(host)
        if !hostName.unicodeScalars.allSatisfy(\.isASCII) {
            return (
                "its host `\(hostName)` is written in letters other than ASCII, which sitemaps and feeds do not take",
                "Write the host in its ASCII form (the `xn--…` name its registry gives it)."
            )
        }
        if !hostName.hasPrefix("["), !isHostName(hostName) {
            return (
                "`\(hostName)` is not a host name (letters, digits and inner hyphens between dots) or an IPv4 address",
                "Write the address the site will be served from, such as `https://example.org/dossier/`."
            )
        }
        if !path.unicodeScalars.allSatisfy(\.isASCII) {
            let encoded = String(path).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String(path)
            return (
                "its path `\(path)` is written in letters other than ASCII, which sitemaps and feeds do not take",
                "Write the path percent-encoded: `\(address.dropLast(path.count))\(encoded)`."
            )
        }
        if String(path).removingPercentEncoding == nil {
            return (
                "its path `\(path)` has a `%` that starts no escape (`%` and two hexadecimal digits)",
                "Write a `%` itself as `%25`."
            )
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().dropLast()
        if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) || path.hasSuffix("/..")
            || path.hasSuffix("/.")
        {
            return (
                "its path `\(path)` has an empty (`//`), `.` or `..` segment: the addresses made from it would not lead to the site's pages",
                "Write the path as the browser shows it, such as `https://example.org/dossier/`."
            )
        }
        return nil
    }

    /// Whether `host` is a name of dot-separated labels of ASCII letters, digits and inner
    /// hyphens, or a dotted IPv4 address of four numbers up to 255.
    private static func isHostName(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            return labels.count == 4 && labels.allSatisfy { $0.count <= 3 && (Int($0) ?? 256) <= 255 }
        }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
