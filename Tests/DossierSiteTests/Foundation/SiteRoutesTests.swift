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
