import DossierModel
import DossierRenderer

/// `sitemap.xml` (sitemaps.org protocol 0.9): every page, only when `base_url` is set.
public enum Sitemap {
    /// Site path of the sitemap.
    public static let path = "sitemap.xml"

    /// One page of the site.
    public struct Page: Sendable, Hashable {
        /// Site path, e.g. `articles/x/index.html`.
        public let path: String
        /// Last modification, from the data (an article's date); omitted when nil.
        public let lastModified: PartialDate?

        /// Creates a page.
        public init(path: String, lastModified: PartialDate? = nil) {
            self.path = path
            self.lastModified = lastModified
        }
    }

    /// The sitemap, or nil without a base URL (sitemaps need absolute URLs).
    /// Pages are written in the given order; repeated URLs are written once.
    public static func xml(baseURL: String?, pages: [Page]) -> String? {
        guard let base = SiteURL.normalizedBase(baseURL) else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var seen = Set<String>()
        for page in pages {
            let location = SiteURL.absolute(page.path.split(separator: "#").first.map(String.init) ?? "", base: base)
            guard seen.insert(location).inserted else { continue }
            xml += "  <url><loc>\(HTMLText.escape(location))</loc>"
            if let date = page.lastModified { xml += "<lastmod>\(w3cDate(date))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// W3C Datetime: a time only with a known zone (the format requires one).
    static func w3cDate(_ date: PartialDate) -> String {
        var value = date
        if date.utcOffsetMinutes == nil {
            value.hour = nil
            value.minute = nil
        }
        guard value.hour != nil else { return value.iso }
        return AtomFeed.timestamp(value)
    }
}
