import DossierModel

extension DossierLoader {
    /// The limit of `sourceFolder`'s `dossier.yml` (`max_article_bytes`, `max_line_characters`)
    /// that an article of `byteCount` bytes and text `text` breaks, as the error a build would
    /// give it at `path`; nil when it fits. `new article` refuses such a file rather than
    /// import one that the next `check` refuses.
    public static func limitProblem(byteCount: Int, text: String, path: String, sourceFolder: String) -> Diagnostic? {
        var ignored: [Diagnostic] = []
        let folder = SourceFolder(sourceFolder)
        let limits = readConfig(folder, diagnostics: &ignored).limits
        guard byteCount <= limits.maxBytes else {
            return .error(
                .articleTooLarge,
                "the file has \(byteCount) bytes, over the limit of \(limits.maxBytes) bytes for one article",
                at: SourceLocation(path: path),
                fix:
                    "Check that the file holds one article (not an archive or a dump) and split it if not; "
                    + "for longer articles, raise `max_article_bytes` in dossier.yml.")
        }
        return ArticleReader(folder: folder, limits: limits).lineDiagnostic(text, path: path)
    }
}
