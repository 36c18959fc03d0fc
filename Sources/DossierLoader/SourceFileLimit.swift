import DossierModel
import Foundation

/// The most bytes dossier reads of a settings or commentary file, by kind, checked by the
/// file's size before it is read (`SourceFolder.bytes(_:limit:)`): YAML and Markdown cost
/// seconds a megabyte to parse, so a file pasted over with a data dump (a 60 MB dossier.yml
/// took 53 s in a debug build, a 20 MB actor 119 s) is refused at once with what to do. Each
/// limit is many times what its kind holds in a real dossier. Articles have their own limit
/// (`ArticleLimits`, `max_article_bytes` in dossier.yml), which these do not touch.
struct SourceFileLimit: Sendable {
    /// The most bytes read.
    let bytes: Int
    /// What the file is, after "for": `dossier.yml`, `a sidecar`…
    let kind: String
    /// What to do about a file over the limit.
    let fix: String

    /// dossier.yml: a handful of settings; 100 kB is some 50 pages of description.
    static let settings = SourceFileLimit(
        bytes: 100_000, kind: "dossier.yml",
        fix: "dossier.yml holds a few settings (title, description, language…): check that it is the file you "
            + "meant, and remove what was pasted into it.")
    /// A sidecar: one article's details and corrections, each correction a paragraph of it.
    static let sidecar = SourceFileLimit(
        bytes: 1_000_000, kind: "a sidecar",
        fix: "A sidecar holds one article's details and corrections: check that it is the file you meant; "
            + "long text belongs in the article or in a note.")
    /// timeline.yml: some 300 bytes an event, so 4 MB is over 10,000 events.
    static let timeline = SourceFileLimit(
        bytes: 4_000_000, kind: "timeline.yml",
        fix: "Check that timeline.yml holds only events, and keep each quote to the few words that find its "
            + "passage.")
    /// A commentary file (an actor, a topic, an outlet, a note, index.md): 2 MB, as an
    /// article, is a book's worth of Arabic prose.
    static let commentary = SourceFileLimit(
        bytes: 2_000_000, kind: "a commentary file",
        fix: "Split it into several notes (one file each in notes/), or put quoted source text in an article "
            + "file of its own.")

    /// An error at `path` when `byteCount` is over the limit; nil otherwise.
    func diagnostic(byteCount: Int, path: String) -> Diagnostic? {
        guard byteCount > bytes else { return nil }
        return .error(
            .fileTooLarge,
            "the file has \(byteCount) bytes (\(DecimalByteCount.text(byteCount))), over the limit of \(bytes) bytes "
                + "(\(DecimalByteCount.text(bytes))) for \(kind); it is not read",
            at: SourceLocation(path: path), fix: fix)
    }
}
