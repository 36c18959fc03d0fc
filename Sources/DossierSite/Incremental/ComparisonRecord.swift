import DossierModel
import DossierOutput
import Foundation

/// The passage comparison of a build, kept for the next one in a binary file beside the build
/// cache (`comparison.bin`): a build whose articles' paragraphs are unchanged (a no-op, an
/// edited note or actor profile) takes the comparison from it instead of comparing again, and
/// a build that added or edited articles takes the other articles' tokens from it
/// (`TokenizedArticles`).
///
/// It is keyed by a digest of what the comparison reads (every article's id and paragraphs,
/// the options) salted with the binary. A generated dossier of 1,000 near-copies has about a
/// quarter of a million pairs: as JSON that was 135 MB and slower to read than to compare,
/// which is why it is binary, with every string written once.
struct ComparisonRecord: Sendable, Equatable {
    /// The file's name in the cache folder.
    static let fileName = "comparison.bin"
    /// The first string of the file: a different format is not read.
    private static let format = "dossier-comparison/2"

    /// The digest of the comparison's inputs (`key(of:options:generator:)`).
    let key: String
    private let content: Content

    /// The result and tokens themselves, or the bytes of a file read and not decoded yet.
    private enum Content: Sendable {
        case computed(PassageComparisonResult, TokenizedArticles)
        case file([UInt8])
    }

    /// A record of `result` and the `tokens` it was compared from, whose digest is `key`.
    init(key: String, result: PassageComparisonResult, tokens: TokenizedArticles) {
        self.key = key
        content = .computed(result, tokens)
    }

    /// The record in the bytes of a `comparison.bin`, or nil when they are not one. Only the
    /// key is read here: the rest is decoded when it is asked for.
    init?(file bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.string() == Self.format, let key = reader.string() else { return nil }
        self.key = key
        content = .file(bytes)
    }

    /// Records are equal when their inputs are: the same key gives the same comparison.
    static func == (lhs: ComparisonRecord, rhs: ComparisonRecord) -> Bool { lhs.key == rhs.key }

    /// Whether the record came from the file, so writing it again would change nothing.
    var isFromFile: Bool {
        if case .file = content { return true }
        return false
    }

    /// Each article's digest (`TokenizedArticles.digest(of:salt:)`), by id, salted with
    /// `generator`.
    static func digests(of articles: [Article], generator: String) -> [String: [UInt8]] {
        let digests = articles.concurrentMap { (id: $0.id, digest: TokenizedArticles.digest(of: $0, salt: generator)) }
        return Dictionary(digests.map { ($0.id, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }

    /// The digest of everything `PassageComparison` reads: each article's id and paragraphs
    /// (`digests`, in id order), the options, and `generator`.
    static func key(digests: [String: [UInt8]], options: PassageComparison.Options, generator: String) throws
        -> String
    {
        let articles = digests.sorted { $0.key < $1.key }.map { [$0.key, FileStamp.hex($0.value)] }
        return try Fingerprint.of(Inputs(options: options, articles: articles), salt: generator)
    }

    /// `key(digests:options:generator:)` of `articles`.
    static func key(of articles: [Article], options: PassageComparison.Options, generator: String) throws -> String {
        try key(digests: digests(of: articles, generator: generator), options: options, generator: generator)
    }

    /// The comparison: the one recorded, or nil when the file is damaged.
    func result() -> PassageComparisonResult? {
        switch content {
        case .computed(let result, _): return result
        case .file(let bytes): return Self.decode(bytes)
        }
    }

    /// The tokens the comparison was made from, or nil when the file is damaged.
    func tokens() -> TokenizedArticles? {
        switch content {
        case .computed(_, let tokens): return tokens
        case .file(let bytes): return Self.decodeTokens(bytes)
        }
    }

    /// The bytes of the file.
    func encoded() -> [UInt8] {
        switch content {
        case .file(let bytes): return bytes
        case .computed(let result, let tokens): return Self.encode(result, tokens: tokens, key: key)
        }
    }

    private struct Inputs: Encodable {
        let options: PassageComparison.Options
        let articles: [[String]]
    }

    /// Writes the format, the key, the length of the result's part and the result (a table of
    /// every string, article ids and shared words, then the pairs and the claims with strings
    /// as positions in the table), then the tokens.
    private static func encode(_ result: PassageComparisonResult, tokens: TokenizedArticles, key: String) -> [UInt8] {
        var table: [String: Int] = [:]
        var strings: [String] = []
        func id(_ string: String) -> Int {
            if let known = table[string] { return known }
            table[string] = strings.count
            strings.append(string)
            return strings.count - 1
        }
        var body = ByteWriter()
        func location(_ location: PassageLocation) {
            body.append(id(location.articleID))
            body.append(location.paragraph)
        }
        body.append(result.pairs.count)
        for pair in result.pairs {
            location(pair.first)
            location(pair.second)
            body.append(pair.score)
            body.append(pair.wordOverlap)
        }
        body.append(result.claims.count)
        for claim in result.claims {
            body.append(claim.passages.count)
            claim.passages.forEach(location)
            body.append(claim.articleIDs.count)
            for article in claim.articleIDs { body.append(id(article)) }
            body.append(claim.bestScore)
            body.append(claim.sharedWords.count)
            for word in claim.sharedWords { body.append(id(word)) }
        }
        var head = ByteWriter()
        head.append(strings.count)
        for string in strings { head.append(string) }
        var file = ByteWriter()
        file.append(format)
        file.append(key)
        file.append(UInt64(head.bytes.count + body.bytes.count))
        file.append(raw: head.bytes)
        file.append(raw: body.bytes)
        encode(tokens, to: &file)
        return file.bytes
    }

    /// Writes the strings, the tokens as pairs of string positions, then each article's id,
    /// digest and paragraphs as token positions.
    private static func encode(_ tokens: TokenizedArticles, to file: inout ByteWriter) {
        file.append(tokens.strings.count)
        for string in tokens.strings { file.append(string) }
        file.append(tokens.tokens.count)
        for token in tokens.tokens {
            file.append(Int(token.key))
            file.append(Int(token.surface))
        }
        file.append(tokens.articles.count)
        for (id, entry) in tokens.articles.sorted(by: { $0.key < $1.key }) {
            file.append(id)
            file.append(entry.digest.count)
            file.append(raw: entry.digest)
            file.append(entry.paragraphs.count)
            for paragraph in entry.paragraphs {
                file.append(paragraph.count)
                for token in paragraph { file.append(Int(token)) }
            }
        }
    }

    /// A reader past the header of `bytes`, at the result's part, and the part's length.
    private static func resultPart(of bytes: [UInt8]) -> (ByteReader, Int)? {
        var reader = ByteReader(bytes)
        guard reader.string() == format, reader.string() != nil, let length = reader.uint64(),
            length <= UInt64(bytes.count)
        else { return nil }
        return (reader, Int(length))
    }

    /// Reads the result `encode(_:tokens:key:)` wrote; nil for anything else.
    private static func decode(_ bytes: [UInt8]) -> PassageComparisonResult? {
        guard case (var reader, let length)? = resultPart(of: bytes), let part = reader.raw(count: length) else {
            return nil
        }
        reader = ByteReader(part)
        guard let stringCount = reader.int(),
            let strings = reader.array(count: stringCount, minimumSize: 4, { $0.string() })
        else { return nil }
        func string(_ reader: inout ByteReader) -> String? {
            guard let index = reader.int(), index < strings.count else { return nil }
            return strings[index]
        }
        func location(_ reader: inout ByteReader) -> PassageLocation? {
            guard let article = string(&reader), let paragraph = reader.int() else { return nil }
            return PassageLocation(articleID: article, paragraph: paragraph)
        }
        guard let pairCount = reader.int(),
            let pairs = reader.array(
                count: pairCount, minimumSize: 32,
                { reader -> PassagePair? in
                    guard let first = location(&reader), let second = location(&reader),
                        let score = reader.double(), let overlap = reader.double()
                    else { return nil }
                    return PassagePair(first: first, second: second, score: score, wordOverlap: overlap)
                }),
            let claimCount = reader.int(),
            let claims = reader.array(
                count: claimCount, minimumSize: 20,
                { reader -> SharedClaim? in
                    guard let passageCount = reader.int(),
                        let passages = reader.array(count: passageCount, minimumSize: 8, location),
                        let articleCount = reader.int(),
                        let articles = reader.array(count: articleCount, minimumSize: 4, string),
                        let best = reader.double(), let wordCount = reader.int(),
                        let words = reader.array(count: wordCount, minimumSize: 4, string)
                    else { return nil }
                    return SharedClaim(passages: passages, articleIDs: articles, bestScore: best, sharedWords: words)
                }),
            reader.isAtEnd
        else { return nil }
        return PassageComparisonResult(pairs: pairs, claims: claims)
    }

    /// Reads the tokens `encode(_:tokens:key:)` wrote; nil for anything else, or when a
    /// position is outside its table.
    private static func decodeTokens(_ bytes: [UInt8]) -> TokenizedArticles? {
        guard case (var reader, let length)? = resultPart(of: bytes), reader.skip(length),
            let stringCount = reader.int(),
            let strings = reader.array(count: stringCount, minimumSize: 4, { $0.string() }),
            let tokenCount = reader.int(),
            let tokens = reader.array(
                count: tokenCount, minimumSize: 8,
                { reader -> TokenizedArticles.Token? in
                    guard let key = reader.int(), let surface = reader.int(), key < stringCount,
                        surface < stringCount
                    else { return nil }
                    return .init(key: UInt32(key), surface: UInt32(surface))
                }),
            let articleCount = reader.int(),
            let articles = reader.array(
                count: articleCount, minimumSize: 12,
                { reader -> (String, TokenizedArticles.Entry)? in
                    guard let id = reader.string(), let digestLength = reader.int(),
                        let digest = reader.raw(count: digestLength), let paragraphCount = reader.int(),
                        let paragraphs = reader.array(
                            count: paragraphCount, minimumSize: 4,
                            { reader -> [UInt32]? in
                                guard let count = reader.int() else { return nil }
                                return reader.array(count: count, minimumSize: 4) { reader -> UInt32? in
                                    guard let token = reader.int(), token < tokenCount else { return nil }
                                    return UInt32(token)
                                }
                            })
                    else { return nil }
                    return (id, .init(digest: digest, paragraphs: paragraphs))
                }),
            reader.isAtEnd
        else { return nil }
        return TokenizedArticles(
            strings: strings, tokens: tokens,
            articles: Dictionary(articles, uniquingKeysWith: { first, _ in first }))
    }
}
