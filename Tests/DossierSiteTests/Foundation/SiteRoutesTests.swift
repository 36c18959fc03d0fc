import DossierSite
import Testing

/// Every URL from one place, and relative links between pages.
struct SiteRoutesTests {
    @Test(
        "paths of routes",
        arguments: [
            (Route.home, "index.html"),
            (.article("000_x"), "articles/000_x/index.html"),
            (.articleOriginal("000_x"), "articles/000_x/original.txt"),
            (.actor("vladimir-putin"), "actors/vladimir-putin/index.html"),
            (.topic("starlink"), "topics/starlink/index.html"),
            (.outlet("alhurra"), "outlets/alhurra/index.html"),
            (.notes, "notes/index.html"),
            (.timeline, "timeline/index.html"),
            (.asset("assets/style.css"), "assets/style.css"),
            (.article("a b/ج"), "articles/a%20b%2F%D8%AC/index.html"),
        ])
    func path(route: Route, path: String) {
        #expect(SiteRoutes.path(of: route) == path)
    }

    @Test(
        "relative URLs",
        arguments: [
            ("index.html", "articles/a/index.html", nil as String?, "articles/a/index.html"),
            ("articles/a/index.html", "index.html", nil, "../../index.html"),
            ("articles/a/index.html", "articles/a/original.txt", nil, "original.txt"),
            ("articles/a/index.html", "articles/b/index.html", "p-2", "../b/index.html#p-2"),
            ("articles/a/index.html", "assets/style.css", nil, "../../assets/style.css"),
            ("actors/x/index.html", "actors/index.html", nil, "../index.html"),
            ("index.html", "index.html", "articles", "index.html#articles"),
        ])
    func relative(from: String, to: String, fragment: String?, url: String) {
        #expect(SiteRoutes.relativeURL(from: from, to: to, fragment: fragment) == url)
    }
}

/// `relativeURL` reads paths as their non-empty segments; it must agree with doing that by
/// splitting and joining, for any pair of paths.
struct RelativeURLSegmentTests {
    private static let paths = [
        "", "/", "index.html", "a/index.html", "a/b/index.html", "a//b/index.html", "/a/b/x.css", "a/b/",
        "a/c/index.html", "ab/index.html", "a/b/c/d.txt", "actors/%D8%A7/index.html",
    ]

    /// The reading by splitting and joining.
    private static func reference(from: String, to: String) -> String {
        let fromFolders = Array(from.split(separator: "/").dropLast())
        let target = to.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < target.count - 1, fromFolders[common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }

    @Test func agreesWithSplittingAndJoining() {
        for from in Self.paths {
            for to in Self.paths {
                #expect(
                    SiteRoutes.relativeURL(from: from, to: to) == Self.reference(from: from, to: to), "\(from) → \(to)")
            }
        }
        #expect(
            SiteRoutes.relativeURL(from: "a/index.html", to: "b/index.html", fragment: "ملاحظة 1")
                == "../b/index.html#%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A9%201")
    }
}
