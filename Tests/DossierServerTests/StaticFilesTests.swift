import Foundation
import Hummingbird
import Testing

@testable import DossierServer

/// The file server refuses paths that could name another file than they spell, takes the type
/// from the file it reads, and never follows a link out of the output folder.
struct StaticFilesTests {
    /// An output folder with a page, a raw article, and links in and out of it.
    private struct Site {
        let folder: URL
        var output: URL { folder.appendingPathComponent("out") }
        var outside: URL { folder.appendingPathComponent("outside") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-files-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(
                at: folder.appendingPathComponent("out/articles/a"), withIntermediateDirectories: true)
            try manager.createDirectory(at: folder.appendingPathComponent("outside"), withIntermediateDirectories: true)
            try Data("<!doctype html><body>home</body>".utf8).write(to: output.appendingPathComponent("index.html"))
            try Data("<!doctype html><body>a</body>".utf8).write(
                to: output.appendingPathComponent("articles/a/index.html"))
            try Data("<script>alert(1)</script> نص".utf8).write(
                to: output.appendingPathComponent("articles/a/original.txt"))
            try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.txt"))
            try Data("<!doctype html><body>outside</body>".utf8).write(to: outside.appendingPathComponent("index.html"))
            // A folder and a file that lead out, and a page name that leads to a text file inside.
            try manager.createSymbolicLink(atPath: output.path + "/media", withDestinationPath: outside.path)
            try manager.createSymbolicLink(
                atPath: output.path + "/leak.html", withDestinationPath: outside.path + "/secret.txt")
            try manager.createSymbolicLink(
                atPath: output.path + "/alias.html", withDestinationPath: "articles/a/original.txt")
        }

        func files() -> StaticFiles { StaticFiles(root: output.path, state: PreviewState()) }
    }

    @Test(arguments: [
        "/articles/a/original.txt%00.html", "/articles/a/original.txt%00", "/articles/a/%01index.html",
        "/articles/a/index.html%0A", "/articles/a/index%7F.html", "/articles/a/index%C2%85.html",
        "/articles%2Fa/index.html", "/articles%2fa/", "/articles/a%5Cindex.html", "/articles/%zz",
        "/articles/a/../../outside/secret.txt", "/articles/%2E%2E/index.html",
    ])
    func refusesPathsThatNameAnotherFile(path: String) async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.folder) }
        let response = await site.files().response(for: path)
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
    }

    @Test func typeComesFromTheFileServed() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.folder) }
        let files = site.files()
        let raw = await files.response(for: "/articles/a/original.txt")
        #expect(raw.status == .ok)
        #expect(raw.headers[.contentType] == "text/plain; charset=utf-8")
        let size = try FileManager.default.attributesOfItem(atPath: site.output.path + "/articles/a/original.txt")[
            .size]
        #expect(raw.headers[.contentLength] == (size as? Int).map(String.init))
        // A page name that is a link to the raw text is served as what it is: text.
        let alias = await files.response(for: "/alias.html")
        #expect(alias.status == .ok)
        #expect(alias.headers[.contentType] == "text/plain; charset=utf-8")
        let page = await files.response(for: "/articles/a/")
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
    }

    @Test(arguments: ["/media/secret.txt", "/media/", "/media/index.html", "/leak.html"])
    func neverFollowsALinkOutOfTheOutput(path: String) async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.folder) }
        let response = await site.files().response(for: path)
        #expect(response.status == .forbidden)
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
    }

    /// The output folder replaced by a link while the server runs serves nothing of the link's
    /// target; a folder put back where it was (a build's swap) is served again.
    @Test func anOutputReplacedByALinkServesNothingOfItsTarget() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.folder) }
        let files = site.files()
        #expect(await files.response(for: "/").status == .ok)
        let kept = site.folder.appendingPathComponent("kept")
        try FileManager.default.moveItem(at: site.output, to: kept)
        try FileManager.default.createSymbolicLink(at: site.output, withDestinationURL: site.outside)
        for path in ["/secret.txt", "/", "/index.html"] {
            let response = await files.response(for: path)
            #expect(response.status == .forbidden, "\(path)")
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
        }
        try FileManager.default.removeItem(at: site.output)
        try FileManager.default.moveItem(at: kept, to: site.output)
        #expect(await files.response(for: "/").status == .ok)
    }

    @Test func servesFoldersAndRedirectsWithoutSlash() async throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(at: site.folder) }
        let files = site.files()
        #expect(await files.response(for: "/").status == .ok)
        let redirect = await files.response(for: "/articles/a")
        #expect(redirect.status == .movedPermanently)
        #expect(redirect.headers[.location] == "/articles/a/")
        // Never to another host: `//articles` must not answer `Location: //articles/`.
        #expect(await files.response(for: "//articles").headers[.location] == "/articles/")
        // The query goes along: `search?q=…` is a search, shared as a link.
        let search = await files.response(for: "/articles", query: "q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&actor=putin")
        #expect(search.headers[.location] == "/articles/?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&actor=putin")
        #expect(await files.response(for: "/articles", query: "").headers[.location] == "/articles/")
        #expect(await files.response(for: "/no/such/page").status == .notFound)
        // Hidden files are not the site's pages: the manifest, a repository's `.git/`.
        try Data("{}".utf8).write(to: site.output.appendingPathComponent(".dossier-manifest.json"))
        #expect(await files.response(for: "/.dossier-manifest.json").status == .notFound)
        #expect(await files.response(for: "/.git/config").status == .notFound)
        // Arabic and spaces percent-encoded are ordinary names, not refused.
        #expect(await files.response(for: "/%D9%86%D8%B5%20x.html").status == .notFound)
    }
}
