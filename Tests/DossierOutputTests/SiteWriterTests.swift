import DossierModel
import Foundation
import Testing

@testable import DossierOutput

/// The writer: only its own files are replaced or deleted, the swap is whole, and a foreign
/// folder is refused.
struct SiteWriterTests {
    func site(_ pages: [String: String]) -> [RenderedFile] {
        pages.sorted { $0.key < $1.key }.map { RenderedFile(path: $0.key, content: .bytes(Array($0.value.utf8))) }
    }

    func write(
        _ pages: [String: String], into output: String, previous: WriteRecord? = nil, rewriteAll: Bool = false,
        force: Bool = false, index: (URL) throws -> Void = { _ in }
    ) throws -> WriteResult {
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: force))
        writer.previousRecord = previous
        writer.rewriteAll = rewriteAll
        return try writer.write(site(pages), index: index)
    }

    func siteFiles(_ snapshot: [String: String]) -> [String: String] {
        snapshot.filter { $0.key != OutputManifest.fileName }
    }

    /// A user's file whose name is not UTF-8 cannot be named to carry it into the new site: the
    /// build stops with an error naming its folder, and the output stays as it was.
    @Test func aUserFileNamedInAnotherEncodingStopsTheBuildAndChangesNothing() throws {
        let folder = try OutputTestFolder("foreign-name")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one", "articles/a/index.html": "a"], into: output)
        // «مقال» in Windows-1256, as an old Windows tool would name it.
        let name = Array(folder.path("public/articles/a").utf8) + [0x2F, 0xE3, 0xDE, 0xC7, 0xE1, 0x00]
        let descriptor = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        #expect {
            _ = try write(["index.html": "two", "articles/a/index.html": "a"], into: output, previous: first.record)
        } throws: { error in
            "\(error)".contains("public/articles/a holds a file whose name is not UTF-8")
                && "\(error)".contains("rename it or move it out of the output")
        }
        #expect(try String(contentsOfFile: folder.path("public/index.html"), encoding: .utf8) == "one")
        #expect(access(name.map { CChar(bitPattern: $0) }, F_OK) == 0)
    }

    /// A folder where the lock file goes is named as what stands in the way, not as a folder
    /// to make writable.
    @Test func aFolderWhereTheLockGoesIsToldToBeMoved() throws {
        let folder = try OutputTestFolder("lock-folder")
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.path(".public.dossier-lock"), withIntermediateDirectories: true)
        let error = try #require(throws: OutputError.self) {
            try write(["index.html": "one"], into: folder.path("public"))
        }
        #expect(error.fix?.contains("a folder stands where dossier keeps its lock file") == true, "\(error)")
    }

    /// A symbolic link where the lock file goes, even one to nowhere, is not followed: the
    /// build made an empty file where it pointed (anywhere the builder may write), and each
    /// build then left another copy of the site beside the output, its list of them refused.
    /// A named pipe there is refused too. The output is left as it was.
    @Test func aLinkOrPipeWhereTheLockGoesIsRefusedAndNothingIsMadeThroughIt() throws {
        let folder = try OutputTestFolder("lock-link")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one"], into: output)
        try FileManager.default.removeItem(atPath: folder.path(".public.dossier-lock"))
        let target = folder.path("elsewhere/made-by-the-build")
        try FileManager.default.createDirectory(atPath: folder.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path(".public.dossier-lock"), withDestinationPath: target)
        let linked = try #require(throws: OutputError.self) {
            try write(["index.html": "two"], into: output, previous: first.record)
        }
        #expect(linked.fix?.contains("a symbolic link stands where dossier keeps its lock file") == true, "\(linked)")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try folder.snapshot("public")["index.html"] == "one")

        try FileManager.default.removeItem(atPath: folder.path(".public.dossier-lock"))
        #expect(mkfifo(folder.path(".public.dossier-lock"), 0o644) == 0)
        let piped = try #require(throws: OutputError.self) {
            try write(["index.html": "two"], into: output, previous: first.record)
        }
        #expect("\(piped)".contains("is not a regular file"), "\(piped)")
        #expect(try folder.snapshot("public")["index.html"] == "one")
    }

    @Test func userFilesSurviveIncrementalAndCleanBuilds() throws {
        let folder = try OutputTestFolder("user-files")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one", "articles/a/index.html": "a"], into: output)
        try folder.write("example.org\n", at: "public/CNAME")
        try folder.write("deny from all\n", at: "public/.htaccess")
        try folder.write("ref: refs/heads/main\n", at: "public/.git/HEAD")
        try folder.write("blob", at: "public/.git/objects/ab/cdef")
        try folder.write("mine", at: "public/articles/a/extra.txt")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("public/latest"), withDestinationPath: "articles/a")
        let userFiles = try folder.snapshot("public").filter {
            ["CNAME", ".htaccess", ".git/HEAD", ".git/objects/ab/cdef", "articles/a/extra.txt", "latest"].contains(
                $0.key)
        }
        #expect(userFiles.count == 6)

        // Incremental: one page changes, one goes, one comes.
        let second = try write(
            ["index.html": "two", "articles/b/index.html": "b"], into: output, previous: first.record)
        #expect(second.summary.deleted == ["articles/a/index.html"])
        #expect(second.summary.written.sorted() == ["articles/b/index.html", "index.html"])
        var expected = userFiles
        expected["index.html"] = "two"
        expected["articles/b/index.html"] = "b"
        // Read before the expectation, so that a failure prints both sides (a `try` inside
        // the expectation leaves them out).
        let afterIncremental = siteFiles(try folder.snapshot("public"))
        #expect(afterIncremental == expected)

        // Clean: every file written anew, the user's still there.
        let third = try write(
            ["index.html": "two", "articles/b/index.html": "b"], into: output, previous: second.record, rewriteAll: true
        )
        #expect(third.summary.clean)
        let afterClean = siteFiles(try folder.snapshot("public"))
        #expect(afterClean == expected)
        // Nothing is left beside the output but the previous site, the last build's only: each
        // build removes the one before.
        let (names, previous) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", "public"])
        #expect(previous.count == 1)
    }

    @Test func unchangedFilesAreLinkedNotWritten() throws {
        let folder = try OutputTestFolder("linked")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "same", "a.html": "old"], into: output)
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: output + "/index.html")[.systemFileNumber]
        let second = try write(["index.html": "same", "a.html": "new"], into: output, previous: first.record)
        #expect(second.summary.written == ["a.html"])
        #expect(second.summary.unchanged == 1)
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: output + "/index.html")[.systemFileNumber]
        #expect(inodeBefore as? UInt64 == inodeAfter as? UInt64)
        // A file edited by hand in the output is written again, with or without a record.
        try folder.write("edited by hand", at: "public/index.html")
        let third = try write(["index.html": "same", "a.html": "new"], into: output, previous: second.record)
        #expect(third.summary.written == ["index.html"])
        #expect(try folder.snapshot("public")["index.html"] == "same")
    }

    @Test func anUnchangedSiteIsLeftInPlaceWithoutASwap() throws {
        let folder = try OutputTestFolder("in-place")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "same", "a/index.html": "a"], into: output)
        let folderBefore = try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? UInt64
        let second = try write(["index.html": "same", "a/index.html": "a"], into: output, previous: first.record)
        #expect(second.summary.written.isEmpty && second.summary.deleted.isEmpty)
        #expect(second.summary.unchanged == 2)
        #expect(second.record == first.record)
        let folderAfter = try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? UInt64
        #expect(folderBefore == folderAfter)
        // One page fewer is a change: the site is assembled and swapped in as usual.
        let third = try write(["index.html": "same"], into: output, previous: second.record)
        #expect(third.summary.deleted == ["a/index.html"])
        #expect(siteFiles(try folder.snapshot("public")) == ["index.html": "same"])
        let folderLast = try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? UInt64
        #expect(folderLast != folderAfter)
    }

    @Test func aFileUnchangedSinceThePreviousBuildIsLinkedWithoutBeingRead() throws {
        let folder = try OutputTestFolder("unchanged-content")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "kept", "a.html": "old"], into: output)
        let sha = FileStamp.sha256(Array("kept".utf8))
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: output + "/index.html")[.systemFileNumber]
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: false))
        writer.previousRecord = first.record
        let second = try writer.write([
            RenderedFile(path: "index.html", content: .unchanged(sha256: sha, previous: output + "/index.html")),
            RenderedFile(path: "a.html", content: .bytes(Array("new".utf8))),
        ])
        #expect(second.summary.written == ["a.html"])
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: output + "/index.html")[.systemFileNumber]
        #expect(inodeBefore as? UInt64 == inodeAfter as? UInt64)
        #expect(siteFiles(try folder.snapshot("public")) == ["index.html": "kept", "a.html": "new"])
    }

    @Test func theManifestListsTheSiteAndIsTheSameForTheSameSite() throws {
        let folder = try OutputTestFolder("manifest")
        defer { folder.remove() }
        _ = try write(["index.html": "x", "data/site.json": "{}"], into: folder.path("one"))
        _ = try write(["index.html": "x", "data/site.json": "{}"], into: folder.path("two"))
        let one = try folder.snapshot("one")[OutputManifest.fileName]
        #expect(one != nil)
        #expect(one == (try folder.snapshot("two")[OutputManifest.fileName]))
        let manifest = try #require(try OutputFolder(path: folder.path("one"), protecting: []).manifest)
        #expect(Set(manifest.files.keys) == ["index.html", "data/site.json"])
    }

    @Test func inspectingAgainReadsAManifestThatChangedMeanwhile() throws {
        let folder = try OutputTestFolder("reinspected")
        defer { folder.remove() }
        _ = try write(["index.html": "x"], into: folder.path("public"))
        let output = try OutputFolder(path: folder.path("public"), protecting: [])
        #expect(try output.reinspected().manifest == output.manifest)
        // Another build writes the folder between the first look and the one under the lock.
        _ = try write(["index.html": "x", "more.html": "y"], into: folder.path("public"))
        #expect(Set(try output.reinspected().manifest?.files.keys ?? [:].keys) == ["index.html", "more.html"])
    }

    @Test func aForeignFolderIsRefusedAndKeptAsItWas() throws {
        let folder = try OutputTestFolder("foreign")
        defer { folder.remove() }
        try folder.write("x", at: "u/index.html")
        try folder.write("my thesis", at: "u/thesis.docx")
        let before = try folder.snapshot("u")
        #expect {
            _ = try write(["index.html": "site"], into: folder.path("u"))
        } throws: { error in
            "\(error)".contains("thesis.docx") && "\(error)".contains("--force")
        }
        #expect(try folder.snapshot("u") == before)
        #expect(try folder.names() == ["u"])

        // Forced: the site's paths are replaced, everything else kept; from then on it is ours.
        let forced = try write(["index.html": "site"], into: folder.path("u"), force: true)
        #expect(siteFiles(try folder.snapshot("u")) == ["index.html": "site", "thesis.docx": "my thesis"])
        // The file replaced is named, so the build can say so.
        #expect(forced.summary.replaced == ["index.html"])
        let next = try write(["about.html": "about"], into: folder.path("u"), previous: forced.record)
        #expect(next.summary.replaced.isEmpty)
        #expect(siteFiles(try folder.snapshot("u")) == ["about.html": "about", "thesis.docx": "my thesis"])
    }

    @Test func aUserFileWhereTheSiteNowWritesIsAnError() throws {
        let folder = try OutputTestFolder("clash")
        defer { folder.remove() }
        _ = try write(["index.html": "site"], into: folder.path("public"))
        try folder.write("mine", at: "public/about.html")
        let before = try folder.snapshot("public")
        #expect {
            _ = try write(["index.html": "site", "about.html": "ours"], into: folder.path("public"))
        } throws: { error in
            "\(error)".contains("about.html")
        }
        #expect(try folder.snapshot("public") == before)
    }

    /// A folder the user made where the site had a file is the user's: the next build stops
    /// rather than swap it out with the previous site, whose folder a later build empties.
    @Test func aUserFolderWhereTheSiteHadAFileIsAnError() throws {
        let folder = try OutputTestFolder("folder-over-file")
        defer { folder.remove() }
        _ = try write(["index.html": "site", "robots.txt": "ours"], into: folder.path("public"))
        try FileManager.default.removeItem(atPath: folder.path("public/robots.txt"))
        try folder.write("mine", at: "public/robots.txt/keep.txt")
        let before = try folder.snapshot("public")
        #expect {
            _ = try write(["index.html": "site 2", "robots.txt": "ours"], into: folder.path("public"))
        } throws: { error in
            "\(error)".contains("robots.txt")
        }
        #expect(try folder.snapshot("public") == before)
        // Forced, the site's file wins, and the build says so.
        let forced = try write(
            ["index.html": "site 3", "robots.txt": "ours"], into: folder.path("public"), force: true)
        #expect(forced.summary.replaced == ["robots.txt"])
        // When the site no longer has the file, the folder is carried as the user's.
        try FileManager.default.removeItem(atPath: folder.path("public/robots.txt"))
        try folder.write("mine", at: "public/robots.txt/keep.txt")
        _ = try write(["index.html": "site 4"], into: folder.path("public"))
        _ = try write(["index.html": "site 5"], into: folder.path("public"))
        #expect(try folder.snapshot("public")["robots.txt/keep.txt"] == "mine")
    }

    @Test func aFailedIndexChangesNothingAndLeavesNoStagingFolder() throws {
        let folder = try OutputTestFolder("index-fails")
        defer { folder.remove() }
        let first = try write(["index.html": "old"], into: folder.path("public"))
        let before = try folder.snapshot("public")
        struct IndexerFailed: Error {}
        #expect(throws: IndexerFailed.self) {
            _ = try write(["index.html": "new"], into: folder.path("public"), previous: first.record) { _ in
                throw IndexerFailed()
            }
        }
        #expect(try folder.snapshot("public") == before)
        #expect(try folder.names() == [".public.dossier-lock", "public"])
    }

    @Test func leftoversOfAKilledBuildAreRemovedByTheNextBuild() throws {
        let folder = try OutputTestFolder("leftovers")
        defer { folder.remove() }
        _ = try write(["index.html": "old"], into: folder.path("public"))
        try folder.write("half", at: ".public.dossier-staging-AbC123/index.html")
        try folder.recordLeftover(".public.dossier-staging-AbC123")
        try folder.write("old", at: ".public.dossier-previous-XyZ789/index.html")
        try folder.recordLeftover(".public.dossier-previous-XyZ789")
        try folder.write("keep", at: ".public.notes")
        // Named as a build names them, but not written down as a build's: the user's, a copy of
        // the site with its manifest included.
        try folder.write("keep", at: ".public.dossier-previous-backup/notes.txt")
        try folder.write("{}", at: ".public.dossier-previous-backup/" + OutputManifest.fileName)
        _ = try write(["index.html": "new"], into: folder.path("public"))
        let (names, previous) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", ".public.notes", "public"])
        #expect(try folder.snapshot(".public.dossier-previous-backup")["notes.txt"] == "keep")
        #expect(previous.count == 2 && !previous.contains(".public.dossier-previous-XyZ789"))
    }

    @Test func anOutputOverlappingAProtectedFolderIsRefusedThroughSymbolicLinks() throws {
        let folder = try OutputTestFolder("overlap")
        defer { folder.remove() }
        try folder.write("---\n", at: "seeds/index.md")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("link"), withDestinationPath: folder.path("seeds"))
        let protected = [ProtectedFolder(role: "source folder", path: folder.path("link"))]
        for output in [folder.path("seeds/public"), folder.path("link/public"), folder.path("seeds"), folder.url.path] {
            #expect(throws: OutputError.self, "\(output)") {
                _ = try OutputFolder(path: output, protecting: protected)
            }
        }
        #expect(throws: Never.self) { _ = try OutputFolder(path: folder.path("public"), protecting: protected) }
    }

    /// The refusal's fix names a folder that would be accepted: beside the source, named after
    /// it (`./public` was inside a source given as `.`).
    @Test func anOverlappingOutputIsToldAFolderBesideTheSource() throws {
        let folder = try OutputTestFolder("overlap-fix")
        defer { folder.remove() }
        try folder.write("---\n", at: "news/index.md")
        let protected = [ProtectedFolder(role: "source folder", path: folder.path("news"))]
        do {
            _ = try OutputFolder(path: folder.path("news/public"), protecting: protected)
            Issue.record("an output inside the source was accepted")
        } catch let error as OutputError {
            #expect(error.fix == "choose an --output outside the source folder, such as \(folder.path("news-site"))")
        }
        #expect(SiteFolderName.beside(".", real: "/home/me/news") == "../news-site")
        #expect(SiteFolderName.beside("./", real: "/home/me/news") == "../news-site")
        #expect(SiteFolderName.beside("work/news", real: "/home/me/work/news") == "work/news-site")
        #expect(SiteFolderName.beside("news", real: "/home/me/news") == "news-site")
    }

    @Test func theOutputMustBeAFolder() throws {
        let folder = try OutputTestFolder("not-folder")
        defer { folder.remove() }
        try folder.write("x", at: "public")
        #expect(throws: OutputError.self) { _ = try OutputFolder(path: folder.path("public"), protecting: []) }
        // A link to nothing, or a loop of links, is named as a link with where it leads.
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling"), withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(atPath: folder.path("loop-a"), withDestinationPath: "loop-b")
        try FileManager.default.createSymbolicLink(atPath: folder.path("loop-b"), withDestinationPath: "loop-a")
        for (name, target) in [("dangling", "nowhere"), ("loop-a", "loop-b")] {
            let error = #expect(throws: OutputError.self) {
                _ = try OutputFolder(path: folder.path(name), protecting: [])
            }
            #expect(error?.message.contains("is a link to \(target), which is not a folder") == true, "\(name)")
            #expect(error?.fix?.contains("make the folder the link names") == true)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("dangling")) == "nowhere")
    }

    @Test func aSecondBuildIntoTheSameOutputStopsButOtherOutputsBesideItDoNot() throws {
        let folder = try OutputTestFolder("lock")
        defer { folder.remove() }
        do {
            // Another build holds the output's lock while this scope lasts.
            let held = try OutputLock(output: URL(fileURLWithPath: folder.path("public")), named: "public")
            #expect {
                _ = try write(["index.html": "x"], into: folder.path("public"))
            } throws: { error in
                "\(error)".contains("another dossier build is writing into")
            }
            #expect(!FileManager.default.fileExists(atPath: folder.path("public")))
            _ = try write(["index.html": "y"], into: folder.path("preview"))
            #expect(try folder.snapshot("preview")["index.html"] == "y")
            withExtendedLifetime(held) {}
        }
        _ = try write(["index.html": "x"], into: folder.path("public"))
    }

    /// A site built by the previous version (no manifest; its cache beside the output listed
    /// what it wrote) is taken as ours: its files are replaced, others kept, the old cache removed.
    @Test func aSiteOfThePreviousVersionIsRecognisedByItsCache() throws {
        let folder = try OutputTestFolder("legacy")
        defer { folder.remove() }
        try folder.write("old", at: "public/index.html")
        try folder.write("mine", at: "public/CNAME")
        let real = URL(fileURLWithPath: folder.path("public")).resolvingSymlinksInPath().path
        let cache = """
            {"outputFolder": "\(real)", "outputs": {"index.html": {"size": 3, "modified": 0, "sha256": "x"}}}
            """
        try folder.write(cache, at: ".dossier-cache/public.json")
        _ = try write(["index.html": "new"], into: folder.path("public"))
        #expect(siteFiles(try folder.snapshot("public")) == ["index.html": "new", "CNAME": "mine"])
        #expect(!FileManager.default.fileExists(atPath: folder.path(".dossier-cache")))
    }
}
