import DossierLoader
import DossierModel
import Foundation

/// An article already in the dossier that is probably the same story as one being imported:
/// the same text republished by another site, or re-copied with other page furniture.
public struct NearDuplicate: Sendable, Hashable {
    /// The file name in `articles/`.
    public let name: String
    /// The Jaccard similarity of the two bodies' word triples, 0...1.
    public let similarity: Double

    /// The similarity from which two bodies count as the same story: republished copies share
    /// most triples (edits, a changed lead and a cut ending leave well over half), while two
    /// reports of one event written separately share a few quotations and names.
    public static let threshold = 0.6

    /// The articles among `names` (in `folder`) whose body is at least `threshold` similar to
    /// `body`, most similar first. Each is read and split as the loader would; a file too large
    /// for the default limits or not decodable is skipped (the build reports it).
    static func find(body: [String], among names: [String], in folder: URL) -> [NearDuplicate] {
        let shingles = WordShingles(body.joined(separator: "\n"))
        guard !shingles.shingles.isEmpty else { return [] }
        var found: [NearDuplicate] = []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let path = folder.appendingPathComponent(name).path
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size <= ArticleLimits.defaultMaxBytes, let bytes = FileManager.default.contents(atPath: path),
                let other = try? ArticleDetection.detect([UInt8](bytes))
            else { continue }
            let similarity = shingles.jaccard(WordShingles(other.body.joined(separator: "\n")))
            if similarity >= threshold { found.append(NearDuplicate(name: name, similarity: similarity)) }
        }
        return found.sorted { ($1.similarity, $0.name) < ($0.similarity, $1.name) }
    }
}
