import Foundation

/// A file that `FileBytes.read(_:atMost:)` refused by its size alone, before reading any of it.
package struct OversizedFile: Error, Sendable {
    /// The file's path.
    package let path: String
    /// Its size in bytes.
    package let size: Int
    /// The most bytes the reader would take.
    package let limit: Int

    /// `107.4 GB`, in decimal units as file managers show them.
    package static func decimalSize(_ bytes: Int) -> String {
        bytes >= 1_000_000_000
            ? String(format: "%.1f GB", Double(bytes) / 1_000_000_000)
            : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
