import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierOutput
@testable import DossierSite

/// A file of the build cache larger than any part a build writes is unusable by its size alone,
/// before a byte of it is read: a 100 GB sparse `pages.bin` was read whole, for minutes, until
/// memory ran out.
@Suite(.serialized)
struct OversizedCachePartTests {
    /// Grows the cache's file `name` in `workspace` by `extra` bytes of holes (a sparse file:
    /// nothing is written) and returns the size it then has.
    private func grow(_ name: String, in workspace: IncrementalWorkspace, by extra: Int) throws -> Int {
        let path = workspace.source.appendingPathComponent(".dossier/" + name).path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size + extra)) == 0)
        return size + extra
    }

    @Test func aPartOverTheLimitIsUnusableAndToldWithItsSize() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("oversized-cache")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let folder = workspace.source.appendingPathComponent(".dossier")
        let shard = try #require(CacheFiles.shards(in: folder).analysis.first)
        for name in ["pages.bin", shard] {
            let size = try grow(name, in: workspace, by: 3_000_000)
            let reading = BuildCache.Reading(
                sourceFolder: workspace.source.path, generator: Fingerprint.generator(), largestPart: size - 1)
            let note = try #require(reading.result.note)
            #expect(
                note.contains(folder.appendingPathComponent(name).path + " has \(DecimalByteCount.text(size))"),
                "\(note)")
            #expect(note.contains("more than a part of it may have") && !note.contains("\n"), "\(note)")
            #expect(reading.result.cache == BuildCache())
            // Within the limit, the same file is read: damaged by its trailing holes.
            let within = BuildCache.Reading(
                sourceFolder: workspace.source.path, generator: Fingerprint.generator(), largestPart: size)
            #expect(within.result.note?.contains("is unreadable or from another version") == true)
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
