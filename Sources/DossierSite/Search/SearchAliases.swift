import ArabicText
import DossierModel
import Foundation

/// `search/aliases.json`: normalised actor names and aliases -> the actor pages, so the search
/// page can offer «دونالد ترامب» when the reader types «ترمب».
///
/// Keys are L1 match keys (`ArabicNormalizer.matchKeyString`, the same as `normalize.js`
/// computes for the query), spaces collapsed. Each value lists every actor owning that
/// spelling (a shared surname lists several), sorted by id; URLs are relative to the site
/// root (the search page adds `../`).
public enum SearchAliases {
    /// Site path of the file.
    public static let path = "search/aliases.json"

    /// One actor offered for an alias.
    public struct Target: Sendable, Hashable, Codable {
        public let id: String
        public let name: String
        public let url: String
    }

    /// The alias table: L1 key -> actors.
    public static func table(actors: [Actor]) -> [String: [Target]] {
        var table: [String: [Target]] = [:]
        for actor in actors.sorted(by: { $0.id < $1.id }) {
            let target = Target(id: actor.id, name: actor.name, url: "actors/\(actor.id)/index.html")
            for spelling in [actor.name] + actor.aliases + actor.weakAliases {
                let key = ArabicNormalizer.matchKeyString(spelling)
                    .split(separator: " ").joined(separator: " ")
                guard !key.isEmpty else { continue }
                if !(table[key]?.contains(target) ?? false) { table[key, default: []].append(target) }
            }
        }
        return table
    }

    /// The JSON text of the table, keys sorted, so identical input gives identical bytes.
    public static func json(actors: [Actor]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(table(actors: actors)) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
