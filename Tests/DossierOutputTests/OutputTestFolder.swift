import Foundation

/// A temporary folder for one test, with helpers to make and read files in it.
struct OutputTestFolder {
    let url: URL

    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossier-output-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, making folders as needed.
    func write(_ text: String, at relative: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Every file under `relative` (path → text), symbolic links as `-> target`.
    func snapshot(_ relative: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let base = path(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let item as String in enumerator {
            let full = base + "/" + item
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                files[item] = "-> " + target
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                files[item] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: full)), as: UTF8.self)
            }
        }
        return files
    }

    /// The names directly in the folder.
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

    /// The names in the folder with the previous sites a build leaves beside its output (for
    /// the next build to remove) apart.
    func namesBesidePreviousSites() throws -> (names: [String], previous: [String]) {
        let all = try names()
        let previous = all.filter { $0.contains(".dossier-previous-") }
        return (all.filter { !previous.contains($0) }, previous)
    }

    /// Writes `name` down as a folder a build made beside the output `public`, as builds do
    /// in its lock file (`LeftoverJournal`).
    func recordLeftover(_ name: String) throws {
        let lock = url.appendingPathComponent(".public.dossier-lock")
        let text = (try? String(contentsOf: lock, encoding: .utf8)) ?? ""
        try Data((text + name + "\n").utf8).write(to: lock)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
