import DossierModel
import Foundation
import Testing

@testable import DossierOutput

/// A file system mounted inside the output (a media volume, a bind mount) is refused: the swap
/// would carry it away with the old site, and the next build, taking that tree as its staging
/// folder, would delete files on the mounted volume.
struct MountPointsTests {
    @Test func mountPointsStrictlyInsideTheFolderAreFoundWithTheirEscapes() {
        let table = """
            22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
            40 22 8:1 /srv/site / rw - ext4 /dev/sda1 rw
            41 22 8:1 /volume /srv/site/media rw - ext4 /dev/sda1 rw
            42 22 0:50 / /srv/site/my\\040photos rw - tmpfs tmpfs rw
            43 22 0:51 / /srv/site-media rw - tmpfs tmpfs rw
            """
        #expect(MountPoints.inside("/srv/site", table: table) == ["/srv/site/media", "/srv/site/my photos"])
        #expect(MountPoints.inside("/srv/other", table: table).isEmpty)
    }

    /// On a machine that lets the tests mount (root, outside a container's limits), a bind
    /// mount inside the output stops the build before the swap, and the volume keeps its files.
    @Test(.enabled(if: geteuid() == 0)) func aBuildStopsAtAMountInsideTheOutput() throws {
        let folder = try OutputTestFolder("mount")
        defer { folder.remove() }
        let output = folder.path("public")
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: false))
        let first = try writer.write([RenderedFile(path: "index.html", content: .bytes(Array("one".utf8)))])
        try folder.write("photo", at: "volume/photo.jpg")
        try FileManager.default.createDirectory(atPath: folder.path("public/media"), withIntermediateDirectories: true)
        guard run("/bin/mount", ["--bind", folder.path("volume"), folder.path("public/media")]) else { return }
        // Wherever a failing build carried it.
        defer { for mount in MountPoints.inside(folder.url.path) { _ = run("/bin/umount", [mount]) } }
        writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: false))
        writer.previousRecord = first.record
        #expect {
            _ = try writer.write([RenderedFile(path: "index.html", content: .bytes(Array("two".utf8)))])
        } throws: { error in
            "\(error)".contains("public/media is a mount point inside") && "\(error)".contains("unmount it")
        }
        #expect(try String(contentsOfFile: folder.path("public/index.html"), encoding: .utf8) == "one")
        #expect(
            MountPoints.inside(output) == [
                URL(fileURLWithPath: folder.path("public/media")).resolvingSymlinksInPath().path
            ])
    }

    /// Runs `tool` with `arguments`; true when it exits 0.
    private func run(_ tool: String, _ arguments: [String]) -> Bool {
        guard let process = try? Process.run(URL(fileURLWithPath: tool), arguments: arguments) else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
