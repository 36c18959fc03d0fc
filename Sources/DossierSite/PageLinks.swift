import ArabicText
import DossierAnalysis

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

    private init(packed: String, ends: [UInt32], idCount: Int) {
        self.packed = packed
        self.ends = ends
        self.idCount = idCount
    }

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
        // By their bytes: a page's links are mostly the same few paths, and a `Set<String>`
        // hashed each one through `Hasher`.
        var seen = ByteStringSet()
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

/// The build cache holds a page's links as the record holds them: its packed values, their ends
/// and how many are ids. Reading each of a page's hundreds of values as a string of its own and
/// packing them again was most of what reading the cache spent on pages.
extension PageLinks: BinaryCodable {
    func encodeBinary(to sink: BinarySink) throws {
        sink.string(packed)
        try sink.encodeArray(ends)
        sink.varint(UInt64(idCount))
    }

    /// Refuses ends that are not ascending within the packed values, or more ids than values:
    /// the values are cut at the ends without further checks.
    static func decodeBinary(from source: BinarySource) throws -> PageLinks {
        let packed = try source.string()
        let ends = try source.decodeArray(of: UInt32.self)
        let idCount = try source.varint()
        var previous: UInt32 = 0
        for end in ends {
            guard end >= previous else { throw BinarySource.damaged("page links out of order") }
            previous = end
        }
        guard Int(previous) <= packed.utf8.count, idCount <= UInt64(ends.count) else {
            throw BinarySource.damaged("page links beyond their values")
        }
        return PageLinks(packed: packed, ends: ends, idCount: Int(idCount))
    }
}
