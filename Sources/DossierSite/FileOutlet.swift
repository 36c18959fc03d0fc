import DossierOutput
import Foundation

/// Where the renderer hands each file of the site as soon as it is made. A page is scanned for
/// the link check there and then, while its bytes are at hand; the file is then kept in memory
/// (tests, `SiteBuilder.renderSite`), written into the build's staging folder, or let go
/// (`dossier check`), so that a build or a check holds no more of its output at once than the
/// pages being rendered.
struct FileOutlet: Sendable {
    /// What becomes of a file once it is scanned.
    enum Destination: Sendable {
        /// Kept in memory with its bytes.
        case memory
        /// Written into the build's staging folder and let go.
        case staging(SiteStaging)
        /// Let go: a page with a broken link is made again to place the link at its line.
        case nowhere
    }

    let destination: Destination
    /// Scans the pages (the check itself runs once every file is known).
    let checker: LinkChecker

    /// An outlet that writes into `staging`, or keeps every file in memory without one.
    init(staging: SiteStaging?, checker: LinkChecker) {
        self.init(destination: staging.map { .staging($0) } ?? .memory, checker: checker)
    }

    init(destination: Destination, checker: LinkChecker) {
        self.destination = destination
        self.checker = checker
    }

    /// Whether the files are let go, so that a page's text, should the check need it again,
    /// comes from making the page again (`take`'s `remake`).
    var letsGo: Bool {
        if case .nowhere = destination { return true }
        return false
    }

    /// `file` handed over: scanned when it is a page (from `known`, the links the previous
    /// build recorded, when it is taken unchanged), then kept, staged or let go. `remake` makes
    /// the page's text again for an outlet that lets files go (nil: the file is held for that).
    func take(_ file: RenderedFile, known: PageLinks? = nil, remake: (@Sendable () -> String?)? = nil) throws
        -> HandedFile
    {
        switch destination {
        case .memory:
            return HandedFile(
                path: file.path, kept: file, staged: nil,
                scanned: checker.scan(file, known: known, html: { file.text }))
        case .nowhere:
            return HandedFile(
                path: file.path, kept: nil, staged: nil,
                scanned: checker.scan(file, known: known, html: remake ?? { file.text }))
        case .staging(let staging):
            let staged = try staging.add(file)
            // A page with a broken link is read back from where its bytes now are.
            let location = staged.location
            let scanned = checker.scan(
                file, known: known,
                html: { FileManager.default.contents(atPath: location).map { String(decoding: $0, as: UTF8.self) } })
            return HandedFile(path: file.path, kept: nil, staged: staged, scanned: scanned)
        }
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
