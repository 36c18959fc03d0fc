import DossierAnalysis
import DossierModel
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
    /// The source folder as diagnostics show it (`DossierLoader.displayRoot(of:)`).
    private let sourceRoot: String
    /// Whether a page taken by its sources (`ArticlePageSources`, `LandingPageSources`) is
    /// built again and checked against its inputs or model, which every page with sources then
    /// has digested: in debug builds (the tests), where a source missing from those fails the
    /// build. Release builds take such a page by its sources alone, and make one whose sources
    /// changed without digesting its inputs (`SiteRenderer.madeAgain`).
    let checksPagesTakenBySources: Bool

    /// Reuse of the pages the cache records, read from `previous` (nil: every page is
    /// rendered), for a source folder shown as `sourceRoot`, checking the pages taken by their
    /// sources or not.
    init(
        pages: [String: BuildCache.PageRecord], previous: PreviousSite?, generator: String, sourceRoot: String,
        checksPagesTakenBySources: Bool
    ) {
        self.pages = pages
        self.previous = previous
        self.generator = generator
        self.sourceRoot = sourceRoot
        self.checksPagesTakenBySources = checksPagesTakenBySources
    }

    /// Whether this binary was built for debugging.
    #if DEBUG
        static let isDebugBuild = true
    #else
        static let isDebugBuild = false
    #endif

    /// The warnings the page at `path` gave when the previous build made it, to report again
    /// when it is taken as it is.
    func warnings(of path: String) -> [Diagnostic] {
        RecordedWarnings.replayed(pages[path]?.warnings ?? [], root: sourceRoot)
    }

    /// The links of the page at `path` as the previous build recorded them.
    func links(of path: String) -> PageLinks? {
        pages[path]?.links
    }

    /// Whether the links of the pages taken from the previous build still resolve, so that the
    /// link check need not read them again: the previous build wrote its site only once its
    /// check found every link whole, a page taken is the page it checked, and a link that
    /// resolved there resolves here when every file of that site is still among `paths` and
    /// every page made again (in `pages`, not recorded) kept the ids it had.
    func recordedLinksStillResolve(in paths: Set<String>, pages: [LinkChecker.ScannedPage]) -> Bool {
        guard previous?.hasOnlyFiles(among: paths) == true else { return false }
        return pages.allSatisfy { page in
            guard !page.isRecorded, let before = self.pages[page.path]?.links else { return true }
            return Set(page.links.ids).isSuperset(of: before.ids)
        }
    }

    /// The previous build's file at site path `path`, when its page had `fingerprint` and the
    /// file is still the one written: the new site links it instead of rendering the page.
    func unchanged(_ path: String, fingerprint: String) -> RenderedFile.Content? {
        taken(path) { $0 == fingerprint }?.content
    }

    /// The previous build's file at `path` and the fingerprint it was recorded with, when the
    /// file is still the one written and its page was made from the sources `part` stands for
    /// (a part of a keyed page's fingerprint, `KeyedFingerprint`).
    func unchanged(_ path: String, _ part: KeyedFingerprint.Part, _ digest: String) -> (
        content: RenderedFile.Content, fingerprint: String
    )? {
        taken(path) { KeyedFingerprint.part(part, of: $0) == digest[...] }
    }

    /// The previous build's file at `path` and its recorded fingerprint, when that fingerprint
    /// `matches` and the file is still the one written.
    private func taken(_ path: String, where matches: (String) -> Bool) -> (
        content: RenderedFile.Content, fingerprint: String
    )? {
        guard let record = pages[path], matches(record.fingerprint),
            let content = previous?.unchanged(path, sha256: record.sha256)
        else { return nil }
        return (content, record.fingerprint)
    }
}
