import ArabicText
import DossierModel

/// What the loader's detection finds in one raw article, before any sidecar: the decoded
/// text and the title, date and outlet an editor would otherwise have to supply.
///
/// `dossier new article` prints this as a sidecar; it runs the same code as `load`.
public struct ArticleDetection: Sendable, Hashable {
    /// The decoded text, unnormalised (what the importer writes as UTF-8).
    public let text: String
    /// The encoding the bytes were read as, and why.
    public let encoding: String
    public let encodingNote: String
    /// The detected headline, or nil when the text has none (the loader then uses the lead).
    public let title: String?
    /// The lead's first sentence, standing in for the title when the text has no headline.
    public let leadTitle: String?
    public let published: PartialDate?
    /// The outlet id made from the Latin name of the outlet's credit, when there is one.
    public let outletID: String?
    /// The outlet named by a copyright line, masthead or byline tag, in its own script.
    public let outletName: String?
    /// The line the outlet was read from, after where it was found («masthead: …»).
    public let outletEvidence: String?
    /// Why the detected date is doubtful (a clock line, a future date), one sentence each.
    public let dateWarnings: [String]
    /// The language of the body, with the evidence for it.
    public let language: LanguageGuess
    public let bodyParagraphCount: Int
    /// The body paragraphs as detected (display text), in order.
    public let body: [String]
    public let furnitureCount: Int
    /// Every line taken out of the body, with its line number and why (its kind), in order.
    public let furniture: [Furniture]
    /// Lower-case hex SHA-256 of `text` as UTF-8: the bytes an import writes.
    public let utf8SHA256: String

    /// True when `id` may name a source file: `[a-z0-9][a-z0-9_-]*`, at most
    /// `Identifier.maximumLength` characters (`idRule`).
    public static func isValidID(_ id: String) -> Bool { Identifier.isValid(id) }

    /// The rule `isValidID` checks, in words, for a message that refuses an id.
    public static let idRule = Identifier.rule

    /// Decodes `bytes` and runs paragraph splitting, furniture classification and metadata
    /// detection on them, exactly as `DossierLoader.load` does for a file without a sidecar.
    public static func detect(_ bytes: [UInt8]) throws(TextDecodingError) -> ArticleDetection {
        let decoded = try ArabicTextDecoder.decode(bytes)
        let display = ArabicNormalizer.displayText(decoded.text)
        let lines = ParagraphSplitter.lines(of: display, firstLine: 1)
        let split = ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
        let metadata = ArticleMetadata(split: split, sidecar: nil, today: PublicationDateChooser.today())
        let outlet = metadata.detectedOutlet
        return ArticleDetection(
            text: decoded.text, encoding: decoded.encoding, encodingNote: decoded.note,
            title: metadata.provenance.title == .detected ? metadata.title : nil,
            leadTitle: metadata.provenance.title == .missing ? metadata.title : nil,
            published: metadata.published, outletID: outlet?.id, outletName: outlet?.name,
            outletEvidence: outlet?.labelledEvidence,
            dateWarnings: metadata.dateFindings.map { ArticleMetadata.diagnostic($0, path: "").message },
            language: metadata.detectedLanguage, bodyParagraphCount: split.paragraphs.count,
            body: split.paragraphs.map(\.text),
            furnitureCount: split.furniture.count, furniture: split.furniture,
            utf8SHA256: ArticleReader.sha256(Array(decoded.text.utf8)))
    }
}
