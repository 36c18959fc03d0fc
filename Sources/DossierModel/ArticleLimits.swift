/// How large one article may be before the loader refuses it: a file that big is almost always
/// not one article (an archive, a data dump, text saved without line breaks), and refusing it
/// at once with a clear message beats minutes of analysis. Both are set in `dossier.yml`.
public struct ArticleLimits: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// The default for `max_article_bytes`: 2 MB, some 40 times a long news article.
    public static let defaultMaxBytes = 2_000_000
    /// The default for `max_line_characters`: a paragraph of about 15,000 words.
    public static let defaultMaxLineCharacters = 100_000

    /// `max_article_bytes`: the largest article file read, in bytes.
    public var maxBytes: Int
    /// `max_line_characters`: the longest line (a paragraph) of an article, in characters.
    public var maxLineCharacters: Int

    /// Limits from `dossier.yml`, each defaulting to its `default…` value.
    public init(maxBytes: Int = defaultMaxBytes, maxLineCharacters: Int = defaultMaxLineCharacters) {
        self.maxBytes = maxBytes
        self.maxLineCharacters = maxLineCharacters
    }

    /// Part of the article cache key: an article read under other limits is read again.
    public var description: String { "bytes<=\(maxBytes),line<=\(maxLineCharacters)" }
}
