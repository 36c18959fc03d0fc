import DossierModel
import Foundation

/// One part of the build cache as JSON Lines: a first line with the cache's version, the
/// generator and the part's own header, then one line per entry, `{"id":…,"value":…}`, sorted
/// by id.
///
/// A line per entry lets reading decode the entries on every core, and lets writing copy the
/// line of every entry that has not changed since the file was read instead of encoding it
/// again: adding one article to a thousand re-encodes one article's lines, not the thousand.
/// Compact JSON escapes line breaks inside strings, so a raw line break only ever ends a line.
enum CacheLines {
    /// The first line.
    struct Head<Header: Codable & Sendable>: Codable, Sendable {
        var version: Int
        var generator: String
        var header: Header
    }

    /// One entry's line.
    private struct Line<Entry: Codable & Sendable>: Codable, Sendable {
        let id: String
        let value: Entry
    }

    /// The part in `bytes`: its head and entries, or nil when any line fails to decode.
    static func decode<Header: Codable & Sendable, Entry: Codable & Sendable>(
        _ bytes: [UInt8], header: Header.Type, entry: Entry.Type
    ) -> (head: Head<Header>, entries: [String: Entry])? {
        var lines = Self.lines(of: bytes)
        guard !lines.isEmpty,
            let head = try? JSONDecoder().decode(Head<Header>.self, from: Data(bytes[lines.removeFirst()]))
        else { return nil }
        let decoded = lines.concurrentMap { range in
            try? JSONDecoder().decode(Line<Entry>.self, from: Data(bytes[range]))
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(decoded.count)
        for line in decoded {
            guard let line else { return nil }
            entries[line.id] = line.value
        }
        return (head, entries)
    }

    /// The bytes of a part with `head` and `entries`. An entry equal to its value in
    /// `previous`, whose line the `previous` file's bytes (`previousBytes`) hold, is copied
    /// from there; the others are encoded on every core.
    static func encode<Header: Codable & Sendable, Entry: Codable & Sendable & Equatable>(
        head: Head<Header>, entries: [String: Entry], previous: [String: Entry]?, previousBytes: [UInt8]?
    ) throws -> [UInt8] {
        let kept = previousBytes.map(linesByID) ?? [:]
        let sorted = entries.sorted { $0.key < $1.key }
        let encoded = sorted.concurrentMap { id, value -> Result<[UInt8], any Error> in
            if let previous, previous[id] == value, let old = previousBytes,
                let quoted = try? StreamingJSONEncoder.encode(id), let range = kept[quoted]
            {
                return .success(Array(old[range]))
            }
            return Result { try StreamingJSONEncoder.encode(Line(id: id, value: value)) }
        }
        var bytes = try StreamingJSONEncoder.encode(head)
        for line in encoded {
            bytes.append(UInt8(ascii: "\n"))
            bytes += try line.get()
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The ranges of the non-empty lines of `bytes`.
    private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (position, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if position > start { lines.append(start..<position) }
            start = position + 1
        }
        if bytes.count > start { lines.append(start..<bytes.count) }
        return lines
    }

    /// The entry lines of a part's bytes by their id as quoted in JSON: each line begins
    /// `{"id":"…"`, and an escaped quote inside the id is preceded by a backslash.
    private static func linesByID(_ bytes: [UInt8]) -> [[UInt8]: Range<Int>] {
        let prefix = Array(#"{"id":"#.utf8)
        var found: [[UInt8]: Range<Int>] = [:]
        for line in lines(of: bytes).dropFirst() where bytes[line].starts(with: prefix) {
            let open = line.lowerBound + prefix.count
            var position = open + 1
            while position < line.upperBound, bytes[position] != UInt8(ascii: "\"") {
                position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard position < line.upperBound else { continue }
            found[Array(bytes[open...position])] = line
        }
        return found
    }
}
