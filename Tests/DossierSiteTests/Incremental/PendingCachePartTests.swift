import Foundation
import Testing

@testable import DossierSite

/// The pending files of the build cache that a commit removes as strays: a killed build's, not
/// those of a build from the same source into another output that is still running (its
/// commit then failed with `could not save the build cache`).
struct PendingCachePartTests {
    /// The id of a process that has ended.
    private func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aRunningBuildsPendingFilesAreKeptAndOnlyStraysRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = "pages.bin.pending-1-0F3A"  // process 1 runs as long as the system does
        let strays = [
            "articles-0a.bin.pending-\(try endedProcess())-77C1", "analysis-3f.bin.pending-\(getpid())-19B2",
            "comparison.bin.pending-4D1B2C9E-0A6F-4C6B-9E1D-2F8B7A3C5D10", "articles-00.bin.pending-0123",
        ]
        for name in [running] + strays { try Data("half a part".utf8).write(to: folder.appendingPathComponent(name)) }
        PendingCachePart.removeStrays(in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [running])
    }

    @Test func aPartIsWrittenUnderTheIdOfItsProcess() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = try PendingCachePart("pages.bin", in: folder, bytes: Array("part".utf8))
        let name = try #require(part.pending?.lastPathComponent)
        #expect(name.hasPrefix("pages.bin" + PendingCachePart.marker + "\(getpid())-"), "\(name)")
    }
}
