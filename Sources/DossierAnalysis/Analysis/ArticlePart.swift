/// Where in an article a mention or hit was found: the title or a body paragraph.
///
/// Furniture is never analysed, so it has no case here.
public enum ArticlePart: Sendable, Hashable, Comparable, Codable {
    /// The article's title (`Article.title`); ranges count its scalars.
    case title
    /// A body paragraph by 0-based index into `Article.paragraphs`; ranges count its scalars.
    case paragraph(Int)

    /// The 0-based paragraph index, nil for the title.
    public var paragraphIndex: Int? {
        if case .paragraph(let index) = self { return index }
        return nil
    }

    /// The 1-based paragraph number used in page anchors (`p-<n>`), nil for the title.
    public var paragraphNumber: Int? { paragraphIndex.map { $0 + 1 } }
}

extension ArticlePart {
    /// One integer, -1 for the title and the paragraph index otherwise: the build cache's
    /// binary form has no keys to tell the cases apart by.
    public init(from decoder: any Decoder) throws {
        let index = try decoder.singleValueContainer().decode(Int.self)
        guard index >= -1 else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "no article part \(index)"))
        }
        self = index == -1 ? .title : .paragraph(index)
    }

    /// Encodes the part as `init(from:)` reads it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(paragraphIndex ?? -1)
    }
}
