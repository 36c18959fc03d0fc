import Foundation

/// A number of bytes as file managers show it, in decimal units: `600 kB`, `2.5 MB`, `107.4 GB`.
/// Every message about a file's size (the limits of sources, copies, the manifest and the build
/// cache) says it this way.
public enum DecimalByteCount {
    /// `bytes` in kB below a megabyte, in MB below a gigabyte, else in GB.
    public static func text(_ bytes: Int) -> String {
        switch bytes {
        case ..<1_000_000: "\(bytes / 1000) kB"
        case ..<1_000_000_000: String(format: "%.1f MB", Double(bytes) / 1_000_000)
        default: String(format: "%.1f GB", Double(bytes) / 1_000_000_000)
        }
    }
}
