/// Bytes that no supported encoding can turn into text.
///
/// Thrown by `ArabicTextDecoder.decode(_:)`; the loader turns it into a `Diagnostic`
/// pointing at the file.
public struct TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Zero-based offset of the first byte that could not be decoded.
    public let byteOffset: Int
    /// What went wrong and how to fix it, in one sentence or two.
    public let message: String

    /// Creates an error for the byte at `byteOffset`.
    public init(byteOffset: Int, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `byte N: message`, for logs.
    public var description: String { "byte \(byteOffset): \(message)" }
}
