import DossierModel
import Foundation

/// The list, kept in the output as `.dossier-manifest.json`, of what Dossier wrote there.
///
/// A build replaces or deletes only what the manifest of the previous build lists; every other
/// file in the output (a `CNAME`, a `.git/` folder) belongs to the user and is carried over.
/// A non-empty folder without a manifest is not ours, and a build refuses it unless forced.
/// The manifest holds only site paths, sizes and hashes, so two builds of the same sources
/// write the same manifest.
public struct OutputManifest: Sendable, Codable, Hashable {
    /// The manifest's file name at the root of the output.
    public static let fileName = ".dossier-manifest.json"
    /// Bumped when the meaning of the manifest changes.
    static let currentVersion = 1

    /// One file Dossier wrote.
    public struct Entry: Sendable, Codable, Hashable {
        /// Its size in bytes.
        public let size: Int
        /// Lower-case hex SHA-256 of its bytes.
        public let sha256: String
    }

    /// Names the tool that wrote the folder, for a person who opens the file.
    var generator = "dossier"
    var version = OutputManifest.currentVersion
    /// Every file written, by site path.
    public var files: [String: Entry]
    /// Folders owned whole, by site path: what a tool run over the site made (the search index).
    public var folders: [String]

    /// A manifest of `files` and `folders`.
    public init(files: [String: Entry], folders: [String]) {
        self.files = files
        self.folders = folders.sorted()
    }

    /// True when `path` (a site path) is a file or inside a folder that Dossier wrote.
    public func owns(_ path: String) -> Bool {
        files[path] != nil || folders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// The manifest's bytes: sorted keys, one entry a line, so it is stable and diffable.
    ///
    /// Written by `JSONWriter` in the layout `JSONEncoder` gives, in one pass, each entry
    /// written as it is reached: a tree of values made first, and measured before it was
    /// written, took a quarter of a second for the 35,000 files of a 10,000-article site, on
    /// the serial end of every build. `decode` reads it with `JSONDecoder`.
    func encoded() -> Data {
        var writer = JSONWriter(into: [UInt8](), compact: false)
        writer.writeObject(keys: ["files", "folders", "generator", "version"], depth: 0) { writer, key, depth in
            switch key {
            case "files":
                writer.writeObject(keys: Array(files.keys), depth: depth) { writer, path, depth in
                    let entry = files[path]
                    writer.writeObject(keys: ["sha256", "size"], depth: depth) { writer, field, _ in
                        writer.write(field == "size" ? .int(entry?.size ?? 0) : .string(entry?.sha256 ?? ""))
                    }
                }
            case "folders": writer.write(.strings(folders), depth: depth)
            case "generator": writer.write(.string(generator))
            default: writer.write(.int(version))
            }
        }
        writer.finishLine()
        return Data(writer.bytes)
    }

    /// The most bytes a manifest is read from, checked by its size before it is read: some 120
    /// bytes a file, so 100 MB lists over 800,000 files (a 10,000-article site has 35,000).
    static let largestSize = 100_000_000

    /// The bytes of the manifest file in `folder`; nil when there is none (an empty value when
    /// it cannot be read, which `decode` refuses). Throws, unread, for a file over
    /// `largestSize`: a 100 GB sparse manifest was read whole.
    static func bytes(in folder: URL) throws -> Data? {
        let path = folder.appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return Data(try FileBytes.read(path, atMost: largestSize))
        } catch let oversized as OversizedFile {
            throw OutputError(
                "\(path) has \(DecimalByteCount.text(oversized.size)), more than a manifest of dossier's may have "
                    + "(\(DecimalByteCount.text(oversized.limit))); it is not read, so dossier cannot tell its own "
                    + "files in \(folder.path) from yours",
                fix: "move the folder's own files elsewhere and delete it, or pass --force to build into it anyway "
                    + "(files of its own are kept; files at the paths the site uses are replaced)",
                refusesFolder: true)
        } catch {
            return Data()
        }
    }

    /// The manifest read from `data`, the bytes of the manifest file in `folder`; an error
    /// when they are not one this version can read.
    static func decode(_ data: Data, in folder: URL) throws -> OutputManifest {
        let url = folder.appendingPathComponent(fileName)
        guard let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
            manifest.generator == "dossier", manifest.version == currentVersion
        else {
            throw OutputError(
                "\(url.path) is not a manifest this version of dossier can read, so it cannot tell its own files from yours",
                fix: "move the folder's own files elsewhere and delete it, or pass --force to build into it anyway",
                refusesFolder: true)
        }
        return manifest
    }
}
