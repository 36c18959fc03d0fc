/// One collected news article: its cleaned body, the page furniture removed from
/// it, and what is known about where it came from.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// The file stem, ASCII, used in URLs (`articles/<id>/`).
    public var id: String
    public var source: SourceFile
    public var title: String
    /// The outlet's id (`outlets/<id>/`), or nil when unknown.
    public var outlet: String?
    /// The article's address on the web, when the sidecar gives it.
    public var url: String?
    public var published: PartialDate?
    /// BCP 47 language tag of the article text, `ar` by default.
    public var language: String
    /// The body, in reading order; offsets of mentions and notes count in `bodyText`.
    public var paragraphs: [Paragraph]
    /// Everything taken out of the body, kept so nothing is silently lost.
    public var furniture: [Furniture]
    /// How each field was obtained, shown to editors and reported by `dossier check`.
    public var provenance: Provenance
    /// Where the sidecar is, when there is one.
    public var sidecar: SourceLocation?

    public init(
        id: String, source: SourceFile, title: String, outlet: String? = nil, url: String? = nil,
        published: PartialDate? = nil, language: String = "ar", paragraphs: [Paragraph],
        furniture: [Furniture] = [], provenance: Provenance = Provenance(), sidecar: SourceLocation? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.language = language
        self.paragraphs = paragraphs
        self.furniture = furniture
        self.provenance = provenance
        self.sidecar = sidecar
    }

    /// The separator between paragraphs in `bodyText`.
    public static let paragraphSeparator = "\n\n"

    /// The body paragraphs joined by a blank line: the text that mention offsets,
    /// note selectors and `data/dossier.json` count in (Unicode scalars).
    public var bodyText: String {
        // Made at its final size: `joined` grows the string by doubling, which left a long
        // article's body text up to twice its size for as long as the analysis holds it.
        let separator = Article.paragraphSeparator
        var text = ""
        text.reserveCapacity(
            paragraphs.reduce(0) { $0 + $1.text.utf8.count } + separator.utf8.count * max(0, paragraphs.count - 1))
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += separator }
            text += paragraph.text
        }
        return text
    }

    /// The article's language when it is not `siteLanguage` (primary subtags compared, so `ar-EG`
    /// in an `ar` site is the same), for `lang`/`dir` wherever its title or text is shown; else nil.
    public func language(differingFrom siteLanguage: String) -> String? {
        let primary = { (tag: String) in tag.split(separator: "-").first.map { $0.lowercased() } ?? "" }
        return primary(language) == primary(siteLanguage) ? nil : language
    }

    /// The scalar offset in `bodyText` at which each paragraph starts.
    public var paragraphOffsets: [Int] {
        var offsets: [Int] = []
        var position = 0
        for paragraph in paragraphs {
            offsets.append(position)
            position += paragraph.text.unicodeScalarCount + Article.paragraphSeparator.unicodeScalarCount
        }
        return offsets
    }
}

/// The original file an article was read from.
public struct SourceFile: Sendable, Hashable, Codable {
    /// Path relative to the dossier source folder, e.g. `articles/000_x.txt`.
    public var relativePath: String
    /// Lower-case hex SHA-256 of the original bytes.
    public var sha256: String
    public var byteCount: Int
    /// The encoding the bytes were decoded from, e.g. `utf-8`, `windows-1256`.
    public var encoding: String

    public init(relativePath: String, sha256: String, byteCount: Int, encoding: String) {
        self.relativePath = relativePath
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
    }

    /// The file name without folders.
    public var fileName: String { relativePath.split(separator: "/").last.map(String.init) ?? relativePath }
}

/// A paragraph of an article's body (L0 display text, docs/arabic-text-engine.md §2.1).
public struct Paragraph: Sendable, Hashable, Codable {
    public var text: String
    /// The 1-based line of the source file where the paragraph starts.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// A block removed from an article because it is page furniture, not body.
public struct Furniture: Sendable, Hashable, Codable {
    public var text: String
    public var line: Int
    public var kind: FurnitureKind

    public init(text: String, line: Int, kind: FurnitureKind) {
        self.text = text
        self.line = line
        self.kind = kind
    }
}

/// Why a block was judged to be furniture.
public enum FurnitureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A headline of another story shown above the page (ticker, "latest news").
    case ticker
    /// Menu and section words, logos, "follow us".
    case navigation
    /// The page title, repeated in the text.
    case title
    /// Photo captions and credits.
    case caption
    /// Dates, times, bylines and "source:" lines (they become metadata).
    case byline
    /// "Read also" and related-article links.
    case related
    /// Teasers or whole articles about another story, inserted or appended.
    case unrelated
    /// Comment forms.
    case comments
    /// Copyright lines and site footers.
    case footer
    /// Media player controls ("listen to the article", "Play").
    case media
    /// Marked as furniture by a sidecar correction.
    case editorial
}

/// How an article's title, date and outlet were obtained.
public struct Provenance: Sendable, Hashable, Codable {
    /// Where a value came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        case detected
        case sidecar
        case missing
    }

    public var title: Origin
    public var published: Origin
    public var outlet: Origin
    /// Free text from the sidecar: how the outlet was identified.
    public var outletEvidence: String?

    public init(
        title: Origin = .missing, published: Origin = .missing, outlet: Origin = .missing,
        outletEvidence: String? = nil
    ) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.outletEvidence = outletEvidence
    }
}
