import Foundation

/// The pages of the previous build that this build may take as they are: a page whose
/// fingerprint is unchanged, and whose file in the output is still the one that build wrote
/// (same size and modification time), is read back instead of rendered.
struct RenderReuse: Sendable {
    private let output: URL
    private let fingerprints: [String: String]
    private let outputs: [String: FileStamp]

    /// The reusable pages of `cache`, or nil when the previous build left no fingerprints.
    init?(cache: BuildCache?) {
        guard let cache, !cache.pages.isEmpty else { return nil }
        output = URL(fileURLWithPath: cache.outputFolder)
        fingerprints = cache.pages
        outputs = cache.outputs
    }

    /// The bytes the previous build wrote at site path `path`, when its page had `fingerprint`
    /// and the file has not been touched since.
    func bytes(of path: String, fingerprint: String) -> [UInt8]? {
        guard fingerprints[path] == fingerprint, let stamp = outputs[path] else { return nil }
        let file = output.appendingPathComponent(path).path
        guard let disk = FileStamp.sizeAndTime(file), disk.size == stamp.size, disk.modified == stamp.modified,
            let data = FileManager.default.contents(atPath: file), data.count == stamp.size
        else { return nil }
        return Array(data)
    }
}
