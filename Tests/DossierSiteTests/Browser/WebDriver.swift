import Foundation

/// A minimal W3C WebDriver client for headless Chromium through `chromedriver`, and a static
/// file server (`python3 -m http.server`), both bound to 127.0.0.1 and started by the test.
final class BrowserHarness: @unchecked Sendable {
    // A class: it owns two child processes that must be stopped exactly once (deinit/stop).
    private let server: Process
    private let driver: Process
    let siteURL: String
    private let driverURL: String
    private var session: String = ""

    /// Why the harness could not start (missing Chromium is a failure, not a skip).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts the static server on `folder`, chromedriver, and one headless Chromium session.
    init(serving folder: String) async throws {
        for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/curl"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            throw Failure(
                description:
                    "\(tool) is missing: the browser test needs Debian chromium and chromium-driver (run `scripts/install-deps.sh test`, which `make test` does)"
            )
        }
        let serverPort = Self.freePort()
        let driverPort = Self.freePort()
        server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-m", "http.server", "--bind", "127.0.0.1", String(serverPort), "-d", folder]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(driverPort)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        siteURL = "http://127.0.0.1:\(serverPort)/"
        driverURL = "http://127.0.0.1:\(driverPort)"
        try server.run()
        try driver.run()
        try await Self.waitUntilUp(siteURL, servedBy: server)
        do {
            try await Self.waitUntilUp(driverURL + "/status", servedBy: driver)
        } catch {
            throw Failure(
                description:
                    "chromedriver did not answer on \(driverURL) (running: \(driver.isRunning), exit \(driver.isRunning ? 0 : driver.terminationStatus))"
            )
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": "/usr/bin/chromium",
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            // Nothing but loopback: everything else goes to a dead proxy.
                            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=127.0.0.1;localhost",
                            "--window-size=1280,900",
                        ],
                    ],
                ]
            ]
        ]
        let answer = try await call("POST", "/session", capabilities)
        guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "chromedriver did not start Chromium: \(answer)")
        }
        session = id
    }

    /// Ends the session and stops both processes.
    func stop() async {
        if !session.isEmpty { _ = try? await call("DELETE", "/session/\(session)", nil) }
        session = ""
        Self.kill([driver, server])
    }

    deinit {
        Self.kill([driver, server])
    }

    /// SIGKILL, not SIGTERM: children started from the test process inherit its blocked
    /// signal mask, and SIGTERM left them running.
    private static func kill(_ processes: [Process]) {
        for process in processes where process.processIdentifier > 0 && process.isRunning {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Opens a page of the site (a path relative to its root).
    func open(_ path: String) async throws {
        _ = try await call("POST", "/session/\(session)/url", ["url": siteURL + path])
    }

    /// Sets the window (in headless Chromium, the viewport) to `width` × `height` CSS pixels.
    func resize(width: Int, height: Int) async throws {
        _ = try await call("POST", "/session/\(session)/window/rect", ["width": width, "height": height])
    }

    /// Emulates a media type ("print", or "" for the screen) and `prefers-color-scheme`
    /// ("light" or "dark"), through the Chrome DevTools Protocol that chromedriver forwards.
    func emulateMedia(_ media: String = "", colorScheme: String = "light") async throws {
        let features: [[String: String]] = [["name": "prefers-color-scheme", "value": colorScheme]]
        let answer = try await call(
            "POST", "/session/\(session)/goog/cdp/execute",
            ["cmd": "Emulation.setEmulatedMedia", "params": ["media": media, "features": features]])
        if let value = answer["value"] as? [String: Any], value["error"] != nil {
            throw Failure(description: "chromedriver could not emulate \(media) \(colorScheme): \(value)")
        }
    }

    /// Clears the element with `id` and types `text` into it, key by key.
    func type(_ text: String, into id: String) async throws {
        let found = try await call("POST", "/session/\(session)/element", ["using": "css selector", "value": "#" + id])
        guard let value = found["value"] as? [String: Any],
            let element = value["element-6066-11e4-a52e-4f735466cecf"] as? String
        else {
            throw Failure(description: "no element #\(id): \(found)")
        }
        _ = try await call("POST", "/session/\(session)/element/\(element)/clear", [:])
        _ = try await call("POST", "/session/\(session)/element/\(element)/value", ["text": text])
    }

    /// Runs a script in the page and returns its string result.
    func evaluate(_ script: String) async throws -> String {
        let answer = try await call("POST", "/session/\(session)/execute/sync", ["script": script, "args": []])
        return answer["value"] as? String ?? ""
    }

    /// Polls `script` until `accept` holds or `seconds` pass; returns the last value.
    func waitFor(_ script: String, seconds: Double = 15, until accept: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try await evaluate(script)
            if accept(last) { return last }
            try await Task.sleep(for: .milliseconds(200))
        }
        return last
    }

    /// One WebDriver command. Through curl, because chromedriver writes headers without a
    /// space after the colon, which FoundationNetworking's URLSession rejects.
    private func call(_ method: String, _ path: String, _ body: Any?) async throws -> [String: Any] {
        var arguments = ["-s", "--max-time", "60", "-X", method, driverURL + path]
        var input: Data?
        if let body {
            input = try JSONSerialization.data(withJSONObject: body)
            arguments += ["-H", "Content-Type: application/json", "--data-binary", "@-"]
        }
        let (status, data) = try Self.curl(arguments, input: input)
        guard status == 0 else { throw Failure(description: "curl \(method) \(path) failed with status \(status)") }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    private static func curl(_ arguments: [String], input: Data?) throws -> (Int32, Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl"] + arguments
        let output = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        try process.run()
        if let input {
            feed.fileHandleForWriting.write(input)
            try feed.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// Waits up to 30 seconds for `url`, served by `process`, to answer: under the load of the
    /// whole test suite, starting the process once took longer than the 11 s allowed before.
    private static func waitUntilUp(_ url: String, servedBy process: Process) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let (status, _) = try? curl(["-sf", "--max-time", "2", url], input: nil), status == 0 { return }
            guard process.isRunning else {
                throw Failure(description: "the process serving \(url) exited (\(process.terminationStatus))")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "\(url) did not come up in 30 seconds")
    }

    /// A port the kernel reports free on 127.0.0.1 (bound to port 0, then released).
    private static func freePort() -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
