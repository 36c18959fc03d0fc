import DossierSite
import Foundation
import Testing

@testable import DossierServer

/// `serve` watches the templates folder in use: the one given, else the dossier's own
/// `Templates/`; with the built-in templates there is no folder to watch but the source.
struct WatchedFoldersTests {
    @Test func watchesTheTemplatesFolderInUse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source").path
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("site").path

        let builtIn = SiteBuilder(sourceFolder: source)
        #expect(builtIn.templatesFolderInUse == nil)
        #expect(PreviewServer(builder: builtIn, outputFolder: output).watchedFolders == [source])

        let own = source + "/Templates"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        #expect(builtIn.templatesFolderInUse == own)
        #expect(PreviewServer(builder: builtIn, outputFolder: output).watchedFolders == [source, own])

        let given = SiteBuilder(sourceFolder: source, templatesFolder: "/elsewhere/templates")
        #expect(PreviewServer(builder: given, outputFolder: output).watchedFolders == [source, "/elsewhere/templates"])
    }
}
