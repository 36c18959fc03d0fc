import DossierModel
import Foundation

/// The build cache that Dossier 0.x kept beside the output (`<parent>/.dossier-cache/<name>.json`).
/// It listed the files written, so a site built by that version is recognised as ours and its
/// files are replaced; after the first build by this version the old cache is removed.
enum LegacyBuildCache {
    private struct Contents: Decodable {
        let outputFolder: String
        let outputs: [String: FileStamp]
    }

    /// Where the old version kept the cache of the output at `url`.
    static func location(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
            .appendingPathComponent(url.lastPathComponent + ".json")
    }

    /// A manifest of the files the old version wrote into `url`, when its cache is there.
    static func manifest(for url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: location(for: url).path),
            let contents = try? JSONDecoder().decode(Contents.self, from: data),
            RealPath.resolvingMissing(contents.outputFolder) == url.path
        else { return nil }
        let files = contents.outputs.mapValues { OutputManifest.Entry(size: $0.size, sha256: $0.sha256) }
        return OutputManifest(files: files, folders: [PagefindRunner.indexFolder])
    }

    /// Removes the old cache of `url` (and its folder, when that is left empty).
    static func remove(for url: URL) {
        let file = location(for: url)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        try? FileManager.default.removeItem(at: file)
        let folder = file.deletingLastPathComponent()
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
