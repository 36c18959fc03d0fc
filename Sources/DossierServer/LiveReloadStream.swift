import Hummingbird
import ServiceLifecycle

/// The live-reload stream every served page opens (`PreviewPage.eventsPath`): `hello` at once,
/// then the build number after every build.
///
/// The stream ends when `serve` is stopped (SIGINT or SIGTERM: the server waits for its
/// responses to end before it exits) and when the server's task is cancelled. Waiting for the
/// next build alone, a stream never ended: once a page had been viewed, Ctrl-C left `serve`
/// waiting for it for ever.
enum LiveReloadStream {
    /// The response to a `GET` of the stream, fed by `state`'s builds.
    static func response(state: PreviewState) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Listening starts with the body: a response never written leaves no listener.
                let (id, stream) = await state.listen()
                let stop: @Sendable () -> Void = { Task { await state.stopListening(id) } }
                defer { stop() }
                try await withTaskCancellationOrGracefulShutdownHandler {
                    try await writer.write(ByteBuffer(string: "data: hello\n\n"))
                    for await generation in stream {
                        try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                    }
                } onCancelOrGracefulShutdown: {
                    stop()
                }
                try await writer.finish(nil)
            })
    }
}
