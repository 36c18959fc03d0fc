import Foundation
import Testing

@testable import DossierOutput

/// Staged files written with plain system calls: the bytes as given, a longer old file cut to
/// the new length, the stamp of what is on disk, and an error that names the file.
struct FileBytesTests {
    @Test func writesTheBytesAndReturnsTheFilesStamp() throws {
        let folder = try OutputTestFolder("file-bytes")
        defer { folder.remove() }
        let path = folder.path("page.html")
        let bytes = Array("<p dir=\"rtl\">نص عربي</p>".utf8)
        let (size, modified) = try FileBytes.write(bytes, to: path)
        #expect(try FileBytes.read(path) == bytes)
        let stamp = try #require(FileStamp.sizeAndTime(path))
        #expect(size == bytes.count && stamp.size == size && stamp.modified == modified)
    }

    @Test func aFileHandedToTheDiskAtOnceHoldsTheSameBytes() throws {
        let folder = try OutputTestFolder("file-bytes-writeback")
        defer { folder.remove() }
        let path = folder.path("analysis.bin")
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let (size, modified) = try FileBytes.write(bytes, to: path, startingWriteback: true)
        #expect(try FileBytes.read(path) == bytes)
        let stamp = try #require(FileStamp.sizeAndTime(path))
        #expect(size == bytes.count && stamp.size == size && stamp.modified == modified)
    }

    @Test func aLongerOldFileIsCutToTheNewBytes() throws {
        let folder = try OutputTestFolder("file-bytes-truncate")
        defer { folder.remove() }
        try folder.write(String(repeating: "x", count: 10_000), at: "page.html")
        _ = try FileBytes.write(Array("short".utf8), to: folder.path("page.html"))
        #expect(try FileBytes.read(folder.path("page.html")) == Array("short".utf8))
    }

    /// Written over in place: a file of its own, cut to the new bytes, keeping its inode; never a
    /// file with another name, a symbolic link, a file of another mode or one open elsewhere,
    /// which stay as they were.
    @Test func aFileIsWrittenOverInPlaceOnlyWhenItHasNoOtherName() throws {
        let folder = try OutputTestFolder("file-bytes-overwrite")
        defer { folder.remove() }
        let own = folder.path("own.html")
        _ = try FileBytes.write(Array(String(repeating: "x", count: 10_000).utf8), to: own)
        var before = stat()
        #expect(lstat(own, &before) == 0)
        let written = try #require(try FileBytes.overwrite(Array("short".utf8), at: own))
        var after = stat()
        #expect(lstat(own, &after) == 0 && after.st_ino == before.st_ino)
        #expect(try FileBytes.read(own) == Array("short".utf8))
        #expect(FileStamp.sizeAndTime(own).map { $0 == written } == true)

        _ = try FileBytes.write(Array("live".utf8), to: folder.path("live.html"))
        #expect(link(folder.path("live.html"), folder.path("shared.html")) == 0)
        #expect(symlink(folder.path("own.html"), folder.path("link.html")) == 0)
        _ = try FileBytes.write(Array("closed".utf8), to: folder.path("closed.html"))
        #expect(chmod(folder.path("closed.html"), FileBytes.newFileMode == 0o600 ? 0o640 : 0o600) == 0)
        _ = try FileBytes.write(Array("served".utf8), to: folder.path("served.html"))
        let reader = open(folder.path("served.html"), O_RDONLY)
        defer { close(reader) }
        for name in ["shared.html", "link.html", "closed.html", "served.html", "missing.html"] {
            #expect(try FileBytes.overwrite(Array("new".utf8), at: folder.path(name)) == nil, "\(name)")
        }
        #expect(try FileBytes.read(folder.path("live.html")) == Array("live".utf8))
        #expect(try FileBytes.read(own) == Array("short".utf8))
        #expect(try FileBytes.read(folder.path("closed.html")) == Array("closed".utf8))
        #expect(try FileBytes.read(folder.path("served.html")) == Array("served".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.html")))
    }

    /// Written over in place, a file holds exactly the new bytes, whichever block boundary the old
    /// and the new length fall on.
    @Test func aFileWrittenOverHoldsExactlyTheNewBytes() throws {
        let folder = try OutputTestFolder("file-bytes-overwrite-sizes")
        defer { folder.remove() }
        let path = folder.path("page.html")
        _ = try FileBytes.write((0..<10_000).map { UInt8(truncatingIfNeeded: $0) }, to: path)
        for size in [5_000, 8_192, 8_193, 12_000, 4_095, 0, 4_096, 1] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ size) }
            let written = try #require(try FileBytes.overwrite(bytes, at: path), "\(size)")
            #expect(try FileBytes.read(path) == bytes, "\(size)")
            #expect(written.size == size)
        }
    }

    @Test func anEmptyFileIsWritten() throws {
        let folder = try OutputTestFolder("file-bytes-empty")
        defer { folder.remove() }
        let (size, _) = try FileBytes.write([], to: folder.path("empty.txt"))
        #expect(size == 0 && FileManager.default.fileExists(atPath: folder.path("empty.txt")))
    }

    @Test func aFileThatCannotBeMadeIsAnErrorNamingIt() throws {
        let folder = try OutputTestFolder("file-bytes-missing")
        defer { folder.remove() }
        let path = folder.path("no-such-folder/page.html")
        let error = try #require(throws: OutputError.self) { try FileBytes.write([1], to: path) }
        #expect(error.message.contains(path) && error.message.contains("No such file"))
        // With what to do about it (a full disk is told to free some space).
        #expect(error.fix == "a folder on the path does not exist or cannot hold new ones: check the path")
    }
}
