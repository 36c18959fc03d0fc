import DossierModel

extension ArticleReader {
    /// The error for an article with no body left: when the file has no text at all, or its
    /// whole text is one line or one paragraph, says so (and what that line was taken for),
    /// rather than speak of furniture removed from a page that never had any.
    static func emptyDiagnostic(text: String, furniture: [Furniture], path: String) -> Diagnostic {
        if furniture.isEmpty, text.allSatisfy(\.isWhitespace) {
            return .error(
                .articleEmpty, "the article file has no text", at: SourceLocation(path: path),
                fix: "Paste the article's text into the file, or delete the file.")
        }
        guard furniture.count == 1, let only = furniture.first else {
            return .error(
                .articleEmpty, "no body paragraphs are left after removing page furniture",
                at: SourceLocation(path: path),
                fix: "Add the article text, or list the body's first words under `body:` in the sidecar.")
        }
        let lineCount = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.count
        let unit = lineCount == 1 ? "line" : "paragraph"
        return .error(
            .articleEmpty,
            "the article has a single \(unit) of text («\(TextClip.clipped(only.text, to: 60))»), taken as "
                + "\(only.kind == .title ? "its headline" : only.kind.explanation), so it has no body",
            at: SourceLocation(path: path, line: only.line),
            fix: "Paste the whole article, its headline and each paragraph on lines of their own; if this \(unit) "
                + "is the article's text, list its first words under `body:` in the sidecar.")
    }
}
