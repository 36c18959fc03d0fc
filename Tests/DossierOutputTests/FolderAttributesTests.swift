import Foundation
import Testing

@testable import DossierOutput

/// The folders of a user's that a forced build carries over, or that the site also uses, keep
/// their mode (set-group-ID bit included), owner and group, as the output folder does.
struct FolderAttributesTests {
    func write(_ pages: [String: String], into output: String, force: Bool) throws {
        let writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: force))
        _ = try writer.write(
            pages.sorted { $0.key < $1.key }.map {
                RenderedFile(path: $0.key, content: .bytes(Array($0.value.utf8)))
            })
    }

    /// The mode, owner and group of the folder at `path`.
    func attributes(_ path: String) -> (mode: mode_t, owner: uid_t, group: gid_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o7777, info.st_uid, info.st_gid)
    }

    /// Makes `path` a folder with `mode`, given to another owner and group when the tests run
    /// as root (a user may only give a folder their own).
    func makeFolder(_ path: String, mode: mode_t) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        if getuid() == 0 { #expect(chown(path, 65534, 65534) == 0) }
        #expect(chmod(path, mode) == 0)
    }

    @Test func aForcedBuildKeepsTheAttributesOfTheUsersFolders() throws {
        let folder = try OutputTestFolder("folder-attributes")
        defer { folder.remove() }
        try makeFolder(folder.path("public/private"), mode: 0o2750)
        try folder.write("mine", at: "public/private/notes.txt")
        try makeFolder(folder.path("public/articles"), mode: 0o2770)
        try folder.write("mine", at: "public/articles/draft.txt")
        let before = (attributes(folder.path("public/private")), attributes(folder.path("public/articles")))
        try write(["index.html": "one", "articles/a/index.html": "a"], into: folder.path("public"), force: true)
        let after = (attributes(folder.path("public/private")), attributes(folder.path("public/articles")))
        #expect(after.0?.mode == 0o2750 && after.0?.owner == before.0?.owner && after.0?.group == before.0?.group)
        #expect(after.1?.mode == 0o2770 && after.1?.owner == before.1?.owner && after.1?.group == before.1?.group)
        #expect(try folder.snapshot("public/private") == ["notes.txt": "mine"])
        // And the next build, over the site now there, keeps them too.
        try write(["index.html": "two", "articles/a/index.html": "a"], into: folder.path("public"), force: false)
        #expect(attributes(folder.path("public/private"))?.mode == 0o2750)
        #expect(attributes(folder.path("public/articles"))?.mode == 0o2770)
    }
}
