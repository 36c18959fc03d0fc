import ArabicText
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
    ///
    /// Splitting every article of a large dossier took a minute at 10,000 articles, so an
    /// article is split only when its whole text, furniture included, holds enough of
    /// `body`'s shingles that its body could reach the threshold: a body is lines of the text,
    /// and joining its paragraphs makes at most two shingles per joint (between two of the
    /// text's non-blank lines) that the text may not have. The files are read on every core.
    static func find(body: [String], among names: [String], in folder: URL) -> [NearDuplicate] {
        let shingles = WordShingles(body.joined(separator: "\n"))
        guard !shingles.shingles.isEmpty else { return [] }
        let needed = threshold * Double(shingles.shingles.count)
        let files = names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let found = files.concurrentMap { name -> NearDuplicate? in
            let path = folder.appendingPathComponent(name).path
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size <= ArticleLimits.defaultMaxBytes, let bytes = FileManager.default.contents(atPath: path),
                // Not made display text as the body is: match keys drop what that drops.
                let text = try? ArabicTextDecoder.decode([UInt8](bytes)).text
            else { return nil }
            let joints = 2 * max(Self.nonBlankLineCount(text) - 1, 0)
            guard Double(shingles.sharedCount(withWholeOf: text) + joints) >= needed,
                let other = try? ArticleDetection.detect([UInt8](bytes))
            else { return nil }
            let similarity = shingles.jaccard(WordShingles(other.body.joined(separator: "\n")))
            return similarity >= threshold ? NearDuplicate(name: name, similarity: similarity) : nil
        }
        return found.compactMap { $0 }.sorted { ($1.similarity, $0.name) < ($0.similarity, $1.name) }
    }

    /// The lines of `text` holding more than spaces and tabs, read from its UTF-8 bytes (as
    /// characters, a large dossier spent a third of the search here). Any byte of another
    /// space counts as text: more lines only loosen the bound.
    private static func nonBlankLineCount(_ text: String) -> Int {
        var count = 0
        var blank = true
        for byte in text.utf8 {
            switch byte {
            case 0x0A, 0x0D:
                if !blank { count += 1 }
                blank = true
            case 0x20, 0x09: break
            default: blank = false
            }
        }
        return blank ? count : count + 1
    }
}
