import DossierModel
import Foundation

/// Turns site paths (`articles/x/index.html`) into the URLs written in host files.
///
/// Host files (feed, sitemap, robots, Open Graph) are read by machines outside the site, so
/// when `base_url` is set they get absolute URLs; pretty pages are written as their folder
/// (`articles/x/`), the canonical form servers answer.
public enum SiteURL {
    /// `base` without trailing slashes, or nil when it is missing, blank or not an absolute
    /// `http(s)` URL (the loader reports that; this keeps any other scheme out of every file).
    public static func normalizedBase(_ base: String?) -> String? {
        guard var base = base?.trimmingCharacters(in: .whitespacesAndNewlines), WebAddress.isValid(base) else {
            return nil
        }
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// The canonical form of a site path: `index.html` dropped (`a/b/index.html` -> `a/b/`,
    /// `index.html` -> ``), a fragment kept, each path segment percent-encoded.
    public static func canonicalPath(_ path: String) -> String {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var file = parts.first.map(String.init) ?? ""
        while file.hasPrefix("/") { file.removeFirst() }
        if file == "index.html" {
            file = ""
        } else if file.hasSuffix("/index.html") {
            file.removeLast("index.html".count)
        }
        let encoded = file.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            String(segment).addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? String(segment)
        }.joined(separator: "/")
        guard parts.count == 2 else { return encoded }
        let fragment =
            String(parts[1]).addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? String(parts[1])
        return encoded + "#" + fragment
    }

    /// The absolute URL of a site path under `base` (already normalised or not).
    public static func absolute(_ path: String, base: String) -> String {
        (normalizedBase(base) ?? base) + "/" + canonicalPath(path)
    }

    /// Absolute when `base` is set, else the site path itself (relative to the site root).
    public static func href(_ path: String, base: String?) -> String {
        guard let base = normalizedBase(base) else { return path }
        return absolute(path, base: base)
    }

    /// RFC 3986 unreserved characters plus sub-delims allowed in a path segment.
    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        set.insert(charactersIn: "!$&'()*+,;=:@")
        return set
    }()
}
