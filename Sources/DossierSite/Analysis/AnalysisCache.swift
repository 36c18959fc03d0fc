import DossierModel

/// What the previous build's analysis found, for the next build to take instead of computing
/// it again: each article's scan, and the comparison of all the articles.
///
/// Everything here depends on the `salt` (the binary, the actors' spellings and the topics'
/// terms), so editing one actor's aliases analyses every article again, as a clean build
/// would. A scan is reused while its article's id, title and body are unchanged; the
/// comparison while no article's is.
struct AnalysisCache: Sendable, Codable {
    /// One article's scan and the digest of the article it was made from.
    struct Entry: Sendable, Codable {
        let article: String
        let scan: ArticleScan
    }

    /// The comparison of the articles and the digest of the articles it was made from.
    struct Comparison: Sendable, Codable {
        let articles: String
        let result: PassageComparisonResult
    }

    /// What everything depends on besides the articles (see `salt(generator:actors:topics:)`).
    let salt: String
    /// The scans, by article id.
    var entries: [String: Entry]
    /// The comparison of all the articles.
    var comparison: Comparison?

    /// An empty cache whose contents will depend on `salt`.
    init(salt: String) {
        self.salt = salt
        entries = [:]
    }

    /// The digest of what every scan depends on besides its article: the binary
    /// (`Fingerprint.generator`), each actor's spellings and each topic's terms.
    static func salt(generator: String, actors: [Actor], topics: [Topic]) throws -> String {
        let spellings = DossierAnalyzer.gazetteerEntities(actors).map { entity in
            [entity.id] + entity.strongAliases + ["|"] + entity.weakAliases + ["|"] + entity.exclusions
        }
        let terms = topics.map { [$0.id, $0.title] + $0.terms }
        return try Fingerprint.of([spellings, terms], salt: generator)
    }

    /// The digest of what an article's analysis reads of it: its id, title and body.
    static func digest(of article: Article, bodyText: String, offsets: [Int]) throws -> String {
        try Fingerprint.of(ScannedText(id: article.id, title: article.title, body: bodyText, offsets: offsets))
    }

    /// The cached scan of an article with digest `digest`, if this cache's salt is `salt`.
    func scan(of id: String, digest: String, salt: String) -> ArticleScan? {
        guard salt == self.salt, let entry = entries[id], entry.article == digest else { return nil }
        return entry.scan
    }

    /// The cached comparison of articles whose digests together are `articles`, if this
    /// cache's salt is `salt`.
    func comparison(of articles: String, salt: String) -> PassageComparisonResult? {
        guard salt == self.salt, let comparison, comparison.articles == articles else { return nil }
        return comparison.result
    }

    /// The parts of an article that its analysis reads.
    private struct ScannedText: Encodable {
        let id: String
        let title: String
        let body: String
        let offsets: [Int]
    }
}
