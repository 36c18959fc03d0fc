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

    /// The id of a note's highlight on its article page.
    public static func noteID(_ noteID: String) -> String { "note-\(noteID)" }

    /// A relative URL from the page at `fromPath` to the file at `toPath` (both from the site root).
    public static func relativeURL(from fromPath: String, to toPath: String, fragment: String? = nil) -> String {
        let fromFolders = Array(fromPath.split(separator: "/").dropLast())
        let target = toPath.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < target.count - 1, fromFolders[common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        let url = (ups + target[common...].map(String.init)).joined(separator: "/")
        guard let fragment, !fragment.isEmpty else { return url }
        return url + "#" + percentEncoded(fragment)
    }

    /// A relative URL from the page of `from` to `to`.
    public static func relativeURL(from: Route, to: Route, fragment: String? = nil) -> String {
        relativeURL(from: path(of: from), to: path(of: to), fragment: fragment)
    }

    /// Ids are ASCII file stems; anything else is percent-encoded so a path never breaks.
    private static func segment(_ text: String) -> String { percentEncoded(text) }

    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return result
    }
}
