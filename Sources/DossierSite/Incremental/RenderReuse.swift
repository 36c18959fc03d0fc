import DossierAnalysis
import DossierOutput

/// The pages of the previous build that this build may take as they are: a page whose
/// fingerprint is unchanged, and whose file the previous site still holds with the bytes
/// rendered from it, is linked into the new site instead of rendered.
struct RenderReuse: Sendable {
    private let pages: [String: BuildCache.PageRecord]
    private let previous: PreviousSite?
    /// What identifies the running `dossier` binary (`Fingerprint.generator`), read by the
    /// builder before the pipeline starts: a new binary renders every page again.
    let generator: String

    /// Reuse of the pages the cache records, read from `previous` (nil: every page is rendered).
    init(pages: [String: BuildCache.PageRecord], previous: PreviousSite?, generator: String) {
        self.pages = pages
        self.previous = previous
        self.generator = generator
    }

    /// The links of the page at `path` as the previous build recorded them.
    func links(of path: String) -> PageLinks? {
        pages[path]?.links
    }

    /// The previous build's file at site path `path`, when its page had `fingerprint` and the
    /// file is still the one written: the new site links it instead of rendering the page.
    func unchanged(_ path: String, fingerprint: String) -> RenderedFile.Content? {
        guard let record = pages[path], record.fingerprint == fingerprint else { return nil }
        return previous?.unchanged(path, sha256: record.sha256)
    }
}
