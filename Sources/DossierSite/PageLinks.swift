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
}
