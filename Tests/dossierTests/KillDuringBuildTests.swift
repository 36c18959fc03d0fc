import Foundation
import Testing

/// `kill -9` at any moment of a build leaves the output as the whole previous site or the
/// whole new one, with the user's files, and no indexer running; the next build cleans up.
@Suite(.serialized)
struct KillDuringBuildTests {
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path
    private static let seeds = DossierBinary.root.appendingPathComponent("seeds").path

    /// Starts a build of `source` into `output`.
    private func startBuild(_ source: String, into output: String) throws -> Process {
        let process = Process()
        process.executableURL = try DossierBinary.url()
        process.arguments = ["build", "--source", source, "--output", output, "--templates", Self.templates, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Builds to the end and returns how many seconds it took.
    @discardableResult
    private func build(_ source: String, into output: String) throws -> Double {
        let start = Date()
        let process = try startBuild(source, into: output)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "build of \(source) into \(output)")
        return Date().timeIntervalSince(start)
    }

    /// A moment of the writer's work, seen from outside, at which to kill the build.
    private enum KillPoint: CustomStringConvertible {
        /// A fraction of a whole build's time after the start.
        case after(Double)
        /// The staging folder holds at least this many files.
        case staged(Int)
        /// The search indexer is writing into the staging folder.
        case indexing
        /// The manifest, the last file before the swap, is in the staging folder.
        case manifestWritten
        /// The output is no longer the folder it was when the build started (swapped, or gone).
        case outputReplaced

        var description: String {
            switch self {
            case .after(let seconds): "after \(seconds) s"
            case .staged(let count): "with \(count) files staged"
            case .indexing: "while indexing"
            case .manifestWritten: "once the manifest is staged"
            case .outputReplaced: "once the output was replaced"
            }
        }
    }

    /// Waits until `point` is reached (or the build ends), then kills the build.
    private func kill(_ process: Process, at point: KillPoint, output: URL) {
        let parent = output.deletingLastPathComponent().path
        let prefix = "." + output.lastPathComponent + ".dossier-staging-"
        let startInode = inode(output.path)
        let start = Date()
        func staging() -> String? {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
            return names.first { $0.hasPrefix(prefix) }.map { parent + "/" + $0 }
        }
        func reached() -> Bool {
            switch point {
            case .after(let seconds): return Date().timeIntervalSince(start) >= seconds
            case .staged(let count):
                guard let folder = staging() else { return false }
                return (FileManager.default.enumerator(atPath: folder)?.allObjects.count ?? 0) >= count
            case .indexing: return staging().map { FileManager.default.fileExists(atPath: $0 + "/pagefind") } ?? false
            case .manifestWritten:
                return staging().map { FileManager.default.fileExists(atPath: $0 + "/.dossier-manifest.json") } ?? false
            case .outputReplaced: return inode(output.path) != startInode
            }
        }
        while process.isRunning, !reached() { usleep(500) }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The inode of the folder at `path`, or nil when there is none.
    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// The site's files (the search index aside, whose bytes Pagefind does not keep stable).
    private func siteFiles(_ output: URL) throws -> [String: Data] {
        try DossierBinary.files(in: output, excluding: "pagefind/")
    }

    @Test func aKilledBuildLeavesTheOldOrTheNewSite() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two versions of a dossier: the seeds, and the seeds with one more article.
        let sourceA = folder.appendingPathComponent("source-a").path
        let sourceB = folder.appendingPathComponent("source-b").path
        try FileManager.default.copyItem(atPath: Self.seeds, toPath: sourceA)
        try FileManager.default.copyItem(atPath: Self.seeds, toPath: sourceB)
        for source in [sourceA, sourceB] { try? FileManager.default.removeItem(atPath: source + "/.dossier") }
        let articles = try FileManager.default.contentsOfDirectory(atPath: sourceB + "/articles")
            .filter { $0.hasSuffix(".txt") }.sorted()
        let text = try String(contentsOfFile: sourceB + "/articles/" + articles[0], encoding: .utf8)
        try ("تقرير إضافي للاختبار\n\n" + text).write(
            toFile: sourceB + "/articles/zz-extra.txt", atomically: true, encoding: .utf8)

        let references = folder.appendingPathComponent("references")
        try build(sourceA, into: references.appendingPathComponent("a").path)
        try build(sourceB, into: references.appendingPathComponent("b").path)
        let siteA = try siteFiles(references.appendingPathComponent("a"))
        let siteB = try siteFiles(references.appendingPathComponent("b"))
        #expect(siteA != siteB)

        let parent = folder.appendingPathComponent("site")
        let output = parent.appendingPathComponent("public")
        try build(sourceA, into: output.path)
        let userFiles = ["CNAME": Data("dossier.example\n".utf8), ".git/HEAD": Data("ref: refs/heads/main\n".utf8)]
        for (path, bytes) in userFiles {
            try FileManager.default.createDirectory(
                at: output.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: output.appendingPathComponent(path))
        }
        // How long a switch from one version to the other takes, to spread some kills over it.
        let whole = max(try build(sourceB, into: output.path), try build(sourceA, into: output.path))
        let fileCount = siteA.count
        // Each build after the first takes the tree the one before left beside the output as its
        // staging folder, and the staging folder it is killed in is taken by the next: killed
        // builds bring up trees of every stage of completion, which the next must put right.
        var points: [KillPoint] = (0..<8).map { .after(whole * (Double($0) + 0.5) / 8) }
        points += [.staged(1), .staged(fileCount / 4), .staged(fileCount / 2), .staged(fileCount * 9 / 10)]
        points += [.indexing, .manifestWritten, .outputReplaced]

        var current = siteA
        var outcomes = (old: 0, new: 0)
        for (attempt, point) in points.enumerated() {
            let (source, next) = current == siteA ? (sourceB, siteB) : (sourceA, siteA)
            let process = try startBuild(source, into: output.path)
            kill(process, at: point, output: output)

            var files = try siteFiles(output)
            for (path, bytes) in userFiles {
                #expect(
                    files.removeValue(forKey: path) == bytes, "attempt \(attempt), killed \(point): the user's \(path)")
            }
            let stale = files.keys.filter { $0.contains(".tmp") || $0.contains("dossier-staging") }
            #expect(stale.isEmpty, "attempt \(attempt), killed \(point): temporary files in the site: \(stale)")
            if files == next {
                outcomes.new += 1
                current = next
            } else {
                let differing = Set(files.keys).union(current.keys).filter { files[$0] != current[$0] }.sorted()
                #expect(
                    differing.isEmpty,
                    "attempt \(attempt), killed \(point): neither site; \(differing.count) files differ from the old one, such as \(differing.prefix(3))"
                )
                outcomes.old += 1
            }
            #expect(FileManager.default.fileExists(atPath: output.path + "/pagefind") == siteHasIndex(references))
            var strays = DossierBinary.processes(mentioning: parent.path)
            for _ in 0..<20 where !strays.isEmpty {
                Thread.sleep(forTimeInterval: 0.1)
                strays = DossierBinary.processes(mentioning: parent.path)
            }
            #expect(
                strays.isEmpty, "attempt \(attempt), killed \(point): still running after dossier was killed: \(strays)"
            )
        }
        #expect(outcomes.old + outcomes.new == points.count)
        #expect(outcomes.old > 0 && outcomes.new > 0, "kills before and after the swap: \(outcomes)")

        // The next build removes what the killed ones left beside the output; only its own
        // previous site is left there, for the build after it to remove.
        try build(current == siteA ? sourceB : sourceA, into: output.path)
        let beside = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(beside.filter { !$0.hasPrefix(".public.dossier-previous-") } == [".public.dossier-lock", "public"])
        #expect(beside.filter { $0.hasPrefix(".public.dossier-previous-") }.count == 1, "\(beside)")
    }

    /// True when the reference builds made a search index (Pagefind is installed).
    private func siteHasIndex(_ references: URL) -> Bool {
        FileManager.default.fileExists(atPath: references.appendingPathComponent("a/pagefind").path)
    }
}
