import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// A file that fails to load is reported once, first; what only follows from it (unknown ids,
/// links to the pages it would have made) is summarised at its error, not listed.
@Suite struct RootCauseTests {
    /// A copy of `fixture` with `edit` applied to one of its files.
    private func brokenCopy(
        of fixture: String, file: String, edit: (Data) -> Data
    ) throws -> (folder: URL, source: String) {
        let folder = try SiteTestPaths.temporaryFolder("root-cause")
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(atPath: fixture, toPath: source.path)
        let url = source.appendingPathComponent(file)
        try edit(Data(contentsOf: url)).write(to: url)
        return (folder, source.path)
    }

    /// The bytes with a NUL inserted after the first line.
    private func insertingNUL(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let index = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
        bytes.insert(0, at: index)
        return Data(bytes)
    }

    private func check(_ source: String) async throws -> [Diagnostic] {
        try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates).check().diagnostics
    }

    @Test func aNULByteInAnArticleOfAnotherStoryGivesTheRootErrorFirst() async throws {
        let fixture = SiteTestPaths.fixtures.appendingPathComponent("another-story").path
        let before = try await check(fixture)
        #expect(!before.hasErrors, "\(before)")
        let (folder, source) = try brokenCopy(of: fixture, file: "articles/r1.txt", edit: insertingNUL)
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = try await check(source)
        let errors = diagnostics.filter { $0.severity == .error }
        let first = try #require(errors.first)
        #expect(first.code == .undecodableFile)
        #expect(first.location?.path == source + "/articles/r1.txt")
        #expect(first.location?.line == 2)
        #expect(first.message.contains("that follow from it"), "\(first.message)")
        #expect(errors.count <= 3, "\(errors.map(\.description).joined(separator: "\n"))")
        #expect(!diagnostics.contains { $0.code == .noteArticleUnknown || $0.code == .xrefUnresolved })
        #expect(!diagnostics.contains { $0.location?.path.hasPrefix("<site>/") == true })
    }

    @Test func aNULByteInASeedArticleGivesAHandfulOfLines() async throws {
        let (folder, source) = try brokenCopy(
            of: SiteTestPaths.seeds, file: "articles/000_7873ae83e845ea75.txt", edit: insertingNUL)
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = try await check(source)
        let errors = diagnostics.filter { $0.severity == .error }
        let first = try #require(errors.first)
        #expect(first.code == .undecodableFile)
        #expect(first.message.contains("that follow from it"), "\(first.message)")
        #expect(errors.count <= 5, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test func anActorWithoutFrontMatterIsTheOnlyErrorAboutThatActor() async throws {
        let fixture = SiteTestPaths.fixtures.appendingPathComponent("another-story").path
        let (folder, source) = try brokenCopy(of: fixture, file: "actors/muqtada-sadr.md") { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "---", with: "").utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = try await check(source)
        let errors = diagnostics.filter { $0.severity == .error }
        let first = try #require(errors.first)
        #expect(first.location?.path == source + "/actors/muqtada-sadr.md")
        #expect(first.message.contains("that follow from it"), "\(first.message)")
        #expect(!errors.contains { $0.message.contains("«muqtada-sadr»") }, "\(errors)")
    }

    /// A note is shown on its article's page, the notes page and the pages of its actors and
    /// topics: a link in it to a fragment the named page lacks is one error, at the note's line.
    @Test func aBrokenFragmentInANoteIsOneErrorAtItsLine() async throws {
        let fixture = SiteTestPaths.fixtures.appendingPathComponent("another-story").path
        let (folder, source) = try brokenCopy(of: fixture, file: "notes/n1-vote-count.md") { data in
            let links =
                "\nانظر [البطاقة](topic:largest-bloc#card-n1-vote-cont) و[الفقرة](article:r1#p-99)"
                + " و[البطاقة الصحيحة](topic:largest-bloc#card-n1-vote-count).\n"
            return data + Data(links.utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = try await check(source).filter { $0.severity == .error }
        #expect(errors.count == 2, "\(errors.map(\.description).joined(separator: "\n"))")
        #expect(
            errors.allSatisfy {
                $0.code == .xrefFragmentUnknown && $0.location?.path.hasSuffix("n1-vote-count.md") == true
            })
        #expect(errors.map { $0.location?.line } == [10, 10])
        let card = try #require(errors.first { $0.message.contains("card-n1-vote-cont") })
        #expect(card.fix?.contains("`#card-n1-vote-count`") == true, "\(card)")
    }

    @Test func builtPageErrorsComeLastAndNameTheirSource() {
        let built = Diagnostic.error(
            .brokenLink, "x", at: SourceLocation(path: "<site>/actors/a/index.html", line: 3))
        let source = Diagnostic.error(.badValue, "y", at: SourceLocation(path: "z/actors/a.md", line: 9))
        let sorted = SiteBuilder.sortedUnique([built, source])
        #expect(sorted.map(\.code) == [.badValue, .brokenLink])
    }
}
