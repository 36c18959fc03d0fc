import DossierOutput
import Foundation

/// Where the renderer hands each file of the site as soon as it is made. A page is scanned for
/// the link check there and then, while its bytes are at hand; the file is then either kept in
/// memory (`check`, tests) or written into the build's staging folder and let go, so that a
/// build holds no more of its output at once than the pages being rendered.
struct FileOutlet: Sendable {
    /// The build's staging folder; nil keeps every file in memory.
    let staging: SiteStaging?
    /// Scans the pages (the check itself runs once every file is known).
    let checker: LinkChecker

    /// `file` handed over: scanned when it is a page (from `known`, the links the previous
    /// build recorded, when it is taken unchanged), then kept or staged.
    func take(_ file: RenderedFile, known: PageLinks? = nil) throws -> HandedFile {
        guard let staging else {
            return HandedFile(
                path: file.path, kept: file, staged: nil,
                scanned: checker.scan(file, known: known, html: { file.text }))
        }
        let staged = try staging.add(file)
        // A page with a broken link is read back from where its bytes now are.
        let location = staged.location
        let scanned = checker.scan(
            file, known: known,
            html: { FileManager.default.contents(atPath: location).map { String(decoding: $0, as: UTF8.self) } })
        return HandedFile(path: file.path, kept: nil, staged: staged, scanned: scanned)
    }
}

/// A file of the site once handed to a `FileOutlet`.
struct HandedFile: Sendable {
    /// The path from the site root.
    let path: String
    /// The file with its bytes, when the outlet keeps files in memory.
    let kept: RenderedFile?
    /// The file as put in the staging folder, when the outlet writes files.
    let staged: StagedFile?
    /// A page's links and ids, for the link check (nil for other files).
    let scanned: LinkChecker.ScannedPage?
}
