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
