import DossierAnalysis
import DossierModel
import DossierOutput
import Foundation

/// A part of the build cache kept in shards: each entry goes to the file of its shard, chosen
/// by a stable hash of its id (`articles-2f.bin`: the part's name and the shard's number), and
/// each file is a part of its own (`CacheRecords`) with the part's head.
///
/// Adding or editing an article changes one entry of the articles' part and one of the
/// analysis': only the shards holding them are written, and read again to copy their unchanged
/// records. Kept whole, the two parts of a 10,000-article dossier (84 and 50 MB) were read and
/// written anew by every add.
struct ShardedPart: Sendable {
    /// How many shards a part has: a 100,000-article dossier's articles' part is then 13 MB a
    /// shard, a 1,000-article one's 130 KB.
    static let shardCount = 64
    /// The part's name, which its files' names start with.
    let name: String

    /// The shard of the entry `id`: the same in every build.
    static func shard(of id: String) -> Int {
        Int(StableHash.of(id) % UInt64(shardCount))
    }

    /// The name of the file of shard `shard`.
    func fileName(_ shard: Int) -> String {
        name + "-" + String(format: "%02x", shard) + ".bin"
    }

    /// The names of `folder`'s files that are shards of this part.
    func files(in folder: URL) -> [String] {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        return (0..<Self.shardCount).map(fileName).filter(names.contains)
    }

    /// The part's shards in `folder`, read on every core: missing when it has none; unusable
    /// when one is unreadable, larger than `largestPart` bytes, damaged, of another cache
    /// version, or of another build than the others (one killed while it put its shards in
    /// place); else the head they share and all their entries (none of another binary's:
    /// `CacheRecords.decode`).
    func read<Header: Codable & Sendable & Equatable, Entry: Codable & Sendable>(
        header: Header.Type, entry: Entry.Type, in folder: URL, generator: String, largestPart: Int
    ) -> BuildCache.PartRead<Header, Entry> {
        let names = files(in: folder)
        guard !names.isEmpty else { return .missing }
        let shards = names.concurrentMap { name -> Result<(CacheRecords.Head<Header>, [String: Entry]), UnusablePart> in
            let path = folder.appendingPathComponent(name).path
            return UnusablePart.bytes(path, atMost: largestPart).flatMap { bytes in
                guard
                    let (head, entries) = CacheRecords.decode(
                        bytes, header: header, entry: entry, generator: generator),
                    head.version == BuildCache.currentVersion
                else { return .failure(UnusablePart(path: path)) }
                return .success((head, entries))
            }
        }
        var read: [(head: CacheRecords.Head<Header>, entries: [String: Entry])] = []
        for shard in shards {
            switch shard {
            case .failure(let unusable): return .unusable(unusable)
            case .success(let part): read.append(part)
            }
        }
        let head = read[0].head
        var entries: [String: Entry] = [:]
        for (name, shard) in zip(names, read) {
            guard shard.head == head else {
                return .unusable(UnusablePart(path: folder.appendingPathComponent(name).path))
            }
            entries.merge(shard.entries) { first, _ in first }
        }
        return .found(head, entries)
    }

    /// The files that put `entries` with `head` in place of the part on disk in `folder`, which
    /// was read as `previous` (nil when it was not): a shard is written when its entries or the
    /// head changed, with the records of its unchanged entries copied from its file; a shard
    /// file left without entries is removed.
    func pendingFiles<Header: Codable & Sendable & Equatable, Entry: Codable & Sendable & Equatable>(
        head: CacheRecords.Head<Header>, entries: [String: Entry],
        previous: (head: CacheRecords.Head<Header>, entries: [String: Entry])?, in folder: URL
    ) throws -> [PendingCachePart] {
        let shards = Self.grouped(entries)
        let previousShards = previous.map { Self.grouped($0.entries) } ?? [:]
        let sameHead = previous?.head == head
        let onDisk = Set(files(in: folder))
        var parts: [PendingCachePart] = []
        do {
            for shard in 0..<Self.shardCount {
                let name = fileName(shard)
                guard let shardEntries = shards[shard] else {
                    if onDisk.contains(name) { parts.append(PendingCachePart(removing: name, in: folder)) }
                    continue
                }
                let previousEntries = previousShards[shard]
                if sameHead, onDisk.contains(name), previousEntries == shardEntries { continue }
                let previousBytes =
                    previousEntries == nil
                    ? nil
                    : try? FileBytes.read(folder.appendingPathComponent(name).path, atMost: UnusablePart.largestPart)
                let bytes = try CacheRecords.encode(
                    head: head, entries: shardEntries, previous: previousEntries, previousBytes: previousBytes)
                parts.append(try PendingCachePart(name, in: folder, bytes: bytes))
            }
        } catch {
            PendingCachePart.discard(parts)
            throw error
        }
        return parts
    }

    /// `entries` by shard.
    private static func grouped<Entry>(_ entries: [String: Entry]) -> [Int: [String: Entry]] {
        var shards: [Int: [String: Entry]] = [:]
        for (id, entry) in entries { shards[shard(of: id), default: [:]][id] = entry }
        return shards
    }
}
