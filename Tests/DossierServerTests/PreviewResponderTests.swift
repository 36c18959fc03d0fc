import Foundation
import Hummingbird
import Testing

@testable import DossierServer

/// HEAD answers like GET without a body; every other method gets 405 with `Allow`; a request
/// for another host gets 403, whatever its method and path.
struct PreviewResponderTests {
    private func responder(root: String) -> PreviewResponder {
        PreviewResponder(
            files: StaticFiles(root: root, state: PreviewState()),
            events: { _ in Response(status: .ok, headers: [.contentType: "text/event-stream"]) },
            hostCheck: HostCheck(boundTo: "127.0.0.1"))
    }

    /// A request of `method` on `path`, without a body, for `host` (nil: no `Host` header).
    private func request(_ method: HTTPRequest.Method, _ path: String, host: String? = "127.0.0.1:8080") -> Request {
        Request(
            head: HTTPRequest(method: method, scheme: nil, authority: host, path: path),
            body: RequestBody(buffer: ByteBuffer()))
    }

    private func withSite(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-head-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<!doctype html><body>home</body>".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("body{}".utf8).write(to: folder.appendingPathComponent("style.css"))
        try await body(folder.path)
    }

    @Test(arguments: ["/", "/style.css", "/missing.html"])
    func headAnswersLikeGetWithoutABody(path: String) async throws {
        try await withSite { root in
            let responder = responder(root: root)
            let get = await responder.response(to: request(.get, path))
            let head = await responder.response(to: request(.head, path))
            #expect(head.status == get.status)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.contentLength] == get.headers[.contentLength])
            #expect(get.body.contentLength ?? 0 > 0)
            #expect(head.body.contentLength ?? 0 == 0)
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options, .connect, .trace])
    func otherMethodsGet405WithAllow(method: HTTPRequest.Method) async throws {
        try await withSite { root in
            let response = await responder(root: root).response(to: request(method, "/"))
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func eventsStreamOnlyForGet() async throws {
        try await withSite { root in
            let responder = responder(root: root)
            let get = await responder.response(to: request(.get, PreviewPage.eventsPath))
            #expect(get.headers[.contentType] == "text/event-stream")
            let head = await responder.response(to: request(.head, PreviewPage.eventsPath))
            #expect(head.status == .ok)
            #expect(head.body.contentLength ?? 0 == 0)
        }
    }

    @Test(arguments: [HTTPRequest.Method.get, .head, .post])
    func requestsForAnotherHostAre403(method: HTTPRequest.Method) async throws {
        try await withSite { root in
            for path in ["/", "/style.css", PreviewPage.eventsPath] {
                let response = await responder(root: root).response(
                    to: request(method, path, host: "attacker.example:8080"))
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            }
        }
    }

    @Test func aRequestWithoutHostIsAnswered() async throws {
        try await withSite { root in
            #expect(await responder(root: root).response(to: request(.get, "/", host: nil)).status == .ok)
        }
    }
}
