import Hummingbird

/// Answers every request of the preview server: 403 for a request for another host (a page
/// using DNS rebinding, `HostCheck`), the live-reload stream, the built files for `GET` and
/// `HEAD`, and 405 for any other method (the site is read-only).
struct PreviewResponder: HTTPResponder {
    /// The plain context: the preview needs nothing per request beyond the request itself.
    typealias Context = BasicRequestContext

    /// The methods a static site answers; sent in `Allow` with every 405.
    static let allowedMethods = "GET, HEAD"

    /// The built site on disk.
    let files: StaticFiles
    /// The live-reload stream for a request of it, opened by the script injected into every page.
    let events: @Sendable (Request) async -> Response
    /// The names the server answers for.
    let hostCheck: HostCheck

    /// Answers `request`; the context is not needed.
    func respond(to request: Request, context: Context) async throws -> Response {
        await response(to: request)
    }

    /// The response to `request`: its method on its path (percent-encoded, without the query),
    /// with the query (without its `?`) for a redirect to keep.
    func response(to request: Request) async -> Response {
        guard hostCheck.allows(request.head.authority) else {
            return Response(
                status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: HostCheck.refusal)))
        }
        let (path, query) = (request.uri.path, request.uri.query)
        switch request.method {
        case .get:
            return path == PreviewPage.eventsPath
                ? await events(request) : await files.response(for: path, query: query)
        case .head:
            // Same status and headers as GET (Content-Length included), no body; the event
            // stream never ends, so HEAD does not open one.
            guard path != PreviewPage.eventsPath else {
                return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"])
            }
            return await files.response(for: path, query: query).createHeadResponse()
        default:
            return Response(
                status: .methodNotAllowed,
                headers: [.allow: Self.allowedMethods, .contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "method not allowed: the preview is read-only")))
        }
    }
}
