import Foundation
import Hummingbird

/// Serves the built site from disk: folders by their `index.html`, each file with its type,
/// HTML with the live-reload script (and the failure overlay) added on the way out.
struct StaticFiles: Sendable {
    /// The output folder.
    let root: String
    let state: PreviewState

    /// The response for a request path (percent-encoded, without the query).
    func response(for rawPath: String) async -> Response {
        let path = rawPath.removingPercentEncoding ?? rawPath
        let components = path.split(separator: "/").map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." }) else { return text(.badRequest, "bad path") }
        let failure = await state.failure
        var file = components.isEmpty ? root : root + "/" + components.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            // Pretty URLs link relatively, so a folder must be asked for with its slash.
            guard path.hasSuffix("/") else {
                return Response(status: .movedPermanently, headers: [.location: rawPath + "/"])
            }
            file += "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            if let failure, !FileManager.default.fileExists(atPath: root + "/index.html") {
                return html(.ok, PreviewPage.standalone(failure: failure))
            }
            let notFound =
                FileManager.default.contents(atPath: root + "/404.html")
                .map { String(decoding: $0, as: UTF8.self) }
                ?? "<!doctype html><title>404</title><body>Not found</body>"
            return html(.notFound, PreviewPage.inject(into: notFound, failure: failure))
        }
        let type = ContentTypes.type(ofPath: file)
        guard type.hasPrefix("text/html") else {
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        return html(.ok, PreviewPage.inject(into: String(decoding: data, as: UTF8.self), failure: failure))
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
