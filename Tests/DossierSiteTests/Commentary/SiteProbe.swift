import DossierSite
import Foundation

/// Reads a built site for the commentary tests: links, ids and element texts of its pages.
struct SiteProbe {
    /// Path from the site root → file text (HTML, JSON).
    let files: [String: String]

    init(_ site: RenderedSite) {
        var files: [String: String] = [:]
        for file in site.files { if let text = file.text { files[file.path] = text } }
        self.files = files
    }

    /// A link of a page, resolved to a site-root path and fragment.
    struct Link: Hashable {
        let path: String
        let fragment: String?
        let id: String?
    }

    /// Every `<a href>` of a page, with the `id` of the `<a>` if any; external links left out.
    func links(of page: String) -> [Link] {
        guard let html = files[page] else { return [] }
        return Self.tags(named: "a", in: html).compactMap { attributes in
            guard let href = attributes["href"], !href.contains("://"), !href.hasPrefix("mailto:") else { return nil }
            let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].isEmpty ? page : Self.resolve(String(parts[0]), from: page)
            return Link(path: target, fragment: parts.count > 1 ? String(parts[1]) : nil, id: attributes["id"])
        }
    }

    /// Every `id` attribute of a page.
    func ids(of page: String) -> Set<String> {
        guard let html = files[page] else { return [] }
        let regex = try? NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(
            (regex?.matches(in: html, range: range) ?? []).compactMap { match in
                Range(match.range(at: 1), in: html).map { String(html[$0]) }
            })
    }

    /// The text of the element with `id` (tags inside stripped, entities decoded).
    func text(ofID id: String, in page: String) -> String? {
        guard let html = files[page], let idRange = html.range(of: " id=\"\(id)\"") else { return nil }
        guard let open = html[..<idRange.lowerBound].lastIndex(of: "<") else { return nil }
        let name = html[html.index(after: open)...].prefix { $0.isLetter }
        guard let contentStart = html[idRange.upperBound...].firstIndex(of: ">") else { return nil }
        var depth = 1
        var text = ""
        var index = html.index(after: contentStart)
        while index < html.endIndex {
            if html[index] == "<" {
                let end = html[index...].firstIndex(of: ">") ?? html.endIndex
                let tag = html[index..<end]
                if tag.hasPrefix("</\(name)") { depth -= 1 } else if tag.hasPrefix("<\(name)") { depth += 1 }
                if depth == 0 { break }
                index = end < html.endIndex ? html.index(after: end) : end
            } else {
                text.append(html[index])
                index = html.index(after: index)
            }
        }
        return Self.decode(text)
    }

    /// The site-root path of `href` seen from `page`.
    static func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for segment in href.split(separator: "/") {
            if segment == ".." { _ = parts.popLast() } else if segment != "." { parts.append(String(segment)) }
        }
        let path = parts.joined(separator: "/")
        return href.hasSuffix("/") ? path + "/index.html" : path
    }

    /// The attributes of every `<name …>` start tag, in order.
    static func tags(named name: String, in html: String) -> [[String: String]] {
        guard let tagRegex = try? NSRegularExpression(pattern: "<\(name)\\s([^>]*)>"),
            let attributeRegex = try? NSRegularExpression(pattern: #"([a-zA-Z-]+)="([^"]*)""#)
        else { return [] }
        return tagRegex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let range = Range(match.range(at: 1), in: html) else { return nil }
            let inside = String(html[range])
            var attributes: [String: String] = [:]
            for attribute in attributeRegex.matches(in: inside, range: NSRange(inside.startIndex..., in: inside)) {
                guard let key = Range(attribute.range(at: 1), in: inside),
                    let value = Range(attribute.range(at: 2), in: inside)
                else { continue }
                attributes[String(inside[key])] = decode(String(inside[value]))
            }
            return attributes
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The pages of an actor: its page and its paginated mention pages.
    func actorPages(_ actor: String) -> [String] {
        files.keys.filter {
            $0 == "actors/\(actor)/index.html" || ($0.hasPrefix("actors/\(actor)/page/") && $0.hasSuffix("/index.html"))
        }.sorted()
    }

    /// `data/dossier.json` parsed, with every article's file (`data/<file>`) merged into it:
    /// each article gets its `paragraphs`, and the index gets the rows of the articles'
    /// `mentions`, `title_mentions`, `ambiguous` and `topic_hits` in article order, as objects
    /// with the article's id (`tableRows`).
    func dossierJSON() throws -> [String: Any] {
        func parse(_ path: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data((files[path] ?? "").utf8)) as? [String: Any] ?? [:]
        }
        var index = try parse("data/dossier.json")
        var articles: [[String: Any]] = []
        var lists: [String: [Any]] = [:]
        for var article in index["articles"] as? [[String: Any]] ?? [] {
            let file = try parse("data/" + (article["file"] as? String ?? ""))
            article["paragraphs"] = file["paragraphs"]
            articles.append(article)
            for key in ["mentions", "title_mentions", "ambiguous", "topic_hits"] {
                lists[key, default: []] += tableRows(file[key], article: article["id"] as? String ?? "") ?? []
            }
        }
        index["articles"] = articles
        for (key, list) in lists { index[key] = list }
        return index
    }
}
