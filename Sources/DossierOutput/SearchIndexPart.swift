/// One part of a site's search index: the pages the indexer reads for it, and the folder,
/// inside the index folder, that it is written to.
///
/// A large site's index is made in parts so that a rebuild makes again only the parts whose
/// pages changed in what the indexer reads (`IndexedContent`), and so that no run of the indexer
/// holds the whole site in memory. The search page loads the main part and merges the others
/// into it (Pagefind's `mergeIndex`).
public struct SearchIndexPart: Sendable, Hashable {
    /// The part's folder inside the index folder; empty for the main part, which is the index
    /// folder itself.
    public let folder: String
    /// The site paths of its pages.
    public let pages: [String]

    /// A part of `pages` written to `folder` (empty: the main part).
    public init(folder: String, pages: [String]) {
        self.folder = folder
        self.pages = pages
    }

    /// The name every part's folder but the main one starts with: no folder of Pagefind's own
    /// bundle has it.
    public static let folderPrefix = "part-"
}
