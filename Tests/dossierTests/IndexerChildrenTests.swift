import Foundation
import Testing

/// Whatever the indexer starts dies with dossier: a wrapper script that does not `exec`
/// Pagefind, and anything it runs in the background, are killed with the build, however the
/// build is killed.
struct IndexerChildrenTests {
    @Test(.timeLimit(.minutes(2)), arguments: [SIGKILL, SIGTERM])
    func theIndexersChildrenDieWithTheBuild(signal: Int32) throws {
        let (folder, source, _) = try DossierBinary.initialisedDossier(page: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = "dossier-indexer-child-\(UUID().uuidString)"
        let ready = folder.appendingPathComponent("ready")
        let script = folder.appendingPathComponent("indexer.sh")
        try Data(
            """
            #!/bin/sh
            sh -c 'sleep 300; :' \(marker) &
            touch '\(ready.path)'
            sleep 300

            """.utf8
        ).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)

        let build = Process()
        build.executableURL = try DossierBinary.url()
        build.arguments = [
            "build", "--source", source.path, "--output", folder.appendingPathComponent("public").path, "--quiet",
        ]
        build.environment = ProcessInfo.processInfo.environment.merging(["DOSSIER_PAGEFIND": script.path]) { $1 }
        build.standardOutput = FileHandle.nullDevice
        build.standardError = FileHandle.nullDevice
        try build.run()
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: ready.path) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(FileManager.default.fileExists(atPath: ready.path), "the indexer never started")
        // The child is forked before the file is written, but on a busy machine may not have
        // started its own command yet (a full test run once saw none).
        for _ in 0..<100 where DossierBinary.processes(mentioning: marker).isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(!DossierBinary.processes(mentioning: marker).isEmpty, "the indexer's child never started")
        kill(build.processIdentifier, signal)
        build.waitUntilExit()

        let running = { DossierBinary.processes(mentioning: marker) + DossierBinary.processes(mentioning: script.path) }
        var strays = running()
        for _ in 0..<50 where !strays.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            strays = running()
        }
        #expect(strays.isEmpty, "still running after dossier was killed with signal \(signal): \(strays)")
        for stray in strays { kill(pid_t(stray.prefix { $0 != ":" }) ?? 0, SIGKILL) }
    }
}
