import DossierModel
import Foundation
import Testing

@testable import DossierOutput

/// A manifest over `OutputManifest.largestSize` is refused by its size, unread (a 100 GB sparse
/// one was read whole): the folder is then not known to be dossier's, so it is refused unless
/// the build is forced, and a forced build keeps every file in it as the user's.
struct OversizedManifestTests {
    private func site(in folder: OutputTestFolder) throws -> String {
        let output = folder.path("public")
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: []))
        _ = try writer.write([RenderedFile(path: "index.html", content: .bytes(Array("صفحة".utf8)))], index: { _ in })
        return output
    }

    @Test func aManifestOverTheLimitIsNotReadAndTheFolderIsRefused() throws {
        let folder = try OutputTestFolder("manifest-huge")
        defer { folder.remove() }
        let output = try site(in: folder)
        let manifest = output + "/" + OutputManifest.fileName
        #expect(truncate(manifest, off_t(OutputManifest.largestSize + 1)) == 0)
        let error = try #require(throws: OutputError.self) { try OutputFolder(path: output, protecting: []) }
        #expect(
            error.message.contains("\(manifest) has 100.0 MB, more than a manifest of dossier's may have (100.0 MB)"))
        #expect(error.message.contains("it is not read"), "\(error)")
        #expect(error.fix?.contains("--force") == true)
        #expect(error.refusesFolder)
        let forced = try OutputFolder(path: output, protecting: [], force: true)
        #expect(forced.state == .foreign)
    }
}
