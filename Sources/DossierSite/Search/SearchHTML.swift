import DossierRenderer

/// HTML escaping for the search fragments (text content and attribute values).
enum SearchHTML {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
