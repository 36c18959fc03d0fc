/// What the link check needs of one page: the ids it defines and the distinct `href`/`src`
/// values it holds. The build cache keeps it for every page, so a page taken unchanged from the
/// previous build is checked against the new site without being parsed again.
struct PageLinks: Sendable, Hashable, Codable {
    /// Every `id` on the page, in document order.
    let ids: [String]
    /// Each distinct `href` and `src` value, in order of first appearance.
    let links: [String]

    /// A record of `ids` and distinct `links`.
    init(ids: [String], links: [String]) {
        self.ids = ids
        self.links = links
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
        self.ids = ids
        self.links = links
    }

    private enum CodingKeys: String, CodingKey {
        case ids, links
    }

    /// Decodes the ids and links (see `encode(to:)`).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ids = try Self.decodeList(container, .ids)
        links = try Self.decodeList(container, .links)
    }

    /// Encodes each list as one text of lines: a site's pages hold hundreds of thousands of
    /// links, and one string per page reads and writes several times faster than an array. A
    /// list with a line break inside one of its values is kept as an array.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try Self.encodeList(ids, .ids, in: &container)
        try Self.encodeList(links, .links, in: &container)
    }

    private static func encodeList(
        _ list: [String], _ key: CodingKeys, in container: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        if list.contains(where: { $0.contains("\n") }) {
            try container.encode(list, forKey: key)
        } else {
            try container.encode(list.joined(separator: "\n"), forKey: key)
        }
    }

    private static func decodeList(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws
        -> [String]
    {
        if let list = try? container.decode([String].self, forKey: key) { return list }
        let text = try container.decode(String.self, forKey: key)
        return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
