import Foundation

/// The only writer of the disk: writes a built site beside the output, then swaps it in.
///
/// The new site goes into `.<name>.tmp-XXXXXX` in the output's parent folder; only when every
/// file is written is the old output renamed away, the new one renamed in, and the old deleted.
/// A failure at any point leaves the previous output as it was.
public struct SiteWriter: Sendable {
    /// The folder the site is written to.
    public let outputFolder: String
    /// The dossier source folder, which must never be written into or replaced.
    public let sourceFolder: String?

    public init(outputFolder: String, sourceFolder: String?) {
        self.outputFolder = outputFolder
        self.sourceFolder = sourceFolder
    }

    /// Writes `files` as the new content of the output folder; `beforeSwap` runs on the
    /// complete temporary folder (e.g. to index it for search) and may throw to abort.
    public func write(_ files: [RenderedFile], beforeSwap: (URL) throws -> Void = { _ in }) throws {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL
        try checkSafeToReplace(output)
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)

        let temporary = try makeUniqueFolder(in: parent, prefix: "." + output.lastPathComponent + ".tmp-")
        do {
            for file in files { try write(file, into: temporary) }
            try beforeSwap(temporary)
            try swapIn(temporary, as: output)
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw error
        }
    }

    private func write(_ file: RenderedFile, into folder: URL) throws {
        let destination = folder.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch file.content {
        case .bytes(let bytes):
            try Data(bytes).write(to: destination)
        case .copy(let source):
            try Data(contentsOf: URL(fileURLWithPath: source)).write(to: destination)
        }
    }

    /// Renames the old output away, the new one in, then deletes the old one.
    private func swapIn(_ temporary: URL, as output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try rename(temporary, to: output)
            return
        }
        let parent = output.deletingLastPathComponent()
        let old = try makeUniqueFolder(in: parent, prefix: "." + output.lastPathComponent + ".old-")
        try rename(output, to: old)  // replaces the empty placeholder folder
        do {
            try rename(temporary, to: output)
        } catch {
            try? rename(old, to: output)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    /// Refuses outputs that would destroy something that is not a previous build.
    func checkSafeToReplace(_ output: URL) throws {
        let path = output.path
        if let sourceFolder {
            let source = URL(fileURLWithPath: sourceFolder).standardizedFileURL.path
            if path == source || source.hasPrefix(path + "/") || path.hasPrefix(source + "/") {
                throw SiteError(
                    "the output folder \(outputFolder) overlaps the source folder \(sourceFolder); choose another --output"
                )
            }
        }
        if path == "/" || path == FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path {
            throw SiteError("refusing to replace \(path); choose another --output")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw SiteError("the output \(outputFolder) exists and is not a folder")
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty, !contents.contains("index.html") {
            throw SiteError(
                "the output folder \(outputFolder) is not empty and holds no index.html, so it does not look like a built site; refusing to replace it"
            )
        }
    }

    /// A new, empty, world-readable folder with a unique name (mkdtemp makes it 0700).
    private func makeUniqueFolder(in parent: URL, prefix: String) throws -> URL {
        var template = Array(parent.appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }
        }
        guard made != nil else {
            throw SiteError("cannot create a temporary folder in \(parent.path): errno \(errno)")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(path, 0o755)
        return URL(fileURLWithPath: path)
    }

    private func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw SiteError("cannot rename \(from.path) to \(to.path): errno \(errno)")
        }
    }
}
