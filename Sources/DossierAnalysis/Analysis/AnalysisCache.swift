import ArabicText
import DossierModel

/// What the previous build's analysis found in each article, for the next build to take
/// instead of scanning the article again.
///
/// Every scan depends on the `salt` (the binary, the actors' spellings and the topics'
/// terms), so editing one actor's aliases scans every article again, as a clean build would.
/// A scan is reused while its article's id, title and body are unchanged.
///
/// The comparison of passages depends on every article, so it is kept whole, in a binary file
/// of its own (`ComparisonRecord`), and reused only while no article's paragraphs change.
package struct AnalysisCache: Sendable, Equatable {
    /// One article's scan and the digest of the article it was made from.
    package struct Entry: Sendable, Codable, Equatable {
        package let article: String
        package let scan: ArticleScan
        /// The search terms of the article's page with its notes' words (nil: no notes).
        package var notedTerms: NotedTerms?
    }

    /// An article page's search terms with the words of the notes in its margin: made again
    /// only when the article or those notes change, not on every build.
    package struct NotedTerms: Sendable, Codable, Equatable {
        /// The digest of the notes' search sources, in the page's order.
        package let notes: String
        package let terms: [String]
    }

    /// What every scan depends on besides its article (see `salt(generator:entities:topics:)`).
    package let salt: String
    /// The scans, by article id.
    package var entries: [String: Entry]
    /// The comparison of the articles' passages (kept in its own file).
    package var comparison: ComparisonRecord?

    /// A cache of `entries`, scans that depend on `salt` (none: an empty cache).
    package init(salt: String, entries: [String: Entry] = [:]) {
        self.salt = salt
        self.entries = entries
    }

    /// The digest of what every scan depends on besides its article: the binary
    /// (`Fingerprint.generator`), each actor's spellings and each topic's terms.
    package static func salt(generator: String, entities: [GazetteerEntity], topics: [Topic]) throws -> String {
        let spellings = entities.map { entity in
            [entity.id] + entity.strongAliases + ["|"] + entity.weakAliases + ["|"] + entity.exclusions
        }
        let terms = topics.map { [$0.id, $0.title] + $0.terms }
        return try Fingerprint.of([spellings, terms], salt: generator)
    }

    /// The digest of what an article's analysis reads of it: its id, title and body.
    package static func digest(of article: Article, bodyText: String, offsets: [Int]) throws -> String {
        try Fingerprint.of(ScannedText(id: article.id, title: article.title, body: bodyText, offsets: offsets))
    }

    /// The cached scan of an article with digest `digest`, if this cache's salt is `salt` and,
    /// when `withSearchTerms`, the scan has its search terms (a build without search data
    /// leaves them out).
    package func scan(of id: String, digest: String, salt: String, withSearchTerms: Bool) -> ArticleScan? {
        guard salt == self.salt, let entry = entries[id], entry.article == digest,
            !withSearchTerms || entry.scan.searchTerms != nil
        else { return nil }
        return entry.scan
    }

    /// The parts of an article that its analysis reads.
    private struct ScannedText: Encodable {
        package let id: String
        package let title: String
        package let body: String
        package let offsets: [Int]
    }
}
