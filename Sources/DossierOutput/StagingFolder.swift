import Foundation

/// Where a new site is assembled: a folder beside the output (so it is on the same file system
/// and can be swapped in by one rename), never inside it, so no half-written file is ever served.
/// After the swap it holds the previous site until it is deleted; a build killed at any moment
/// leaves at most such a folder, and the next build into the same output removes it.
enum StagingFolder {
    /// The name prefix of the staging folders of the output named `name`.
    static func prefix(for name: String) -> String { "." + name + ".dossier-staging-" }

    /// A new, empty, world-readable staging folder for `output`.
    static func make(for output: URL) throws -> URL {
        let parent = output.deletingLastPathComponent()
        var template = Array(
            parent.appendingPathComponent(prefix(for: output.lastPathComponent) + "XXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            throw OutputError(
                "cannot create a folder in \(parent.path) to build the site in: \(String(cString: strerror(errno)))",
                fix: "make \(parent.path) writable, or choose another --output")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(path, 0o755)  // mkdtemp makes it 0700; the site must be readable by a web server
        return URL(fileURLWithPath: path)
    }

    /// Removes what killed builds into `output` left behind (older staging folders, and the
    /// previous site a fallback swap set aside). Returns how many there were.
    @discardableResult
    static func removeLeftovers(of output: URL) -> Int {
        let parent = output.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let leftovers = names.filter { $0.hasPrefix(prefix(for: output.lastPathComponent)) }
        for name in leftovers { try? FileManager.default.removeItem(at: parent.appendingPathComponent(name)) }
        return leftovers.count
    }
}
