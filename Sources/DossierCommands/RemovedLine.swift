import DossierModel

/// How a line taken out of an article's body is shown to the editor (`new article`'s sidecar
/// comments and `check --article`): its line number, why it went, and its first words.
public enum RemovedLine {
    /// `12 navigation: الرئيسية أخبار سياسة…`
    public static func describe(_ item: Furniture) -> String {
        "\(item.line) \(item.kind.rawValue): \(clipped(item.text))"
    }

    /// One line of text, cut at `length` characters with «…».
    static func clipped(_ text: String, length: Int = 70) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > length ? String(flat.prefix(length)) + "…" : flat
    }
}
