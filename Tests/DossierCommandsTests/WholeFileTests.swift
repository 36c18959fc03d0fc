import Foundation
import Testing

@testable import DossierCommands

/// `new article` writes each file whole or not at all, and never over another's.
struct WholeFileTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("whole-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aNewFileIsWrittenWholeAndNothingElseIsLeft() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("001_a.txt")
        try WholeFile.create(Array("نص المقال".utf8), at: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "نص المقال")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["001_a.txt"])
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    /// A file that appeared under the name since the listing is kept as it is.
    @Test func aFileAlreadyThereIsNeverOverwritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("001_a.txt")
        try Data("another's".utf8).write(to: url)
        #expect(throws: (any Error).self) { try WholeFile.create(Array("mine".utf8), at: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "another's")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["001_a.txt"])
    }

    /// On a disk that fills part way (a small file system mounted for the test, where the tests
    /// may mount), nothing is left under the name, nor beside it.
    @Test(.enabled(if: geteuid() == 0)) func aFullDiskLeavesNoFileCutShort() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path]) else { return }
        defer { _ = Self.run("/bin/umount", [disk.path]) }
        let url = disk.appendingPathComponent("001_a.txt")
        #expect(throws: (any Error).self) { try WholeFile.create([UInt8](repeating: 0x41, count: 400_000), at: url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
    }

    /// Runs `tool` with `arguments`; true when it exits 0.
    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        guard let process = try? Process.run(URL(fileURLWithPath: tool), arguments: arguments) else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
