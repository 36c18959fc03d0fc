import ArabicText
import DossierModel

// The build cache holds every article as read and a scan of each (its mentions, topic hits and
// search terms). Each type below is written field by field, in the order its `Codable` form
// has them (so the bytes are the same), rather than through keyed containers, whose dynamic
// casts and look-ups were most of what reading the cache cost a rebuild.

extension Paragraph: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(text)
        line.write(to: sink)
    }

    package static func decodeBinary(from source: BinarySource) throws -> Paragraph {
        Paragraph(text: try source.string(), line: try Int.read(from: source))
    }
}

extension AnalysisCache.Entry: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(article)
        try scan.encodeBinary(to: sink)
        try notedTerms.encodeBinary(to: sink)
    }

    package static func decodeBinary(from source: BinarySource) throws -> AnalysisCache.Entry {
        AnalysisCache.Entry(
            article: try source.string(), scan: try ArticleScan.decodeBinary(from: source),
            notedTerms: try AnalysisCache.NotedTerms?.decodeBinary(from: source))
    }
}

extension AnalysisCache.NotedTerms: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(notes)
        try sink.encodeArray(terms)
    }

    package static func decodeBinary(from source: BinarySource) throws -> AnalysisCache.NotedTerms {
        AnalysisCache.NotedTerms(notes: try source.string(), terms: try source.decodeArray(of: String.self))
    }
}

extension ArticleScan: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        try sink.encodeArray(mentions)
        try sink.encodeArray(titleMentions)
        try sink.encodeArray(ambiguous)
        try sink.encodeArray(topicHits)
        try searchTerms.encodeBinary(to: sink)
    }

    package static func decodeBinary(from source: BinarySource) throws -> ArticleScan {
        ArticleScan(
            mentions: try source.decodeArray(of: ActorMention.self),
            titleMentions: try source.decodeArray(of: ActorMention.self),
            ambiguous: try source.decodeArray(of: AmbiguousMention.self),
            topicHits: try source.decodeArray(of: TopicHit.self), searchTerms: try [String]?.decodeBinary(from: source))
    }
}

extension AmbiguousMention: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(article)
        try part.encodeBinary(to: sink)
        try range.encodeBinary(to: sink)
        try bodyRange.encodeBinary(to: sink)
        sink.string(alias)
        sink.string(surface)
        try strength.encodeBinary(to: sink)
        try sink.encodeArray(candidates)
    }

    package static func decodeBinary(from source: BinarySource) throws -> AmbiguousMention {
        AmbiguousMention(
            article: try source.string(), part: try ArticlePart.decodeBinary(from: source),
            range: try Range.decodeBinary(from: source), bodyRange: try Range?.decodeBinary(from: source),
            alias: try source.string(), surface: try source.string(),
            strength: try MentionStrength.decodeBinary(from: source),
            candidates: try source.decodeArray(of: String.self))
    }
}

extension TopicHit: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(topic)
        sink.string(article)
        paragraphIndex.write(to: sink)
        try range.encodeBinary(to: sink)
        try bodyRange.encodeBinary(to: sink)
        sink.string(term)
        sink.string(surface)
    }

    package static func decodeBinary(from source: BinarySource) throws -> TopicHit {
        TopicHit(
            topic: try source.string(), article: try source.string(), paragraphIndex: try Int.read(from: source),
            range: try Range.decodeBinary(from: source), bodyRange: try Range.decodeBinary(from: source),
            term: try source.string(), surface: try source.string())
    }
}

/// A part is the one integer of its `Codable` form: -1 for the title, else the paragraph index.
extension ArticlePart: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws { (paragraphIndex ?? -1).write(to: sink) }

    package static func decodeBinary(from source: BinarySource) throws -> ArticlePart {
        let index = try Int.read(from: source)
        guard index >= -1 else { throw BinarySource.damaged("no article part \(index)") }
        return index == -1 ? .title : .paragraph(index)
    }
}

/// A strength is its raw value, as its `Codable` form writes it.
extension MentionStrength: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws { sink.string(rawValue) }

    package static func decodeBinary(from source: BinarySource) throws -> MentionStrength {
        let raw = try source.string()
        guard let strength = MentionStrength(rawValue: raw) else { throw BinarySource.damaged("no strength \(raw)") }
        return strength
    }
}

// The cache holds every article as the loader read it: its paragraphs and furniture are most
// of its bytes, and the keyed containers of their `Codable` form most of the cost of reading it.

extension Article: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(id)
        try sink.encode(source)
        sink.string(title)
        try outlet.encodeBinary(to: sink)
        try url.encodeBinary(to: sink)
        try published.encodeBinary(to: sink)
        sink.string(language)
        try sink.encodeArray(paragraphs)
        try sink.encodeArray(furniture)
        try sink.encode(provenance)
        try sidecar.encodeBinary(to: sink)
    }

    package static func decodeBinary(from source: BinarySource) throws -> Article {
        Article(
            id: try source.string(), source: try source.decode(SourceFile.self), title: try source.string(),
            outlet: try String?.decodeBinary(from: source), url: try String?.decodeBinary(from: source),
            published: try PartialDate?.decodeBinary(from: source), language: try source.string(),
            paragraphs: try source.decodeArray(of: Paragraph.self),
            furniture: try source.decodeArray(of: Furniture.self), provenance: try source.decode(Provenance.self),
            sidecar: try SourceLocation?.decodeBinary(from: source))
    }
}

extension Furniture: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(text)
        line.write(to: sink)
        sink.string(kind.rawValue)
    }

    package static func decodeBinary(from source: BinarySource) throws -> Furniture {
        let text = try source.string()
        let line = try Int.read(from: source)
        let raw = try source.string()
        guard let kind = FurnitureKind(rawValue: raw) else { throw BinarySource.damaged("no furniture kind \(raw)") }
        return Furniture(text: text, line: line, kind: kind)
    }
}
