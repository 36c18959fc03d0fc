import DossierModel
import Foundation

/// Reads one template of a templates folder, refusing by its size, before reading it, a file
/// no template is near: a 100 GB sparse `.mustache` was read whole (as the other files of a
/// dossier once were: `SourceFileLimit`, `FileStamp.largestCopy`).
enum TemplateFile {
    /// The most bytes a template may have: dossier's own have under 4 kB, so 1 MB is hundreds of
    /// pages of markup.
    static let largestSize = 1_000_000

    /// The bytes of the template at `fullPath`, shown as `shownPath` in errors.
    static func bytes(at fullPath: String, shownAs shownPath: String) throws -> [UInt8] {
        var info = stat()
        if stat(fullPath, &info) == 0, Int(info.st_size) > largestSize {
            throw TemplateError(
                "the template has \(info.st_size) bytes, more than a template may have (\(largestSize) bytes, 1 MB); "
                    + "it is not read: check that it is the file you meant, and keep large content out of "
                    + "templates (in an asset, or in the dossier's own pages)",
                at: SourceLocation(path: shownPath))
        }
        guard let data = FileManager.default.contents(atPath: fullPath) else {
            throw TemplateError("cannot read template \(shownPath)")
        }
        return Array(data)
    }
}
