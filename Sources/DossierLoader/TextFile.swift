import ArabicText
import DossierModel

/// Reads commentary and configuration files as L0 text.
enum TextFile {
    /// The file's L0 text, or nil after a diagnostic when it cannot be read or decoded, or is
    /// over `limit` (then it is not read).
    static func read(
        _ relativePath: String, in folder: SourceFolder, limit: SourceFileLimit, diagnostics: inout [Diagnostic]
    ) -> String? {
        text(
            of: folder.bytes(relativePath, limit: limit), path: folder.displayPath(relativePath),
            diagnostics: &diagnostics)
    }

    /// The L0 text of a file's bytes as read, or nil after a diagnostic when they could not be
    /// read or decoded; `path` is the file's as diagnostics show it.
    static func text(of bytes: Result<[UInt8], Diagnostic>, path: String, diagnostics: inout [Diagnostic]) -> String? {
        switch bytes {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let bytes):
            do {
                return ArabicNormalizer.displayText(try ArabicTextDecoder.decode(bytes).text)
            } catch {
                diagnostics.append(ArticleReader.decodingDiagnostic(error, bytes: bytes, path: path))
                return nil
            }
        }
    }
}
