import DossierModel
import Foundation

/// The size limits of one article (`ArticleLimits`): checked before the costly stages, so an
/// absurd file is refused in a moment with a message that says what is wrong with it.
extension ArticleReader {
    /// An error when the article file is larger than `max_article_bytes`; nil otherwise, or
    /// when its size cannot be known (reading it will report why).
    func sizeDiagnostic(_ relativePath: String) -> Diagnostic? {
        var info = stat()
        guard case .inside(let real) = folder.place(of: relativePath), stat(real, &info) == 0 else { return nil }
        return sizeDiagnostic(byteCount: Int(info.st_size), path: folder.displayPath(relativePath))
    }

    /// An error at `path` when `byteCount` is over `max_article_bytes`; nil otherwise. The
    /// message ends with `consequence`: what a build does, or (`new article`) that nothing
    /// was imported.
    func sizeDiagnostic(byteCount: Int, path: String, consequence: String = "it is skipped") -> Diagnostic? {
        guard byteCount > limits.maxBytes else { return nil }
        return .error(
            .articleTooLarge,
            "the file has \(byteCount) bytes (\(DecimalByteCount.text(byteCount))), over the limit of \(limits.maxBytes) bytes "
                + "for one article; \(consequence)",
            at: SourceLocation(path: path),
            fix:
                "Check that the file holds one article (not an archive or a dump) and split it if not; "
                + "for longer articles, raise `max_article_bytes` in dossier.yml.")
    }

    /// An error at the first line longer than `max_line_characters`, its message ending with
    /// `consequence`; nil when every line fits.
    func lineDiagnostic(_ text: String, path: String, consequence: String = "the article is skipped")
        -> Diagnostic?
    {
        // No line has more characters than the text has bytes: most articles are not walked.
        guard text.utf8.count > limits.maxLineCharacters else { return nil }
        var line = 1
        var length = 0
        var longest: (line: Int, length: Int)?
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            // CR alone (old Mac files) and the Unicode separators break lines too; CRLF is one break.
            guard scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" else {
                length += 1
                continue
            }
            if length > limits.maxLineCharacters {
                longest = (line, length)
                break
            }
            if !(scalar == "\n" && previous == "\r") { line += 1 }
            length = 0
        }
        if longest == nil, length > limits.maxLineCharacters { longest = (line, length) }
        guard let longest else { return nil }
        return .error(
            .lineTooLong,
            "line \(longest.line) has \(longest.length) characters without a line break, over the limit of "
                + "\(limits.maxLineCharacters); \(consequence)",
            at: SourceLocation(path: path, line: longest.line, column: 1),
            fix:
                "Check that the file is article text saved with its line breaks (paragraphs are split at them), "
                + "not a data dump; for longer paragraphs, raise `max_line_characters` in dossier.yml.")
    }
}
