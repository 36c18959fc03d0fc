import Foundation
import Testing

@testable import DossierOutput

/// The staging of a site file by file, as a build renders it: files land beside the output at
/// once, the output changes only at the swap, and a staging given up leaves nothing behind.
struct SiteStagingTests {
    private func file(_ path: String, _ text: String) -> RenderedFile {
        RenderedFile(path: path, content: .bytes(Array(text.utf8)))
    }

    private func writer(_ output: String, previous: WriteRecord? = nil) throws -> SiteWriter {
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: []))
        writer.previousRecord = previous
        return writer
    }

    /// A copied file has its source's bytes, whether the build read them to hash them (no
    /// stamp of the source yet) or only to write them (the source's stamp known).
    @Test func aCopiedFileHasItsSourcesBytes() throws {
        let folder = try OutputTestFolder("copied")
        defer { folder.remove() }
        try folder.write("نص المقال كما نُسخ", at: "source/a.txt")
        let copy = RenderedFile(path: "articles/a/original.txt", content: .copy(from: folder.path("source/a.txt")))
        let output = folder.path("public")
        let first = try writer(output).write([copy])
        #expect(try folder.snapshot("public")["articles/a/original.txt"] == "نص المقال كما نُسخ")
        var again = try writer(output, previous: first.record)
        again.rewriteAll = true
        let second = try again.write([copy])
        #expect(second.summary.written == ["articles/a/original.txt"])
        #expect(try folder.snapshot("public")["articles/a/original.txt"] == "نص المقال كما نُسخ")
    }

    @Test func filesLandInTheStagingFolderAsTheyAreAddedAndTheOutputChangesAtTheSwap() throws {
        let folder = try OutputTestFolder("streamed")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try writer(output).write([file("index.html", "old"), file("a/same.html", "same")])
        let before = try folder.snapshot("public")

        let staging = try writer(output, previous: first.record).stage()
        let changed = try staging.add(file("index.html", "new"))
        let nested = try staging.add(file("b/c/new.html", "fresh"))
        let same = try staging.add(file("a/same.html", "same"))
        // Changed and new files are written into the staging folder beside the output at once...
        #expect(changed.written && nested.written)
        #expect(changed.location == staging.folder.path + "/index.html")
        #expect(try String(contentsOfFile: changed.location, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: nested.location, encoding: .utf8) == "fresh")
        #expect(staging.folder.deletingLastPathComponent().path == folder.url.resolvingSymlinksInPath().path)
        // ...an unchanged one is left where it is, to be linked at the end...
        #expect(!same.written)
        #expect(!FileManager.default.fileExists(atPath: staging.folder.path + "/a/same.html"))
        #expect(try String(contentsOfFile: same.location, encoding: .utf8) == "same")
        // ...and the output is the old site until the swap.
        #expect(try folder.snapshot("public") == before)

        let result = try staging.finish([changed, same, nested], index: { _ in })
        #expect(result.summary.written == ["index.html", "b/c/new.html"])
        #expect(result.summary.unchanged == 1)
        #expect(result.summary.deleted.isEmpty)
        let after = try folder.snapshot("public").filter { $0.key != OutputManifest.fileName }
        #expect(after == ["index.html": "new", "a/same.html": "same", "b/c/new.html": "fresh"])
        // The previous site is set aside under its own name, for the next build to remove.
        let (names, previous) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", "public"])
        #expect(previous.count == 1 && previous.allSatisfy { $0.hasPrefix(".public.dossier-previous-") })
        #expect(
            try folder.snapshot(previous[0]).filter { $0.key != OutputManifest.fileName }
                == before.filter { $0.key != OutputManifest.fileName })
    }

    @Test func aStagingGivenUpLeavesTheOutputAsItWasAndNothingBesideIt() throws {
        let folder = try OutputTestFolder("given-up")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try writer(output).write([file("index.html", "old")])
        let before = try folder.snapshot("public")
        do {
            let staging = try writer(output, previous: first.record).stage()
            _ = try staging.add(file("index.html", "new"))
            _ = try staging.add(file("more/index.html", "more"))
            // While it is open, the output's lock is held.
            #expect(throws: OutputError.self) { _ = try writer(output).stage() }
            staging.discard()
            #expect(try folder.names() == [".public.dossier-lock", "public"])
        }
        do {
            // Released without being finished (a build that threw): the folder goes with it.
            let staging = try writer(output, previous: first.record).stage()
            _ = try staging.add(file("index.html", "new"))
            let names = try folder.names()
            withExtendedLifetime(staging) {}
            #expect(names.count == 3)
        }
        #expect(try folder.snapshot("public") == before)
        #expect(try folder.names() == [".public.dossier-lock", "public"])
        _ = try writer(output, previous: first.record).write([file("index.html", "next")])
        #expect(try folder.snapshot("public")["index.html"] == "next")
    }

    /// Only folders named exactly as a build names them and written down as a build's are an
    /// earlier build's leftovers: a user's folders (`…-backup`, named exactly so), files and
    /// links named like them stay, contents and all, build after build.
    @Test func foldersOnlyNamedLikeLeftoversAreTheUsers() throws {
        let folder = try OutputTestFolder("lookalikes")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try writer(output).write([file("index.html", "old")])
        let lookalikes = [
            ".public.dossier-previous-my-backup-2024/notes.txt", ".public.dossier-staging-notes/a.txt",
            ".public.dossier-staging-/b.txt", ".public.dossier-previous-abc12/c.txt",
            ".public.dossier-previous-abc1234/d.txt", ".public.dossier-previous-backup/e.txt",
        ]
        for path in lookalikes { try folder.write("ملاحظات المستخدم", at: path) }
        try folder.write("ملف", at: ".public.dossier-staging-file")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path(".public.dossier-previous-Link01"),
            withDestinationPath: folder.path(".public.dossier-staging-notes"))
        // A killed build's staging folder, written down in the lock file, is still taken.
        try folder.write("مؤقت", at: ".public.dossier-staging-Ab3xY9/part.html")
        try folder.recordLeftover(".public.dossier-staging-Ab3xY9")
        var record = first.record
        for text in ["new", "newer"] {
            record = try writer(output, previous: record).write([file("index.html", text)]).record
        }
        for path in lookalikes {
            #expect(try String(contentsOfFile: folder.path(path), encoding: .utf8) == "ملاحظات المستخدم")
        }
        #expect(try String(contentsOfFile: folder.path(".public.dossier-staging-file"), encoding: .utf8) == "ملف")
        #expect(try folder.names().contains(".public.dossier-previous-Link01"))
        #expect(try !folder.names().contains(".public.dossier-staging-Ab3xY9"))
        #expect(try folder.snapshot("public")["index.html"] == "newer")
    }

    @Test func filesAddedFromManyTasksAtOnceMakeTheSameSite() async throws {
        let folder = try OutputTestFolder("parallel")
        defer { folder.remove() }
        let files = (0..<400).map { file("s\($0 % 7)/p\($0 % 13)/f\($0).html", "page \($0)") }
        let staging = try writer(folder.path("public")).stage()
        let staged = try await withThrowingTaskGroup(of: (Int, StagedFile).self) { group in
            for (position, file) in files.enumerated() {
                group.addTask { (position, try staging.add(file)) }
            }
            var collected: [(Int, StagedFile)] = []
            for try await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        _ = try staging.finish(staged, index: { _ in })
        _ = try writer(folder.path("serial")).write(files)
        #expect(try folder.snapshot("public") == (try folder.snapshot("serial")))
        #expect(try folder.snapshot("public").count == 401)
    }

    @Test func aPreviousFileReplacedWhileTheSiteWasBuiltIsNotTakenForUnchanged() throws {
        let folder = try OutputTestFolder("replaced")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try writer(output).write([file("index.html", "kept"), file("a.html", "a")])
        let staging = try writer(output, previous: first.record).stage()
        let kept = try staging.add(file("index.html", "kept"))
        let changed = try staging.add(file("a.html", "b"))
        #expect(!kept.written)
        // Somebody puts another file in its place before the site is finished.
        try folder.write("edited", at: "public/index.html.new")
        #expect(rename(folder.path("public/index.html.new"), folder.path("public/index.html")) == 0)
        #expect {
            _ = try staging.finish([kept, changed], index: { _ in })
        } throws: { error in
            "\(error)".contains("changed while the site was being built")
        }
        #expect(try folder.snapshot("public")["a.html"] == "a")
        #expect(try folder.names() == [".public.dossier-lock", "public"])
    }
}
