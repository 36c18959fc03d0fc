import Foundation
import Testing

@testable import DossierSite

/// A part of the build cache as lines: read back exactly, unchanged entries copied from the
/// file they were read from, and a damaged line taken for a damaged part.
struct CacheLinesTests {
    private let head = CacheLines.Head(version: 3, generator: "generator-1", header: "salt")
    /// Ids a path or an id can hold: slashes, quotes, backslashes, line breaks and Arabic.
    private let entries = [
        "articles/a.txt": [1, 2, 3], #"odd "quoted" \ id"#: [4], "سطر\nثان": [], "b": [5, 6],
    ]

    private func encode(_ entries: [String: [Int]], previous: [String: [Int]]? = nil, bytes: [UInt8]? = nil) throws
        -> [UInt8]
    {
        try CacheLines.encode(head: head, entries: entries, previous: previous, previousBytes: bytes)
    }

    @Test func aPartReadsBackAsItWasWritten() throws {
        let bytes = try encode(entries)
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == entries.count + 1, "a line per entry after the first")
        let (readHead, read) = try #require(CacheLines.decode(bytes, header: String.self, entry: [Int].self))
        #expect(readHead.version == 3 && readHead.generator == "generator-1" && readHead.header == "salt")
        #expect(read == entries)
        #expect(try encode(entries) == bytes, "sorted by id, so the same entries give the same bytes")
    }

    /// The lines of the previous file are copied for entries equal to what it was read as:
    /// a line written in another (still valid) spelling stays as it is, while an entry that
    /// changed, and one the file had not, are encoded.
    @Test func unchangedEntriesAreCopiedFromThePreviousFile() throws {
        let written = try encode(entries)
        var lines = written.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        let respelled = try #require(lines.firstIndex { $0.contains(#""odd "#) })
        lines[respelled] = lines[respelled].replacingOccurrences(of: "[4]", with: "[ 4 ]")
        let previousBytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        var changed = entries
        changed["b"] = [7]
        changed["c"] = [8]
        let bytes = try encode(changed, previous: entries, bytes: previousBytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("[ 4 ]"), "the unchanged entry's line was copied")
        #expect(text.contains("[7]") && text.contains("[8]") && !text.contains("[5,6]"))
        #expect(CacheLines.decode(bytes, header: String.self, entry: [Int].self)?.entries == changed)

        // Copied only while the value is what the previous file was read as.
        var stale = entries
        stale[#"odd "quoted" \ id"#] = [9]
        let fresh = try encode(entries, previous: stale, bytes: previousBytes)
        #expect(!String(decoding: fresh, as: UTF8.self).contains("[ 4 ]"))
        #expect(CacheLines.decode(fresh, header: String.self, entry: [Int].self)?.entries == entries)
    }

    @Test func aDamagedPartIsNotRead() throws {
        let bytes = try encode(entries)
        #expect(CacheLines.decode([], header: String.self, entry: [Int].self) == nil)
        #expect(CacheLines.decode(Array("not json".utf8), header: String.self, entry: [Int].self) == nil)
        #expect(CacheLines.decode(Array(bytes.dropLast(4)), header: String.self, entry: [Int].self) == nil)
        #expect(CacheLines.decode(bytes + Array("{}\n".utf8), header: String.self, entry: [Int].self) == nil)
        #expect(CacheLines.decode(bytes, header: String.self, entry: String.self) == nil, "another kind of entry")
    }
}
