import DossierAnalysis
import DossierModel
import Foundation

/// One part of the build cache as binary records (`BinaryEncoder`): a head with the cache's
/// version, the generator and the part's own header, then one record per entry, its id and
/// its value, sorted by id. Each is preceded by its length, so the records can be found
/// without decoding them, and the head and each record are followed by their checksum
/// (`RecordChecksum`): a part with a damaged record is not used.
///
/// A record per entry lets reading decode the entries on every core, and lets writing copy
/// the record of every entry that has not changed since the file was read instead of encoding
/// it again: adding one article to a thousand encodes one article's records, not the thousand.
enum CacheRecords {
    /// The head of a part.
    struct Head<Header: Codable & Sendable>: Codable, Sendable {
        var version: Int
        var generator: String
        var header: Header
    }

    /// Where one entry's id and value are in a part's bytes, and its whole record.
    private struct Record {
        let id: Range<Int>
        let value: Range<Int>
        /// The id and value with their lengths: what the checksum is of.
        let checked: Range<Int>
        let checksum: Range<Int>
        /// The record with its checksum.
        let whole: Range<Int>
    }

    /// The part in `bytes`: its head and entries, or nil when it is damaged or of other types.
    /// The entries are decoded only when `generator` wrote the part (any writer's when nil):
    /// another binary's are never used.
    static func decode<Header: Codable & Sendable, Entry: Codable & Sendable>(
        _ bytes: [UInt8], header: Header.Type, entry: Entry.Type, generator: String? = nil
    ) -> (head: Head<Header>, entries: [String: Entry])? {
        guard let (head, records) = try? parse(bytes),
            let decodedHead = try? BinaryDecoder.decode(Head<Header>.self, from: bytes[head])
        else { return nil }
        if let generator, decodedHead.generator != generator { return (decodedHead, [:]) }
        let decoded = records.concurrentMap { record -> (String, Entry)? in
            guard RecordChecksum.matches(bytes[record.checksum], bytes[record.checked]) else { return nil }
            return (try? BinaryDecoder.decode(Entry.self, from: bytes[record.value])).map {
                (String(decoding: bytes[record.id], as: UTF8.self), $0)
            }
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(decoded.count)
        for entry in decoded {
            guard let (id, value) = entry else { return nil }
            entries[id] = value
        }
        return (decodedHead, entries)
    }

    /// The bytes of a part with `head` and `entries`. An entry equal to its value in
    /// `previous`, whose record the `previous` file's bytes (`previousBytes`) hold, is copied
    /// from there; the others are encoded on every core.
    static func encode<Header: Codable & Sendable, Entry: Codable & Sendable & Equatable>(
        head: Head<Header>, entries: [String: Entry], previous: [String: Entry]?, previousBytes: [UInt8]?
    ) throws -> [UInt8] {
        try part(head: head, records: records(of: entries, previous: previous, previousBytes: previousBytes))
    }

    /// The record of each of `entries`, by id: copied from `previousBytes` (the file `previous`
    /// was read from) when the entry is unchanged, else encoded, on every core.
    static func records<Entry: Codable & Sendable & Equatable>(
        of entries: [String: Entry], previous: [String: Entry]?, previousBytes: [UInt8]?
    ) throws -> [[UInt8]] {
        var records: [String: Range<Int>] = [:]
        if let previousBytes, let (_, parsed) = try? parse(previousBytes) {
            for record in parsed { records[String(decoding: previousBytes[record.id], as: UTF8.self)] = record.whole }
        }
        let kept = records
        let sorted = entries.sorted { $0.key < $1.key }
        return try sorted.concurrentMap { id, value -> Result<[UInt8], any Error> in
            if let previous, previous[id] == value, let old = previousBytes, let record = kept[id] {
                return .success(Array(old[record]))
            }
            return Result {
                let sink = BinarySink()
                sink.string(id)
                let bytes = try BinaryEncoder.encode(value)
                sink.varint(UInt64(bytes.count))
                sink.raw(bytes[...])
                sink.raw(RecordChecksum.bytes(of: sink.bytes[...])[...])
                return sink.bytes
            }
        }.map { try $0.get() }
    }

    /// The bytes of a part with `head` and the `records` of its entries (`records(of:previous:previousBytes:)`).
    static func part<Header: Codable & Sendable>(head: Head<Header>, records: consuming [[UInt8]]) throws
        -> [UInt8]
    {
        let sink = BinarySink()
        let headBytes = try BinaryEncoder.encode(head)
        // The part is the largest buffer a build makes (84 MB at 10,000 articles): sized once,
        // and each record let go once copied, so the records and the part are not held twice.
        sink.reserve(headBytes.count + 10 + RecordChecksum.size + records.reduce(0) { $0 + $1.count })
        sink.varint(UInt64(headBytes.count))
        sink.raw(headBytes[...])
        sink.raw(RecordChecksum.bytes(of: headBytes[...])[...])
        for index in records.indices {
            sink.raw(records[index][...])
            records[index] = []
        }
        return sink.bytes
    }

    /// The head's range and the records of a part; throws when the head's checksum is wrong.
    private static func parse(_ bytes: [UInt8]) throws -> (Range<Int>, [Record]) {
        let source = BinarySource(bytes[...])
        let head = try source.range(count: source.count(minimumSize: 1))
        guard RecordChecksum.matches(bytes[try source.range(count: RecordChecksum.size)], bytes[head]) else {
            throw DamagedPart()
        }
        var records: [Record] = []
        while !source.isAtEnd {
            let start = source.offset
            let id = try source.range(count: source.count(minimumSize: 1))
            let value = try source.range(count: source.count(minimumSize: 1))
            let checked = start..<source.offset
            let checksum = try source.range(count: RecordChecksum.size)
            records.append(
                Record(id: id, value: value, checked: checked, checksum: checksum, whole: start..<source.offset))
        }
        return (head, records)
    }

    /// A part whose head does not match its checksum.
    private struct DamagedPart: Error {}
}

/// Heads are equal when their version, writer and header are: the files of a sharded part
/// written by one build (`ShardedPart`).
extension CacheRecords.Head: Equatable where Header: Equatable {}
