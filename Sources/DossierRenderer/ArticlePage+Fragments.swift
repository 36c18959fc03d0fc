extension ArticlePage {
    /// The page with each paragraph's HTML replaced by `marker(index)`, and those HTML strings
    /// in paragraph order: the body is nearly all of an article's page, and rendering it through
    /// the template made a second copy of it (grown by doubling) beside the page's bytes.
    public func separatingFragments(_ marker: (Int) -> String) -> (page: ArticlePage, fragments: [String]) {
        var page = self
        page.paragraphs = paragraphs.enumerated().map { index, paragraph in
            var marked = paragraph
            marked.html = marker(index)
            return marked
        }
        return (page, paragraphs.map(\.html))
    }
}
