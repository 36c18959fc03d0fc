import DossierLoader
import DossierModel
import Foundation
import Hummingbird

/// Serves the built site from disk: folders by their `index.html`, each file with its type,
/// HTML with the live-reload script (and the failure overlay) added on the way out.
struct StaticFiles: Sendable {
    /// The output folder, its real path pinned once it resolves (`ServedRoot`).
    private let served: ServedRoot
    /// The last build's outcome, for the failure overlay.
    let state: PreviewState

    /// The output folder.
    var root: String { served.path }

    /// Serves the output folder at `root`, with `state` for the failure overlay.
    init(root: String, state: PreviewState) {
        served = ServedRoot(path: root)
        self.state = state
    }

    /// The response for a request path (percent-encoded, without the query); a redirect keeps
    /// `query` (as it came, without its `?`).
    func response(for rawPath: String, query: String? = nil) async -> Response {
        guard case .success(let path) = RequestPath.parse(rawPath) else { return text(.badRequest, "bad path") }
        let failure = await state.failure
        // Hidden files are no page of the site: the build's manifest, a repository's `.git/`.
        guard !path.components.contains(where: { $0.hasPrefix(".") }) else { return notFound(failure) }
        let realRoot: String
        switch served.place() {
        case .missing: return notFound(failure)
        case .moved: return text(.forbidden, "the output folder is no longer the folder being served")
        case .at(let real): realRoot = real
        }
        let asked = path.components.isEmpty ? root : root + "/" + path.components.joined(separator: "/")
        var file: String
        switch servable(asked, realRoot: realRoot) {
        case .missing: return notFound(failure)
        case .outside: return text(.forbidden, "links out of the output folder are not served")
        case .found(let real): file = real
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            // Pretty URLs link relatively, so a folder must be asked for with its slash. The
            // address starts with one slash: `//articles/` would send the browser to a host.
            // The query goes along (`search?q=…` is a search).
            guard path.endsWithSlash else {
                let kept = query.flatMap { $0.isEmpty ? nil : "?" + $0 } ?? ""
                let location = "/" + rawPath.drop { $0 == "/" } + "/" + kept
                return Response(status: .movedPermanently, headers: [.location: location])
            }
            switch servable(file + "/index.html", realRoot: realRoot) {
            case .missing: return notFound(failure)
            case .outside: return text(.forbidden, "links out of the output folder are not served")
            case .found(let real): file = real
            }
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(failure) }
        // The type of the file actually read, after every link was resolved.
        let type = ContentTypes.type(ofPath: file)
        guard type.hasPrefix("text/html") else {
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        return html(.ok, PreviewPage.inject(into: String(decoding: data, as: UTF8.self), failure: failure))
    }

    /// Where a path leads once its links are resolved.
    private enum Lookup {
        case missing
        /// A link (of the path or of a folder on it) points out of the output folder.
        case outside
        case found(String)
    }

    private func servable(_ path: String, realRoot: String) -> Lookup {
        guard case .success(let real) = RealPath.resolve(path) else { return .missing }
        return RealPath.isInside(real, folder: realRoot) ? .found(real) : .outside
    }

    /// The bytes of a file of the output folder, unless a link leads it out of the folder.
    private func ownFile(_ name: String) -> Data? {
        guard case .at(let realRoot) = served.place(),
            case .found(let real) = servable(root + "/" + name, realRoot: realRoot)
        else { return nil }
        return FileManager.default.contents(atPath: real)
    }

    /// The site's own 404 page, or the failure page when no good build exists yet.
    private func notFound(_ failure: BuildFailure?) -> Response {
        if let failure, !FileManager.default.fileExists(atPath: root + "/index.html") {
            return html(.ok, PreviewPage.standalone(failure: failure))
        }
        let page =
            ownFile("404.html")
            .map { String(decoding: $0, as: UTF8.self) }
            ?? "<!doctype html><title>404</title><body>Not found</body>"
        return html(.notFound, PreviewPage.inject(into: page, failure: failure))
    }

    private func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
