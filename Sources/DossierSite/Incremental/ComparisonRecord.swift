import DossierModel
import Foundation

/// The passage comparison of a build, kept for the next one in a binary file beside the build
/// cache (`comparison.bin`): a build whose articles' paragraphs are unchanged (a no-op, an
/// edited note or actor profile) takes the comparison from it instead of comparing again.
///
/// It is keyed by a digest of what the comparison reads (every article's id and paragraphs,
/// the options) salted with the binary. A generated dossier of 1,000 near-copies has about a
/// quarter of a million pairs: as JSON that was 135 MB and slower to read than to compare,
/// which is why it is binary, with every string written once.
struct ComparisonRecord: Sendable, Equatable {
    /// The file's name in the cache folder.
    static let fileName = "comparison.bin"
    /// The first string of the file: a different format is not read.
    private static let format = "dossier-comparison/1"

    /// The digest of the comparison's inputs (`key(of:options:generator:)`).
    let key: String
    private let content: Content

    /// The result itself, or the bytes of a file read and not decoded yet.
    private enum Content: Sendable {
        case result(PassageComparisonResult)
        case file([UInt8])
    }

    /// A record of `result`, compared from inputs whose digest is `key`.
    init(key: String, result: PassageComparisonResult) {
        self.key = key
        content = .result(result)
    }

    /// The record in the bytes of a `comparison.bin`, or nil when they are not one. Only the
    /// key is read here: the pairs are decoded when the key matches.
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

    /// The digest of everything `PassageComparison` reads: each article's id and paragraphs
    /// (in id order), the options, and `generator`.
    static func key(of articles: [Article], options: PassageComparison.Options, generator: String) throws -> String {
        let texts = articles.sorted { $0.id < $1.id }.map { [$0.id] + $0.paragraphs.map(\.text) }
        return try Fingerprint.of(Inputs(options: options, articles: texts), salt: generator)
    }

    /// The comparison: the one recorded, or nil when the file is damaged.
    func result() -> PassageComparisonResult? {
        switch content {
        case .result(let result): return result
        case .file(let bytes): return Self.decode(bytes)
        }
    }

    /// The bytes of the file.
    func encoded() -> [UInt8] {
        switch content {
        case .file(let bytes): return bytes
        case .result(let result): return Self.encode(result, key: key)
        }
    }

    private struct Inputs: Encodable {
        let options: PassageComparison.Options
        let articles: [[String]]
    }

    /// Writes the format, the key, a table of every string (article ids, shared words), then
    /// the pairs and the claims with strings as positions in the table.
    private static func encode(_ result: PassageComparisonResult, key: String) -> [UInt8] {
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
        var file = ByteWriter()
        file.append(format)
        file.append(key)
        file.append(strings.count)
        for string in strings { file.append(string) }
        return file.bytes + body.bytes
    }

    /// Reads what `encode(_:key:)` wrote; nil for anything else.
    private static func decode(_ bytes: [UInt8]) -> PassageComparisonResult? {
        var reader = ByteReader(bytes)
        guard reader.string() == format, reader.string() != nil, let stringCount = reader.int(),
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
}
