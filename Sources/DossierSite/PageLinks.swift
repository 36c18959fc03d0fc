/// What the link check needs of one page: the ids it defines and the distinct `href`/`src`
/// values it holds. The build cache keeps it for every page, so a page taken unchanged from the
/// previous build is checked against the new site without being parsed again.
///
/// The values are held packed, one after another in one string: a build keeps this record for
/// every page until the check at its end, and one string per value (every mention is a link)
/// was 120 MB at 10,000 articles, one per page is a third of that.
struct PageLinks: Sendable, Hashable, Codable {
    /// The ids, then the links, one after another.
    private let packed: String
    /// Where each value of `packed` ends, as a UTF-8 offset: the ids' first.
    private let ends: [UInt32]
    /// How many of the values are ids.
    private let idCount: Int

    /// A record of `ids` and distinct `links`.
    init(ids: [String], links: [String]) {
        var packed = ""
        var ends: [UInt32] = []
        ends.reserveCapacity(ids.count + links.count)
        for value in ids + links {
            packed += value
            ends.append(UInt32(packed.utf8.count))
        }
        self.packed = packed
        self.ends = ends
        idCount = ids.count
    }

    /// The links and ids of scanned attributes.
    init(_ attributes: [HTMLAttributeScanner.Attribute]) {
        var ids: [String] = []
        var links: [String] = []
        var seen = Set<String>()
        for attribute in attributes {
            if attribute.name == "id" {
                ids.append(attribute.value)
            } else if attribute.name == "href" || attribute.name == "src", seen.insert(attribute.value).inserted {
                links.append(attribute.value)
            }
        }
        self.init(ids: ids, links: links)
    }

    /// Every `id` on the page, in document order.
    var ids: [String] { values(0..<idCount) }

    /// Each distinct `href` and `src` value, in order of first appearance.
    var links: [String] { values(idCount..<ends.count) }

    /// The values at `positions` of `ends`.
    private func values(_ positions: Range<Int>) -> [String] {
        var packed = packed
        return packed.withUTF8 { utf8 in
            positions.map { position in
                let start = position == 0 ? 0 : Int(ends[position - 1])
                return String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<Int(ends[position])]), as: UTF8.self)
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case ids, links
    }

    /// Decodes the two lists, as they have always been written.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            ids: try container.decode([String].self, forKey: .ids),
            links: try container.decode([String].self, forKey: .links))
    }

    /// Encodes the two lists (the cache's format does not depend on how they are held).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ids, forKey: .ids)
        try container.encode(links, forKey: .links)
    }
}
