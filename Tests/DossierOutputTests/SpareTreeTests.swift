import Foundation
import Testing

@testable import DossierOutput

/// A build takes the tree an earlier build left beside the output as its staging folder: the
/// new site comes out exactly as from a new folder, whatever the tree held, and the live site
/// is never changed through a file the two share.
struct SpareTreeTests {
    private func site(_ pages: [String: String]) -> [RenderedFile] {
        pages.sorted { $0.key < $1.key }.map { RenderedFile(path: $0.key, content: .bytes(Array($0.value.utf8))) }
    }

    private func write(_ pages: [String: String], into output: String, previous: WriteRecord? = nil) throws
        -> WriteResult
    {
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: []))
        writer.previousRecord = previous
        return try writer.write(site(pages))
    }

    /// The site's files (the manifest aside).
    private func siteFiles(_ folder: OutputTestFolder, _ relative: String) throws -> [String: String] {
        try folder.snapshot(relative).filter { $0.key != OutputManifest.fileName }
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func thePreviousSiteIsBroughtUpToTheNewOneWithoutChangingTheLiveSite() throws {
        let folder = try OutputTestFolder("spare")
        defer { folder.remove() }
        let output = folder.path("public")
        let one = ["index.html": "one", "a/keep.html": "keep", "a/old.html": "old", "b.html": "b"]
        let first = try write(one, into: output)
        let two = ["index.html": "two", "a/keep.html": "keep", "b.html": "b", "c/x.html": "x"]
        let second = try write(two, into: output, previous: first.record)
        let (_, previous) = try folder.namesBesidePreviousSites()
        try #require(previous.count == 1)
        // The previous site shares the unchanged files with the live one.
        #expect(inode(folder.path(previous[0] + "/b.html")) == inode(folder.path("public/b.html")))
        // What a tree left beside the output may hold besides: a link out of it where the new
        // site has a folder, a file where it needs a folder, a folder where it puts a file.
        try folder.write("outside", at: "elsewhere/kept.txt")
        #expect(symlink(folder.path("elsewhere"), folder.path(previous[0] + "/c")) == 0)
        try folder.write("in the way", at: previous[0] + "/d")
        try folder.write("stale", at: previous[0] + "/e/f.html")
        try folder.write("stale", at: previous[0] + "/z/deep/page.html")

        let three = [
            "index.html": "three", "a/keep.html": "keep", "b.html": "b changed", "c/x.html": "x",
            "d/y.html": "y", "e": "e",
        ]
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: []))
        writer.previousRecord = second.record
        let staging = try writer.stage()
        // The staging folder is the previous site, taken under a staging folder's name.
        #expect(try folder.namesBesidePreviousSites().previous.isEmpty)
        var staged: [StagedFile] = []
        for file in site(three) {
            staged.append(try staging.add(file))
            // Writing `b.html` anew does not write into the file the live site shares.
            #expect(try siteFiles(folder, "public") == two, "after \(file.path)")
        }
        let result = try staging.finish(staged, index: { _ in })
        #expect(result.summary.written == ["b.html", "d/y.html", "e", "index.html"])
        #expect(try siteFiles(folder, "public") == three)
        #expect(try folder.snapshot("elsewhere") == ["kept.txt": "outside"])
        // The site swapped out is the second one, whole, for the next build to take.
        let (names, retired) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", "elsewhere", "public"])
        try #require(retired.count == 1)
        #expect(try siteFiles(folder, retired[0]) == two)
        // An unchanged file is the live site's file: it was kept or linked, never copied.
        #expect(inode(folder.path("public/a/keep.html")) == inode(folder.path(retired[0] + "/a/keep.html")))
    }

    /// A file of the tree that nothing else has is written over in place (creating a file costs
    /// the kernel an inode); one with another name, open elsewhere, or not as a new file would
    /// be, is replaced.
    @Test func aFileOfTheTreeIsWrittenInPlaceOnlyWhenItIsTheTreesAlone() throws {
        let folder = try OutputTestFolder("spare-in-place")
        defer { folder.remove() }
        let output = folder.path("public")
        let names = ["index.html", "a/shared.html", "a/private.html", "a/open.html"]
        let first = try write(Dictionary(uniqueKeysWithValues: names.map { ($0, "one: " + $0) }), into: output)
        let two = Dictionary(uniqueKeysWithValues: names.map { ($0, "two") })
        let second = try write(two, into: output, previous: first.record)
        let (_, previous) = try folder.namesBesidePreviousSites()
        try #require(previous.count == 1)
        // The first site, set aside: one of its files gets another name, one another mode, one
        // is held open. Each is marked with a time of last access long past, which only the file
        // itself keeps (writing does not change it; a new file's is now).
        let tree = { (name: String) in folder.path(previous[0] + "/" + name) }
        let past = timespec(tv_sec: 1_000_000_000, tv_nsec: 0)
        for name in names { #expect(utimensat(AT_FDCWD, tree(name), [past, past], 0) == 0) }
        try folder.write("", at: "elsewhere/.keep")
        #expect(link(tree("a/shared.html"), folder.path("elsewhere/backup.html")) == 0)
        #expect(chmod(tree("a/private.html"), FileBytes.newFileMode == 0o600 ? 0o640 : 0o600) == 0)
        let reader = open(tree("a/open.html"), O_RDONLY)
        defer { close(reader) }

        let three = Dictionary(uniqueKeysWithValues: names.map { ($0, "three: " + $0) })
        _ = try write(three, into: output, previous: second.record)
        // Before any is read: reading a file changed since it was last read marks it accessed.
        var info = stat()
        let marked = names.filter {
            lstat(folder.path("public/" + $0), &info) == 0 && info.st_atim.tv_sec == past.tv_sec
        }
        #expect(marked == ["index.html"])
        #expect(try siteFiles(folder, "public") == three)
        #expect(try folder.snapshot("elsewhere") == [".keep": "", "backup.html": "one: a/shared.html"])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = pread(reader, &buffer, buffer.count, 0)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "one: a/open.html")
        #expect(lstat(folder.path("public/a/private.html"), &info) == 0)
        #expect(info.st_mode & 0o7777 == FileBytes.newFileMode)
    }

    @Test func aKilledBuildsStagingFolderIsTakenWhateverItHolds() throws {
        let folder = try OutputTestFolder("spare-killed")
        defer { folder.remove() }
        let output = folder.path("public")
        let one = ["index.html": "one", "a/page.html": "page"]
        let first = try write(one, into: output)
        try folder.write("half", at: ".public.dossier-staging-AbC123/index.html")
        try folder.write("{}", at: ".public.dossier-staging-AbC123/" + OutputManifest.fileName)
        try folder.recordLeftover(".public.dossier-staging-AbC123")
        try folder.write("junk", at: ".public.dossier-staging-AbC123/a/page.html/inside")
        try folder.write("junk", at: ".public.dossier-staging-AbC123/.index.html.tmp-1")
        #expect(symlink("/", folder.path(".public.dossier-staging-AbC123/root")) == 0)

        let two = ["index.html": "two", "a/page.html": "page", "root": "a page"]
        _ = try write(two, into: output, previous: first.record)
        #expect(try siteFiles(folder, "public") == two)
        let manifest = try JSONDecoder().decode(
            OutputManifest.self, from: Data(contentsOf: URL(fileURLWithPath: output + "/" + OutputManifest.fileName)))
        #expect(Set(manifest.files.keys) == Set(two.keys))
        let (names, previous) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", "public"])
        #expect(previous.count == 1)
    }

    @Test func aTreeWithANameThatIsNotUTF8IsNotTaken() throws {
        let folder = try OutputTestFolder("spare-latin1")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one"], into: output)
        try folder.write("old", at: ".public.dossier-previous-XyZ789/index.html")
        try folder.recordLeftover(".public.dossier-previous-XyZ789")
        // «é» in Latin-1: a name no Swift string can give back to remove it.
        let name = Array(folder.path(".public.dossier-previous-XyZ789/caf").utf8) + [0xE9, 0]
        let descriptor = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        _ = try write(["index.html": "two"], into: output, previous: first.record)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [
                OutputManifest.fileName, "index.html",
            ])
        #expect(try siteFiles(folder, "public") == ["index.html": "two"])
    }

    @Test func aTakenTreeGivenUpIsKeptForTheNextBuild() throws {
        let folder = try OutputTestFolder("spare-given-up")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one"], into: output)
        let second = try write(["index.html": "two", "a.html": "a"], into: output, previous: first.record)
        do {
            var writer = SiteWriter(output: try OutputFolder(path: output, protecting: []))
            writer.previousRecord = second.record
            let staging = try writer.stage()
            _ = try staging.add(RenderedFile(path: "b.html", content: .bytes(Array("b".utf8))))
            staging.discard()
        }
        #expect(try siteFiles(folder, "public") == ["index.html": "two", "a.html": "a"])
        let (names, previous) = try folder.namesBesidePreviousSites()
        #expect(names == [".public.dossier-lock", "public"])
        #expect(previous.count == 1)
        _ = try write(["index.html": "three"], into: output, previous: second.record)
        #expect(try siteFiles(folder, "public") == ["index.html": "three"])
    }

    /// A folder the user made read-only in the live site (`chmod 555`) goes aside with the swap;
    /// taken as the next staging folder, it is made changeable again, so its files can be
    /// replaced: every later build failed on it. The live site's folder keeps the user's mode.
    @Test func aReadOnlyFolderInTheTreeIsMadeChangeable() throws {
        let folder = try OutputTestFolder("spare-read-only")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one", "actors/a.html": "a"], into: output)
        #expect(chmod(folder.path("public/actors"), 0o555) == 0)
        let second = try write(["index.html": "two", "actors/a.html": "a"], into: output, previous: first.record)
        // The third build takes the tree holding it.
        let third = try write(["index.html": "three", "actors/a.html": "b"], into: output, previous: second.record)
        var info = stat()
        #expect(lstat(folder.path("public/actors"), &info) == 0 && info.st_mode & 0o7777 == 0o555)
        _ = try write(["index.html": "four", "actors/a.html": "c"], into: output, previous: third.record)
        #expect(try siteFiles(folder, "public") == ["index.html": "four", "actors/a.html": "c"])
    }
}
