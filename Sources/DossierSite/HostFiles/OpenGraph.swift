import DossierModel
import Foundation

/// Open Graph `<meta property>` values of a page.
public enum OpenGraph {
    /// `og:type` values used by the site.
    public enum PageType: String, Sendable, Hashable {
        case website
        case article
        case profile
    }

    /// One `<meta property="…" content="…">` pair (content unescaped; the template escapes).
    public struct Tag: Sendable, Hashable {
        public let property: String
        public let content: String

        /// Creates a tag.
        public init(property: String, content: String) {
            self.property = property
            self.content = content
        }
    }

    /// The tags of one page: og:title, og:description (when given), og:type, og:site_name,
    /// og:locale, and og:url only with `base_url` (Open Graph URLs must be absolute).
    public static func tags(
        title: String, description: String?, type: PageType, path: String, config: DossierConfig,
        publishedTime: PartialDate? = nil
    ) -> [Tag] {
        var tags = [Tag(property: "og:title", content: title)]
        if let description = description.map(collapsed), !description.isEmpty {
            tags.append(Tag(property: "og:description", content: FeedEntry.clipped(description, to: 300)))
        }
        tags.append(Tag(property: "og:type", content: type.rawValue))
        tags.append(Tag(property: "og:site_name", content: config.title))
        if let locale = locale(for: config.language) { tags.append(Tag(property: "og:locale", content: locale)) }
        if let base = SiteURL.normalizedBase(config.baseURL) {
            tags.append(Tag(property: "og:url", content: SiteURL.absolute(path, base: base)))
        }
        if type == .article, let publishedTime {
            tags.append(Tag(property: "article:published_time", content: publishedTime.iso))
        }
        return tags
    }

    /// Open Graph's `language_TERRITORY`: `en-GB` -> `en_GB`; a bare language takes its most
    /// likely territory (`en` -> `en_US`, `fa` -> `fa_IR`; `ar` -> `ar_AR`, Open Graph's own
    /// Arabic); nil for a language without one, whose tag is left out (`en_EN` is no locale).
    public static func locale(for language: String) -> String? {
        let parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first?.lowercased() else { return "ar_AR" }
        if parts.count > 1, let region = parts.last, region.count == 2 { return first + "_" + region.uppercased() }
        if first == "ar" { return "ar_AR" }
        let likely = Locale.Language(identifier: first).maximalIdentifier.split(separator: "-").last
        guard let region = likely, region.count == 2, region.allSatisfy(\.isUppercase) else { return nil }
        return first + "_" + region
    }

    private static func collapsed(_ text: String) -> String {
        if CollapsedText.isCollapsed(text) { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
