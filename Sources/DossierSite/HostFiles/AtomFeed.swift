import DossierModel
import DossierRenderer

/// The site's Atom feed (RFC 4287): the latest articles and notes (`FeedEntry.limit`).
///
/// Dates come from the data, never from the clock, so a rebuild of the same sources writes the
/// same bytes: the feed's `updated` is the newest entry date; an entry without a date takes
/// the oldest entry date (undated entries come last), and `fallbackDate` (2000-01-01T00:00:00Z)
/// stands in when no article has a date. Partial dates are completed
/// to the first day, midnight, UTC. With `base_url`, ids and links are absolute URLs; without
/// it, links are relative to the feed (at the site root) and ids are `tag:` URIs
/// (RFC 4151) under the reserved authority `dossier.invalid`, qualified by a hash of the
/// dossier title so two dossiers' ids differ.
public enum AtomFeed {
    /// Site path of the feed.
    public static let path = "feed.xml"
    /// The date used when no entry has one.
    public static let fallbackDate = PartialDate(year: 2000, month: 1, day: 1)

    /// The feed document.
    public static func xml(config: DossierConfig, entries: [FeedEntry]) -> String {
        let base = SiteURL.normalizedBase(config.baseURL)
        let tagPrefix = "tag:dossier.invalid,2000:" + stableHash(config.title) + "/"
        func id(_ key: String, path: String) -> String {
            base.map { SiteURL.absolute(path, base: $0) } ?? tagPrefix + key
        }
        let newest = entries.compactMap(\.updated).max() ?? fallbackDate
        let oldest = entries.compactMap(\.updated).min() ?? fallbackDate
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(HTMLText.escape(config.language))\">\n"
        xml += "  <id>\(HTMLText.escape(id("feed", path: "")))</id>\n"
        xml += "  <title>\(HTMLText.escape(config.title))</title>\n"
        if let subtitle = config.subtitle ?? config.description {
            xml += "  <subtitle>\(HTMLText.escape(subtitle))</subtitle>\n"
        }
        xml += "  <updated>\(timestamp(newest))</updated>\n"
        xml += "  <author><name>\(HTMLText.escape(config.title))</name></author>\n"
        xml +=
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(HTMLText.escape(SiteURL.href(path, base: base)))\"/>\n"
        xml +=
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(base.map { SiteURL.absolute("index.html", base: $0) } ?? "index.html"))\"/>\n"
        xml += "  <generator>Dossier</generator>\n"
        for entry in entries {
            xml += entry.language.map { "  <entry xml:lang=\"\(HTMLText.escape($0))\">\n" } ?? "  <entry>\n"
            xml += "    <id>\(HTMLText.escape(id(entry.key, path: entry.path)))</id>\n"
            xml += "    <title>\(HTMLText.escape(entry.title))</title>\n"
            xml += "    <updated>\(timestamp(entry.updated ?? oldest))</updated>\n"
            if let author = entry.author { xml += "    <author><name>\(HTMLText.escape(author))</name></author>\n" }
            xml +=
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(SiteURL.href(entry.path, base: base)))\"/>\n"
            xml += "    <category term=\"\(entry.kind.rawValue)\"/>\n"
            xml += "    <summary>\(HTMLText.escape(entry.summary))</summary>\n"
            if let html = entry.contentHTML { xml += "    <content type=\"html\">\(HTMLText.escape(html))</content>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// RFC 3339 timestamp of a partial date: a missing month or day is the first, a missing
    /// time is midnight, a missing zone is UTC (`Z`), the nearest reading RFC 3339 allows.
    public static func timestamp(_ date: PartialDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(date.year)
        var text = String(repeating: "0", count: max(0, 4 - year.count)) + year
        text += "-" + two(date.month ?? 1) + "-" + two(date.day ?? 1)
        text += "T" + two(date.hour ?? 0) + ":" + two(date.minute ?? 0) + ":00"
        guard let offset = date.utcOffsetMinutes, date.hour != nil else { return text + "Z" }
        let magnitude = abs(offset)
        return text + (offset < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
    }

    /// FNV-1a 64-bit hash in hex: a stable, dependency-free qualifier for tag ids.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
