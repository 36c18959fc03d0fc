import DossierLoader
import DossierModel
import Foundation
import Testing

/// A settings, sidecar, timeline or commentary file over its kind's limit is refused by its size,
/// before it is read, with an error naming the file, its size and the limit: a 60 MB
/// dossier.yml took 53 s to parse in a debug build.
struct SourceFileLimitsTests {
    /// Appends YAML comment lines (valid in YAML and, after the front matter, Markdown prose
    /// lines) to `relativePath` of `source` until it has more than `bytes` bytes; returns its size.
    @discardableResult
    private func grow(_ relativePath: String, in source: String, past bytes: Int, markdown: Bool = false) throws -> Int
    {
        let url = URL(fileURLWithPath: source + "/" + relativePath)
        var data = try Data(contentsOf: url)
        let line = Data(((markdown ? "" : "# ") + "سطر مكرر من نص طويل أضيف إلى الملف.\n").utf8)
        while data.count <= bytes { data += line }
        try data.write(to: url)
        return data.count
    }

    @Test(arguments: [
        ("dossier.yml", 100_000, "dossier.yml", false), ("articles/book-fair.yml", 1_000_000, "a sidecar", false),
        ("timeline.yml", 4_000_000, "timeline.yml", false),
        ("notes/derna-appeal.md", 2_000_000, "a commentary file", true),
        ("actors/united-nations.md", 2_000_000, "a commentary file", true),
    ])
    func aFileOverItsLimitIsAnErrorNamingItsSizeAndTheLimit(path: String, limit: Int, kind: String, markdown: Bool)
        throws
    {
        let (folder, source) = try FixturePaths.copyOfValid("file-limits")
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = try grow(path, in: source, past: limit, markdown: markdown)
        let result = try DossierLoader.load(sourceFolder: source)
        let errors = result.diagnostics.filter { $0.code == .fileTooLarge }
        #expect(errors.count == 1, "\(result.diagnostics)")
        let error = try #require(errors.first)
        #expect(error.severity == .error)
        #expect(error.location?.path == source + "/" + path)
        #expect(error.message.contains("has \(size) bytes"), "\(error.message)")
        #expect(error.message.contains("over the limit of \(limit) bytes") && error.message.contains("for \(kind)"))
        #expect(error.fix?.isEmpty == false)
    }

    @Test func aFileJustWithinItsLimitIsRead() throws {
        let (folder, source) = try FixturePaths.copyOfValid("file-limits")
        defer { try? FileManager.default.removeItem(at: folder) }
        try grow("dossier.yml", in: source, past: 99_000)
        try grow("articles/book-fair.yml", in: source, past: 990_000)
        let result = try DossierLoader.load(sourceFolder: source)
        #expect(!result.diagnostics.contains { $0.code == .fileTooLarge }, "\(result.diagnostics)")
        #expect(result.dossier.articles.contains { $0.id == "book-fair" })
    }
}
