import Foundation
import Testing

/// A `dossier serve` running in the background, what it prints gathered (standard error, and
/// standard output after it as it comes).
struct ServeRun {
    let process = Process()
    let printed = PrintedText()
    private let errors = Pipe()

    /// Starts `dossier` with `arguments`, with `environment` added to this process's, allowed
    /// `fileLimit` open files when given (`ulimit -n`).
    init(_ arguments: [String], environment: [String: String] = [:], fileLimit: Int? = nil) throws {
        if let fileLimit {
            // The shell sets the limit, then becomes dossier (the same process).
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", try DossierBinary.url().path] + arguments
        } else {
            process.executableURL = try DossierBinary.url()
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = errors
        process.standardOutput = errors
        errors.fileHandleForReading.readabilityHandler = { [printed] in printed.append($0.availableData) }
        try process.run()
    }

    /// Runs `body` with `serve` of a copy of the serve fixture, into `public` beside it in a
    /// temporary folder, on a free port, without search, allowed `fileLimit` open files when
    /// given: `body` gets the server, the copy (`source`) and the port once the first build is
    /// served. The server is stopped and the folder removed afterwards.
    static func onFixture(
        fileLimit: Int? = nil, _ body: (_ serve: ServeRun, _ source: URL, _ port: Int) async throws -> Void
    ) async throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(at: ServeSearchTests.fixture, to: source)
        let serve = try ServeRun(
            [
                "serve", "--source", source.path, "--templates", ServeSearchTests.templates, "--output",
                folder.appendingPathComponent("public").path, "--port", "0", "--no-search",
            ], fileLimit: fileLimit)
        defer { serve.stop() }
        try await serve.waitUntilServing()
        try await body(serve, source, try #require(serve.port))
    }

    /// Waits until the server says where it listens (its first build written), at most a minute.
    func waitUntilServing() async throws {
        for _ in 0..<600 where !printed.text.contains("serving http") && process.isRunning {
            try await Task.sleep(for: .milliseconds(100))
        }
        try #require(printed.text.contains("serving http"), "\(printed.text)")
    }

    /// The port the server said it listens on, once it has.
    var port: Int? {
        guard let address = printed.text.firstMatch(of: /serving http:\/\/[^ ]*:([0-9]+)\//) else { return nil }
        return Int(address.1)
    }

    /// Whether the process has ended within `seconds`.
    func exits(within seconds: Int) async throws -> Bool {
        for _ in 0..<(seconds * 10) where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        return !process.isRunning
    }

    /// Interrupts the server if it still runs, and waits for it: half a minute, then it is
    /// killed (a server that does not stop fails its test instead of hanging it).
    func stop() {
        if process.isRunning { process.interrupt() }
        for _ in 0..<300 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
    }
}

/// What a process has printed so far, gathered as it arrives.
final class PrintedText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    func append(_ more: Data) {
        lock.withLock { data.append(more) }
    }
}
