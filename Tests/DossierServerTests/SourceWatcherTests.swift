import Foundation
import Testing

@testable import DossierServer

/// The watcher sees the visible files of its folders, with their sizes, and the links as
/// themselves, and notices a file edited, added or removed, and a named pipe or a link added or
/// removed (the build refuses or warns of them).
struct SourceWatcherTests {
    /// A folder with files at two depths, hidden files and folders, and links to a file and a
    /// folder outside it; and the folder outside.
    private static func folders() throws -> (watched: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("watcher-\(UUID().uuidString)")
        let watched = root.appendingPathComponent("dossier")
        let outside = root.appendingPathComponent("outside")
        for folder in ["dossier/articles/2024", "dossier/.dossier", "outside/more"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (path, text) in [
            ("dossier/dossier.yml", "title: x\n"), ("dossier/articles/2024/a.txt", "نص"),
            ("dossier/.dossier/cache", "c"), ("dossier/.hidden.txt", "h"), ("outside/more/o.txt", "o"),
            ("outside/file.txt", "f"),
        ] {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        try FileManager.default.createSymbolicLink(
            at: watched.appendingPathComponent("articles/linked"),
            withDestinationURL: outside.appendingPathComponent("more"))
        try FileManager.default.createSymbolicLink(
            at: watched.appendingPathComponent("articles/linked.txt"),
            withDestinationURL: outside.appendingPathComponent("file.txt"))
        return (watched, outside)
    }

    @Test func theSnapshotHasTheVisibleFilesWithTheirSizesAndTheLinksAsThemselves() throws {
        let (watched, _) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: watched.deletingLastPathComponent()) }
        let snapshot = SourceWatcher(folders: [watched.path]).snapshot()
        #expect(
            Set(snapshot.keys) == [
                watched.path + "/dossier.yml", watched.path + "/articles/2024/a.txt",
                watched.path + "/articles/linked", watched.path + "/articles/linked.txt",
            ],
            "\(snapshot.keys.sorted())")
        #expect(snapshot[watched.path + "/articles/2024/a.txt"]?.size == 4)
        // A folder given with a final slash names its files alike.
        #expect(SourceWatcher(folders: [watched.path + "/"]).snapshot() == snapshot)
    }

    @Test(
        .timeLimit(.minutes(1)), arguments: ["edit", "add", "remove", "add a pipe", "remove a pipe", "remove a link"])
    func aChangeIsNoticed(_ change: String) async throws {
        let (watched, _) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: watched.deletingLastPathComponent()) }
        let watcher = SourceWatcher(folders: [watched.path])
        let pipe = watched.appendingPathComponent("articles/pipe.txt").path
        if change == "remove a pipe" { #expect(mkfifo(pipe, 0o644) == 0) }
        let before = watcher.snapshot()
        let article = watched.appendingPathComponent("articles/2024/a.txt")
        switch change {
        case "edit":
            let handle = try FileHandle(forWritingTo: article)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(" مزيد".utf8))
            try handle.close()
        case "add":
            try Data("جديد".utf8).write(to: watched.appendingPathComponent("articles/b.txt"))
        case "add a pipe":
            #expect(mkfifo(pipe, 0o644) == 0)
        case "remove a pipe":
            try FileManager.default.removeItem(atPath: pipe)
        case "remove a link":
            try FileManager.default.removeItem(at: watched.appendingPathComponent("articles/linked.txt"))
        default:
            try FileManager.default.removeItem(at: article)
        }
        let after = try #require(await watcher.nextChange(after: before, interval: .milliseconds(10)))
        #expect(after != before)
        #expect(after == watcher.snapshot())
    }
}
