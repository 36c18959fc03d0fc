import DossierModel
import DossierOutput

/// How the pages that carry search data (`SearchScope`) are shared among the parts of the
/// search index (`SearchIndexPart`).
///
/// Up to `pagesPerPart` articles (2,000 unless a test asks for fewer), one part holds every
/// page, as a single index would. Above
/// it, the main part holds the commentary's pages (actors, topics, outlets, notes), which an
/// added article changes (their lists and counts), and the articles are spread over a power of
/// two of parts of at most `pagesPerPart` pages, each article by a hash of its path, so that one
/// article added changes the main part and one other. The number of parts changes only when
/// the number of articles doubles past a power of two; every part is then made anew.
struct SearchIndexLayout: Sendable {
    /// The most articles a part holds: Pagefind 1.5.2 indexes 2,000 generated article pages in
    /// about 10 s with 1 GB of memory, and its time and memory grow with the pages of a run.
    static let defaultPagesPerPart = 2_000

    /// The most articles a part holds.
    let pagesPerPart: Int

    /// A layout of parts of at most `pagesPerPart` articles (at least 1).
    init(pagesPerPart: Int = defaultPagesPerPart) {
        self.pagesPerPart = max(1, pagesPerPart)
    }

    /// The parts of the index of `plan`'s pages that carry search data; empty when none does.
    func parts(of plan: SitePlan) -> [SearchIndexPart] {
        var articles: [String] = []
        var others: [String] = []
        for file in plan.files {
            guard case .page(let route) = file.content, SearchScope.carriesSearchData(route) else { continue }
            if case .article = route { articles.append(file.path) } else { others.append(file.path) }
        }
        return parts(articles: articles, others: others)
    }

    /// The parts of an index of the `articles`' and the `others`' pages (site paths).
    func parts(articles: [String], others: [String]) -> [SearchIndexPart] {
        guard articles.count > pagesPerPart else {
            let pages = others + articles
            return pages.isEmpty ? [] : [SearchIndexPart(folder: "", pages: pages)]
        }
        var count = 2
        while count * pagesPerPart < articles.count { count *= 2 }
        var shares = Array(repeating: [String](), count: count)
        for path in articles { shares[Int(Self.hash(path) % UInt64(count))].append(path) }
        let articleParts = shares.enumerated().compactMap { number, pages in
            pages.isEmpty
                ? nil : SearchIndexPart(folder: SearchIndexPart.folderPrefix + "\(number)-of-\(count)", pages: pages)
        }
        // Pagefind makes no index of no pages: without commentary pages, the first part of the
        // articles is the main one.
        guard others.isEmpty else { return [SearchIndexPart(folder: "", pages: others)] + articleParts }
        return [SearchIndexPart(folder: "", pages: articleParts[0].pages)] + articleParts.dropFirst()
    }

    /// FNV-1a of `path`'s bytes: the same on every machine and in every build, unlike
    /// `Hasher`.
    static func hash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
