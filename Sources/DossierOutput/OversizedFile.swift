import Foundation

/// A file that `FileBytes.read(_:atMost:)` refused by its size alone, before reading any of it.
package struct OversizedFile: Error, Sendable {
    /// The file's path.
    package let path: String
    /// Its size in bytes.
    package let size: Int
    /// The most bytes the reader would take.
    package let limit: Int
}
