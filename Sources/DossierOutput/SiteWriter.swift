import Foundation

/// The only writer of the output. It assembles the new site in a staging folder beside the
/// output (`SiteStaging`), from three kinds of file: the user's files of the old output
/// (linked), the site's files whose bytes did not change (linked from the old output), and the
/// rest (written as they are handed over, so a build need not hold its output in memory); runs
/// the indexer over it; writes the manifest; and swaps it in with one atomic rename. Killed at
/// any moment, it leaves the whole old site or the whole new one, and at most a staging folder
/// beside it; the previous site is set aside beside it too. The next build takes one of them
/// as its staging folder (`SpareTree`) and removes the rest. A failure changes nothing. When
/// the output already holds exactly the new site, as the last write left it, nothing is swapped.
public struct SiteWriter: Sendable {
    /// The output, as inspected when the build started.
    public let output: OutputFolder
    /// What the previous write recorded, so files of the old site need not be read to be trusted.
    public var previousRecord: WriteRecord?
    /// Writes every file anew instead of linking unchanged ones (`--clean`).
    public var rewriteAll = false
    /// The folder that `index` makes from the pages (the search index): it belongs to the site
    /// whole, and when no file of the site changed the previous one is kept and `index` not run.
    public var indexFolder: String?

    /// A writer for `output`.
    public init(output: OutputFolder) {
        self.output = output
    }

    /// Takes the output's lock, opens a staging folder (an earlier build's tree, when one is left
    /// beside the output), removes the other leftovers, into which the site's files are then handed one by one (`SiteStaging.add`).
    public func stage() throws -> SiteStaging {
        try SiteStaging(writer: self)
    }

    /// Writes `files` as the new site; `index` runs on the staging folder once the files are
    /// in it and may throw to abort the build.
    public func write(_ files: [RenderedFile], index: (URL) throws -> Void = { _ in }) throws -> WriteResult {
        let staging = try stage()
        return try staging.finish(files.map(staging.add), index: index)
    }
}

/// What a write did, and what the next build needs to know about the output.
public struct WriteResult: Sendable {
    /// What was written, linked and deleted.
    public let summary: WriteSummary
    /// The stamps of the files written, for the next build's cache.
    public let record: WriteRecord
}

/// What a write did, for `--verbose` and tests.
public struct WriteSummary: Sendable, Hashable {
    /// Site paths whose bytes were written (all of them for a first or `--clean` build), in plan order.
    public let written: [String]
    /// Site paths of the previous site that the new one no longer has.
    public let deleted: [String]
    /// Files carried over from the previous site unchanged.
    public let unchanged: Int
    /// True when every file was written anew: no previous site to build on, or `--clean`.
    public let clean: Bool
    /// The user's files that stood where the site puts its own, replaced because the build
    /// was forced, by path.
    public var replaced: [String] = []
    /// Files of the previous site that the new one no longer has but that were changed since
    /// they were written, kept as the user's instead of deleted, by path.
    public var kept: [String] = []
}
