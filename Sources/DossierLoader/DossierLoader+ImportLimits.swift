import DossierModel

extension DossierLoader {
    /// The limit of `sourceFolder`'s `dossier.yml` (`max_article_bytes`, `max_line_characters`)
    /// that an article of `byteCount` bytes and text `text` breaks, as the error a build would
    /// give it at `path`, its message ending with `consequence`; nil when it fits. `new article`
    /// refuses such a file rather than import one that the next `check` refuses. Without
    /// `text` only the size is checked: a file is measured before it is read, so that one of
    /// gigabytes is refused at once.
    public static func limitProblem(
        byteCount: Int, text: String?, path: String, sourceFolder: String, consequence: String
    ) -> Diagnostic? {
        var ignored: [Diagnostic] = []
        let folder = SourceFolder(sourceFolder)
        let reader = ArticleReader(folder: folder, limits: readConfig(folder, diagnostics: &ignored).limits)
        return reader.sizeDiagnostic(byteCount: byteCount, path: path, consequence: consequence)
            ?? text.flatMap { reader.lineDiagnostic($0, path: path, consequence: consequence) }
    }
}
