import Foundation
import Testing

@testable import DossierOutput

/// A source copied into the site (an article's original, an asset) is hashed again whenever its
/// bytes may have changed: through a link to it, and after an edit that put its modification
/// time back (`touch -r`, `cp -p`, `rsync -t`), which the status-change time still shows.
struct FileStampTests {
    @Test func anEditThatPutsTheModificationTimeBackIsSeen() throws {
        let folder = try OutputTestFolder("stamp-time")
        defer { folder.remove() }
        try folder.write("first text", at: "a.txt")
        let path = folder.path("a.txt")
        let (before, _) = try FileStamp.stamp(path, previous: nil)
        var info = stat()
        #expect(stat(path, &info) == 0)
        // The status-change time counts in nanoseconds; a pause makes sure it moves.
        Thread.sleep(forTimeInterval: 0.02)
        try folder.write("other text", at: "a.txt")
        // The modification time put back to the nanosecond, as `touch -r` does.
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(FileStamp.sizeAndTime(path)?.modified == FileStamp.sizeAndTime(of: info).modified)
        let (after, bytes) = try FileStamp.stamp(path, previous: before)
        #expect(after.size == before.size)
        #expect(after.sha256 == FileStamp.sha256(Array("other text".utf8)))
        #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == "other text")
        // Unchanged since, it is not read again.
        let (again, reread) = try FileStamp.stamp(path, previous: after)
        #expect(again == after && reread == nil)
    }

    @Test func aLinksTargetEditedIsSeen() throws {
        let folder = try OutputTestFolder("stamp-link")
        defer { folder.remove() }
        try folder.write("first text", at: "store/a.txt")
        let link = folder.path("a.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path("store/a.txt"))
        let (before, _) = try FileStamp.stamp(link, previous: nil)
        #expect(before.sha256 == FileStamp.sha256(Array("first text".utf8)))
        Thread.sleep(forTimeInterval: 0.02)
        try folder.write("first text, and more", at: "store/a.txt")
        let (after, _) = try FileStamp.stamp(link, previous: before)
        #expect(after.sha256 == FileStamp.sha256(Array("first text, and more".utf8)))
    }

    /// A file over the limit of a copy is refused by its size, unread, naming it with its size:
    /// a 100 GB sparse asset was read whole. Its stamp from an earlier build changes nothing.
    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let folder = try OutputTestFolder("stamp-large")
        defer { folder.remove() }
        try folder.write("", at: "assets/video.mp4")
        let path = folder.path("assets/video.mp4")
        #expect(truncate(path, 2_500_000) == 0)  // sparse: nothing is written
        let (size, modified) = try #require(FileStamp.sizeAndChangeTime(path))
        let earlier = FileStamp(size: size, modified: modified, sha256: "")
        for previous in [nil, earlier] {
            do {
                _ = try FileStamp.stamp(path, previous: previous, atMost: 2_000_000)
                Issue.record("a file over the limit was taken (previous stamp: \(previous != nil))")
            } catch let error as OutputError {
                #expect(error.message == "\(path) has 2.5 MB, more than a file copied into the site may have (2.0 MB)")
                #expect(error.fix?.contains("remove it") == true)
            }
        }
        #expect(try FileStamp.stamp(path, previous: nil, atMost: 2_500_000).stamp.size == 2_500_000)
    }
}
