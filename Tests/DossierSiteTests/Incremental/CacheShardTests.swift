import DossierAnalysis
import Foundation
import Testing

@testable import DossierSite

/// The names of the files of the build cache's sharded parts.
enum CacheFiles {
    /// The articles' and the analysis' shard files in the cache folder `folder`, sorted.
    static func shards(in folder: URL) -> (articles: [String], analysis: [String]) {
        (BuildCache.Part.articles.files(in: folder), BuildCache.Part.analysis.files(in: folder))
    }
}

/// The articles' and the analysis' parts of the build cache are kept in shards
/// (`ShardedPart`): a build writes only the shards whose entries changed, removes those left
/// empty, and does not trust shards of two different builds.
@Suite(.serialized)
struct CacheShardTests {
    /// What `value` finds of every shard file of the cache of `workspace`, by name.
    private static func shards<Value>(_ workspace: IncrementalWorkspace, _ value: (URL) throws -> Value?) throws
        -> [String: Value]
    {
        let folder = BuildCache.folder(in: workspace.source.path)
        let names = CacheFiles.shards(in: folder)
        var values: [String: Value] = [:]
        for name in names.articles + names.analysis {
            values[name] = try value(folder.appendingPathComponent(name))
        }
        return values
    }

    /// The bytes of every shard file of the cache of `workspace`, by name.
    private static func shardBytes(_ workspace: IncrementalWorkspace) throws -> [String: Data] {
        try shards(workspace) { try Data(contentsOf: $0) }
    }

    /// The inode of every shard file of the cache of `workspace`, by name: a file written
    /// again (beside and renamed) has a new one, even when its bytes are the same.
    private static func shardInodes(_ workspace: IncrementalWorkspace) throws -> [String: Int] {
        try shards(workspace) {
            (try FileManager.default.attributesOfItem(atPath: $0.path)[.systemFileNumber] as? NSNumber)?.intValue
        }
    }

    /// A new article, made of a seed's text with a paragraph of its own.
    private static func addArticle(to workspace: IncrementalWorkspace) throws {
        let articles = workspace.source.appendingPathComponent("articles")
        let seed = try #require(
            try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".txt") }.min())
        let text = try String(contentsOf: articles.appendingPathComponent(seed), encoding: .utf8)
        try workspace.write(
            "تقرير آخر عن المحادثات\n\n" + text + "\n\nفقرة كتبها الاختبار.\n", to: "articles/added.txt")
    }

    @Test func theShardOfAnIDIsTheSameInEveryBuild() {
        // Fixed values: a hash seeded per process would scatter the entries anew every build.
        #expect(["articles/added.txt", "0001", "مقال"].map(ShardedPart.shard(of:)) == [5, 13, 35])
        #expect(BuildCache.Part.articles.fileName(10) == "articles-0a.bin")
        #expect(Set((0..<1000).map { ShardedPart.shard(of: "articles/\($0).txt") }).count == ShardedPart.shardCount)
    }

    @Test func addingAnArticleWritesOneShardOfEachPartAndDeletingItRemovesIt() async throws {
        let workspace = try IncrementalWorkspace.seeds("cache-shards")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let before = try Self.shardBytes(workspace)
        let inodes = try Self.shardInodes(workspace)

        try Self.addArticle(to: workspace)
        // Built once (a clean build, as `buildAndCompare` makes after it, rewrites everything).
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let added = try Self.shardInodes(workspace)
        let changed = added.keys.filter { added[$0] != inodes[$0] }.sorted()
        #expect(changed.count == 2, "\(changed)")
        #expect(changed.filter { $0.hasPrefix("articles-") }.count == 1)
        #expect(changed.filter { $0.hasPrefix("analysis-") }.count == 1)
        #expect(before.keys.allSatisfy { added[$0] != nil })
        try await workspace.buildAndCompare("article added")

        try FileManager.default.removeItem(at: workspace.source.appendingPathComponent("articles/added.txt"))
        try await workspace.buildAndCompare("article deleted")
        // The shards the article was written to hold what they held before it was added, or
        // are gone with it when it was alone in them.
        #expect(try Self.shardBytes(workspace) == before)
    }

    @Test func shardsOfTwoBuildsAreIgnoredWithANote() async throws {
        let workspace = try IncrementalWorkspace.seeds("cache-shards")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let folder = BuildCache.folder(in: workspace.source.path)
        let name = try #require(CacheFiles.shards(in: folder).analysis.last)
        let file = folder.appendingPathComponent(name)
        // The shard as a build with other aliases or topics would have written it, beside
        // shards written with this dossier's: a build killed while it put its shards in place.
        let (head, entries) = try #require(
            CacheRecords.decode(
                [UInt8](try Data(contentsOf: file)), header: String?.self, entry: AnalysisCache.Entry.self))
        var other = head
        other.header = "the salt of another gazetteer"
        try Data(try CacheRecords.encode(head: other, entries: entries, previous: nil, previousBytes: nil))
            .write(to: file)

        let report = try await workspace.buildAndCompare("shards of two builds")
        #expect(report.notes.contains { $0.contains("build cache") && $0.contains(name) }, "\(report.notes)")
        #expect(report.reusedPages == 0)
        let again = try await workspace.buildAndCompare("the cache written anew")
        #expect(again.notes.isEmpty)
        #expect(again.reusedPages == again.pageCount)
    }
}
