import Foundation
import Testing

/// Runs the built `dossier` binary for the tests of this target.
enum DossierBinary {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The exit status and both outputs of one run.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary SwiftPM built beside the test bundle.
    static func url() throws -> URL {
        let beside = Bundle.main.bundleURL
        let candidates = [
            beside.appendingPathComponent("dossier"),
            beside.deletingLastPathComponent().appendingPathComponent("dossier"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "dossier"),
            root.appendingPathComponent(".build/debug/dossier"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "no dossier binary in \(candidates.map(\.path))")
    }

    /// Runs `dossier` (or the binary at `executable`) with `arguments`, in `directory` when given,
    /// with `environment` added to this process's.
    static func run(
        _ arguments: [String], executable: URL? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = try executable ?? url()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file under `folder` but those under `excluding`, by relative path.
    static func files(in folder: URL, excluding: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if !path.hasPrefix(excluding) { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The project's `Templates/` copied into `folder` as `templates/`, to edit for a test, and
    /// the fixture dossier `Tests/Fixtures/site/good` to build with it.
    static func templatesCopy(in folder: URL) throws -> (templates: URL, dossier: String) {
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: templates)
        return (templates, root.appendingPathComponent("Tests/Fixtures/site/good").path)
    }

    /// A temporary folder holding a dossier made by `dossier init`, `dossier/`, and a page to
    /// import, `page` written as `pageName` beside it.
    static func initialisedDossier(page: String, pageName: String = "page.txt") throws -> (
        folder: URL, source: URL, page: URL
    ) {
        let folder = try temporaryFolder()
        let source = folder.appendingPathComponent("dossier")
        let initialised = try run(["init", source.path])
        guard initialised.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: initialised.stderr])
        }
        let input = folder.appendingPathComponent(pageName)
        try Data(page.utf8).write(to: input)
        return (folder, source, input)
    }

    /// The processes whose command line holds `text`, as `pid: command line`.
    static func processes(mentioning text: String) -> [String] {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return pids.filter { $0.allSatisfy(\.isNumber) && $0 != "\(getpid())" }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return line.contains(text) ? "\(pid): \(line)" : nil
        }
    }

    /// A temporary folder holding a dossier folder, `dossier/`: a `dossier.yml` and an empty
    /// `articles/`.
    static func temporaryDossier() throws -> (folder: URL, source: URL) {
        let folder = try temporaryFolder()
        let source = folder.appendingPathComponent("dossier")
        try FileManager.default.createDirectory(
            at: source.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("title: ملف تجريبي\n".utf8).write(to: source.appendingPathComponent("dossier.yml"))
        return (folder, source)
    }
}
