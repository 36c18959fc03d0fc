import DossierModel
import Foundation

/// The passage comparison of a build, kept for the next one in a binary file beside the build
/// cache (`comparison.bin`): a build whose articles' paragraphs are unchanged (a no-op, an
/// edited note or actor profile) takes the comparison from it instead of comparing again, and
/// a build that added or edited articles takes the other articles' tokens from it
/// (`TokenizedArticles`) and the candidates of the passages it did not change
/// (`RecordedCandidates`).
///
/// It is keyed by a digest of what the comparison reads (every article's id and paragraphs,
/// the options) salted with the binary. A generated dossier of 1,000 near-copies has about a
/// quarter of a million pairs: as JSON that was 135 MB and slower to read than to compare,
/// which is why it is binary, with every string written once.
package struct ComparisonRecord: Sendable, Equatable {
    /// The file's name in the cache folder.
    package static let fileName = "comparison.bin"
    /// The first string of the file: a different format is not read.
    private static let format = "dossier-comparison/9"

    /// The digest of the comparison's inputs (`key(of:options:generator:)`).
    package let key: String
    private let content: Content

    /// The result, tokens and candidates themselves, or the bytes of a file read and not
    /// decoded yet.
    private enum Content: Sendable {
        case computed(PassageComparisonResult, TokenizedArticles, RecordedCandidates?)
        case file([UInt8])
    }

    /// A record of `result`, the `tokens` it was compared from and the `candidates` it scored,
    /// whose digest is `key`.
    package init(
        key: String, result: PassageComparisonResult, tokens: TokenizedArticles, candidates: RecordedCandidates? = nil
    ) {
        self.key = key
        content = .computed(result, tokens, candidates)
    }

    /// The record in the bytes of a `comparison.bin`, or nil when they are not one. Only the
    /// key is read here: the rest is decoded when it is asked for.
    package init?(file sealed: [UInt8]) {
        // The file ends with the checksum of the rest (`RecordChecksum`): a damaged file is
        // not used.
        guard sealed.count > RecordChecksum.size else { return nil }
        let end = sealed.count - RecordChecksum.size
        guard RecordChecksum.matches(sealed[end...], sealed[..<end]) else { return nil }
        // The checksum dropped in place: the bytes are tens of megabytes, not copied.
        var bytes = sealed
        bytes.removeLast(RecordChecksum.size)
        let source = BinarySource(bytes[...])
        guard (try? source.string()) == Self.format, let key = try? source.string() else { return nil }
        self.key = key
        content = .file(bytes)
    }

    /// Records are equal when their inputs are: the same key gives the same comparison.
    package static func == (lhs: ComparisonRecord, rhs: ComparisonRecord) -> Bool { lhs.key == rhs.key }

    /// Whether the record came from the file, so writing it again would change nothing.
    package var isFromFile: Bool {
        if case .file = content { return true }
        return false
    }

    /// Each article's digest (`TokenizedArticles.digest(of:salt:)`), by id, salted with
    /// `generator`.
    package static func digests(of articles: [Article], generator: String) -> [String: [UInt8]] {
        let digests = articles.concurrentMap { (id: $0.id, digest: TokenizedArticles.digest(of: $0, salt: generator)) }
        return Dictionary(digests.map { ($0.id, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }

    /// The digest of everything `PassageComparison` reads: each article's id and paragraphs
    /// (`digests`, in id order), the options, and `generator`.
    package static func key(digests: [String: [UInt8]], options: PassageComparison.Options, generator: String) throws
        -> String
    {
        let articles = digests.sorted { $0.key < $1.key }.map { [$0.key, Hex.lowercase($0.value)] }
        return try Fingerprint.of(Inputs(options: options, articles: articles), salt: generator)
    }

    /// `key(digests:options:generator:)` of `articles`.
    package static func key(of articles: [Article], options: PassageComparison.Options, generator: String) throws
        -> String
    {
        try key(digests: digests(of: articles, generator: generator), options: options, generator: generator)
    }

    /// The comparison: the one recorded, or nil when the file is damaged.
    package func result() -> PassageComparisonResult? {
        switch content {
        case .computed(let result, _, _): return result
        case .file(let bytes): return Self.decode(bytes)
        }
    }

    /// The tokens the comparison was made from, or nil when the file is damaged.
    package func tokens() -> TokenizedArticles? {
        switch content {
        case .computed(_, let tokens, _): return tokens
        case .file(let bytes): return Self.decodeTokens(bytes)
        }
    }

    /// The candidates the comparison scored, or nil when the file is damaged or has none.
    package func candidates() -> RecordedCandidates? {
        switch content {
        case .computed(_, _, let candidates): return candidates
        case .file(let bytes): return Self.decodeCandidates(bytes)
        }
    }

    /// The bytes of the file, its checksum last.
    package func encoded() -> [UInt8] {
        var bytes =
            switch content {
            case .file(let bytes): bytes
            case .computed(let result, let tokens, let candidates):
                Self.encode(result, tokens: tokens, candidates: candidates, key: key)
            }
        bytes += RecordChecksum.bytes(of: bytes[...])
        return bytes
    }

    private struct Inputs: Encodable {
        package let options: PassageComparison.Options
        package let articles: [[String]]
    }

    /// Writes the format, the key, the length of the result's part and the result (a table of
    /// every string, article ids and shared words, then the result's articles, its pairs by
    /// number and the claims, with strings as positions in the table), the length of the
    /// tokens' part and the tokens, then the candidates (`encode(_:to:)`), if any.
    private static func encode(
        _ result: PassageComparisonResult, tokens: TokenizedArticles, candidates: RecordedCandidates?, key: String
    ) -> [UInt8] {
        var table: [String: Int] = [:]
        var strings: [String] = []
        func id(_ string: String) -> UInt64 {
            if let known = table[string] { return UInt64(known) }
            table[string] = strings.count
            strings.append(string)
            return UInt64(strings.count - 1)
        }
        let body = BinarySink()
        func location(_ location: PassageLocation) {
            body.varint(id(location.articleID))
            body.varint(UInt64(location.paragraph))
        }
        body.varint(UInt64(result.articleIDs.count))
        for article in result.articleIDs { body.varint(id(article)) }
        body.varint(UInt64(result.numberedPairs.count))
        body.appending { bytes in
            for pair in result.numberedPairs {
                BinarySink.varint(UInt64(pair.firstArticle), to: &bytes)
                BinarySink.varint(UInt64(pair.firstParagraph), to: &bytes)
                BinarySink.varint(UInt64(pair.secondArticle), to: &bytes)
                BinarySink.varint(UInt64(pair.secondParagraph), to: &bytes)
                BinarySink.fixed(pair.score.bitPattern, to: &bytes)
                BinarySink.fixed(pair.wordOverlap.bitPattern, to: &bytes)
            }
        }
        body.varint(UInt64(result.claims.count))
        for claim in result.claims {
            body.varint(UInt64(claim.passages.count))
            claim.passages.forEach(location)
            body.varint(UInt64(claim.articleIDs.count))
            for article in claim.articleIDs { body.varint(id(article)) }
            body.primitive(claim.bestScore)
            body.varint(UInt64(claim.sharedWords.count))
            for word in claim.sharedWords { body.varint(id(word)) }
            for overlap in claim.firstOverlaps { body.primitive(overlap) }
        }
        let head = BinarySink()
        head.varint(UInt64(strings.count))
        for string in strings { head.string(string) }
        let tokenPart = BinarySink()
        encode(tokens, to: tokenPart)
        let file = BinarySink()
        // The file is tens of megabytes for 10,000 articles: made in one buffer of its size
        // (and the checksum's), not grown by doubling, which held the old and the new buffer
        // at once at the build's peak of memory.
        file.reserve(
            format.utf8.count + key.utf8.count + head.bytes.count + body.bytes.count + tokenPart.bytes.count
                + (candidates.map(encodedSizeBound) ?? 0) + 4 * 10 + RecordChecksum.size)
        file.string(format)
        file.string(key)
        file.varint(UInt64(head.bytes.count + body.bytes.count))
        file.raw(head.bytes[...])
        file.raw(body.bytes[...])
        file.varint(UInt64(tokenPart.bytes.count))
        file.raw(tokenPart.bytes[...])
        if let candidates { encode(candidates, to: file) }
        return file.bytes
    }

    /// Writes the strings (the tokens' keys), then each article's id, digest and paragraphs
    /// as string positions.
    private static func encode(_ tokens: TokenizedArticles, to file: BinarySink) {
        file.varint(UInt64(tokens.strings.count))
        for string in tokens.strings { file.string(string) }
        file.varint(UInt64(tokens.articles.count))
        for (id, entry) in tokens.articles.sorted(by: { $0.key < $1.key }) {
            file.string(id)
            file.varint(UInt64(entry.digest.count))
            file.raw(entry.digest[...])
            file.varint(UInt64(entry.paragraphs.count))
            file.appending { bytes in
                for paragraph in entry.paragraphs {
                    BinarySink.varint(UInt64(paragraph.count), to: &bytes)
                    for token in paragraph { BinarySink.varint(UInt64(token), to: &bytes) }
                }
            }
        }
    }

    /// A source past the header of `bytes`, at the result's part, and the part's range.
    private static func resultPart(of bytes: [UInt8]) throws -> (BinarySource, Range<Int>) {
        let source = BinarySource(bytes[...])
        guard try source.string() == format else { throw BinarySource.damaged("another format") }
        _ = try source.string()
        return (source, try source.range(count: source.count(minimumSize: 1)))
    }

    /// A source past the tokens' part of `bytes`, at the candidates, and the tokens' range.
    static func tokenPart(of bytes: [UInt8]) throws -> (BinarySource, Range<Int>) {
        let source = try resultPart(of: bytes).0
        return (source, try source.range(count: source.count(minimumSize: 1)))
    }

    /// `count` values read by `read`, the count first (each at least `minimumSize` bytes).
    static func list<Value>(_ source: BinarySource, minimumSize: Int, _ read: () throws -> Value) throws
        -> [Value]
    {
        try source.values(try source.count(minimumSize: minimumSize), read)
    }

    /// A position below `limit`.
    private static func position(_ source: BinarySource, below limit: Int) throws -> Int {
        let value = try source.varint()
        guard value < UInt64(limit) else { throw BinarySource.damaged("a position outside its table") }
        return Int(value)
    }

    /// Reads the result `encode(_:tokens:key:)` wrote; nil for anything else.
    private static func decode(_ bytes: [UInt8]) -> PassageComparisonResult? {
        try? {
            let source = BinarySource(bytes[try resultPart(of: bytes).1])
            let strings = try list(source, minimumSize: 1) { try source.string() }
            func string() throws -> String { strings[try position(source, below: strings.count)] }
            func location() throws -> PassageLocation {
                PassageLocation(articleID: try string(), paragraph: Int(try source.varint()))
            }
            let articleIDs = try list(source, minimumSize: 1, string)
            func passage() throws -> (article: Int32, paragraph: Int32) {
                let article = Int32(try position(source, below: articleIDs.count))
                // The result indexes every paragraph up to the last paired one of each article: a
                // damaged number must not make it allocate billions. (An article of more
                // paragraphs than this is compared again at each build, not read.)
                let paragraph = try source.varint()
                guard paragraph <= UInt64(UInt16.max) else {
                    throw BinarySource.damaged("a paragraph outside an article")
                }
                return (article, Int32(paragraph))
            }
            let pairs = try list(source, minimumSize: 20) {
                PassageComparisonResult.NumberedPair(
                    first: try passage(), second: try passage(), score: try Double.read(from: source),
                    wordOverlap: try Double.read(from: source))
            }
            let claims = try list(source, minimumSize: 12) {
                let passages = try list(source, minimumSize: 2, location)
                return SharedClaim(
                    passages: passages, articleIDs: try list(source, minimumSize: 1, string),
                    bestScore: try Double.read(from: source), sharedWords: try list(source, minimumSize: 1, string),
                    firstOverlaps: try source.values(passages.count) { try Double.read(from: source) })
            }
            guard source.isAtEnd else { throw BinarySource.damaged("bytes after the result") }
            return PassageComparisonResult(articleIDs: articleIDs, pairs: pairs, claims: claims)
        }()
    }

    /// Reads the tokens `encode(_:tokens:key:)` wrote; nil for anything else, or when a
    /// position is outside its table.
    private static func decodeTokens(_ bytes: [UInt8]) -> TokenizedArticles? {
        try? {
            let source = BinarySource(bytes[try tokenPart(of: bytes).1])
            let strings = try list(source, minimumSize: 1) { try source.string() }
            let articles = try list(source, minimumSize: 3) { () -> (String, TokenizedArticles.Entry) in
                let id = try source.string()
                let digest = Array(bytes[try source.range(count: source.count(minimumSize: 1))])
                let paragraphs = try list(source, minimumSize: 1) {
                    try list(source, minimumSize: 1) { UInt32(try position(source, below: strings.count)) }
                }
                return (id, TokenizedArticles.Entry(digest: digest, paragraphs: paragraphs))
            }
            guard source.isAtEnd else { throw BinarySource.damaged("bytes after the tokens") }
            return TokenizedArticles(
                strings: strings,
                articles: Dictionary(articles, uniquingKeysWith: { first, _ in first }))
        }()
    }
}
