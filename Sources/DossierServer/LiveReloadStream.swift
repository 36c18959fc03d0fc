import Hummingbird
import ServiceLifecycle

/// The live-reload stream every served page opens (`PreviewPage.eventsPath`): `hello` at once,
/// then the build number after every build.
///
/// The stream ends when its page goes away (the connection closed), when `serve` is stopped
/// (SIGINT or SIGTERM: the server waits for its responses to end before it exits) and when
/// the server's task is cancelled. Waiting for the next build alone, a stream never ended:
/// once a page had been viewed, Ctrl-C left `serve` waiting for it for ever, and a page gone
/// kept its place among the streams allowed until the next build.
enum LiveReloadStream {
    /// The response to `request`, a `GET` of the stream, fed by `state`'s builds; 503 when
    /// `limit` streams are open already.
    static func response(to request: Request, state: PreviewState, limit: Int) async -> Response {
        guard await state.listenerCount < limit else {
            return Response(
                status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(
                        string: "too many live-reload streams are open (\(limit)): close some of the preview's tabs")))
        }
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Listening starts with the body: a response never written leaves no listener.
                // Streams opened together may have passed the check above: the last ones end
                // at once (the page asks again later).
                guard let (id, stream) = await state.listen(below: limit) else { return try await writer.finish(nil) }
                let stop: @Sendable () -> Void = { Task { await state.stopListening(id) } }
                defer { stop() }
                try await withTaskCancellationOrGracefulShutdownHandler {
                    try await request.body.consumeWithInboundCloseHandler { _ in
                        try await writer.write(ByteBuffer(string: "data: hello\n\n"))
                        for await generation in stream {
                            try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                        }
                    } onInboundClosed: {
                        stop()
                    }
                } onCancelOrGracefulShutdown: {
                    stop()
                }
                try await writer.finish(nil)
            })
    }
}
