/// Every URL of the site, computed in this one place, and relative links between them.
///
/// Paths are relative to the site root and end in a file name (`articles/<id>/index.html`),
/// so that links work from disk as well as from any server path.
public enum SiteRoutes {
    /// The stylesheet every page links to.
    public static let stylesheet = Route.asset("assets/style.css")

    /// The path of `route` from the site root.
    public static func path(of route: Route) -> String {
        switch route {
        case .home: "index.html"
        case .articleIndex: "articles/index.html"
        case .article(let id): "articles/\(segment(id))/index.html"
        case .articleOriginal(let id): "articles/\(segment(id))/original.txt"
        case .actorIndex: "actors/index.html"
        case .actor(let id): "actors/\(segment(id))/index.html"
        case .topicIndex: "topics/index.html"
        case .topic(let id): "topics/\(segment(id))/index.html"
        case .outletIndex: "outlets/index.html"
        case .outlet(let id): "outlets/\(segment(id))/index.html"
        case .notes: "notes/index.html"
        case .timeline: "timeline/index.html"
        case .timelineYear(let year): "timeline/\(year)/index.html"
        case .search: "search/index.html"
        case .dossierData: "data/dossier.json"
        case .articleData(let id): "data/articles/\(segment(id)).json"
        case .annotations: "data/annotations.jsonld"
        case .comparison: "compare/index.html"
        case .notFound: "404.html"
        case .paged(let list, let page): folder(of: path(of: list)) + "page/\(page)/index.html"
        case .asset(let path): path.split(separator: "/").map { segment(String($0)) }.joined(separator: "/")
        }
    }

    /// `a/b/index.html` → `a/b/`; a path at the root → "".
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The id of a paragraph of an article page (1-based).
    public static func paragraphID(_ number: Int) -> String { "p-\(number)" }

    /// The id of an article page's title when notes are anchored in it.
    public static let titleID = "headline"

    /// The id of a note's highlight on its article page.
    public static func noteID(_ noteID: String) -> String { "note-\(noteID)" }

    /// The relative URL of the site's root folder from the page at `path`: `../` for each folder
    /// the page is in (`../../` from `articles/x/index.html`), empty at the root. Templates put
    /// it before the path of an asset they add (`{{rootHref}}assets/logo.svg`).
    public static func rootURL(from path: String) -> String {
        String(repeating: "../", count: path.utf8.count { $0 == UInt8(ascii: "/") })
    }

    /// A relative URL from the page at `fromPath` to the file at `toPath` (both from the site root).
    public static func relativeURL(from fromPath: String, to toPath: String, fragment: String? = nil) -> String {
        // Every page asks this for each of its links: built as bytes in one buffer, without
        // the arrays of segments and strings that splitting and joining would make.
        var fromPath = fromPath
        var toPath = toPath
        var url = fromPath.withUTF8 { from in toPath.withUTF8 { to in relativePath(from: from, to: to) } }
        if let fragment, !fragment.isEmpty {
            url.append(UInt8(ascii: "#"))
            url.append(contentsOf: percentEncoded(fragment).utf8)
        }
        return String(decoding: url, as: UTF8.self)
    }

    /// The path of `relativeURL`, with paths read as their `/`-separated segments (empty ones
    /// skipped): a `..` for each folder of the page below the folders it shares with the
    /// target, then the target's remaining segments, joined with `/`.
    private static func relativePath(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let folders = max(segmentCount(from) - 1, 0)
        let targetCount = segmentCount(to)
        var fromCursor = 0
        var toCursor = 0
        var common = 0
        while common < folders, common < targetCount - 1 {
            let before = toCursor
            guard let folder = nextSegment(from, after: &fromCursor), let segment = nextSegment(to, after: &toCursor),
                from[folder].elementsEqual(to[segment])
            else {
                toCursor = before
                break
            }
            common += 1
        }
        var url: [UInt8] = []
        url.reserveCapacity(to.count + 3 * (folders - common) + 16)
        for _ in common..<folders {
            if !url.isEmpty { url.append(UInt8(ascii: "/")) }
            url.append(contentsOf: "..".utf8)
        }
        while let segment = nextSegment(to, after: &toCursor) {
            if !url.isEmpty { url.append(UInt8(ascii: "/")) }
            url.append(contentsOf: to[segment])
        }
        return url
    }

    /// The number of non-empty `/`-separated segments of `path`.
    private static func segmentCount(_ path: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var cursor = 0
        while nextSegment(path, after: &cursor) != nil { count += 1 }
        return count
    }

    /// The next non-empty segment of `path` at or after `cursor`, which moves past it.
    private static func nextSegment(_ path: UnsafeBufferPointer<UInt8>, after cursor: inout Int) -> Range<Int>? {
        let slash = UInt8(ascii: "/")
        while cursor < path.count, path[cursor] == slash { cursor += 1 }
        guard cursor < path.count else { return nil }
        let start = cursor
        while cursor < path.count, path[cursor] != slash { cursor += 1 }
        return start..<cursor
    }

    /// A relative URL from the page of `from` to `to`.
    public static func relativeURL(from: Route, to: Route, fragment: String? = nil) -> String {
        relativeURL(from: path(of: from), to: path(of: to), fragment: fragment)
    }

    /// Ids are ASCII file stems; anything else is percent-encoded so a path never breaks.
    private static func segment(_ text: String) -> String { percentEncoded(text) }

    private static func percentEncoded(_ text: String) -> String {
        // Ids and fragments are almost always unreserved already.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return result
    }

    /// ASCII letters, digits and `-_.~`: kept as they are in a URL.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
