import ArabicText
import Foundation

/// Renders page models with their templates inside the base layout.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The full HTML document of one page: `page` in its own template, wrapped in `base`.
    /// `searchHTML`, for content pages, is the page's search index data.
    public func render<Page: PageContent>(
        _ page: Page, layout: PageLayout, searchHTML: String? = nil
    ) throws -> String {
        String(decoding: try renderBytes(page, layout: layout, searchHTML: searchHTML), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes. The base layout is rendered around a marker, and the
    /// page's content is copied once, into the document's bytes: rendering it into the layout
    /// copied it into a second string of the page's size, and that one into the bytes, which
    /// made a long article's page several times its size in memory. The page's long fragments
    /// (`PageContent.separatingFragments`) skip the template's output the same way; when the
    /// template does not show each of them once, unescaped, the page is rendered whole.
    public func renderBytes<Page: PageContent>(
        _ page: Page, layout: PageLayout, searchHTML: String? = nil
    ) throws -> [UInt8] {
        var layout = layout
        let (marked, fragments) = page.separatingFragments(Self.fragmentMarker)
        var content = try render(marked, template: Page.template)
        var holes = Self.markers(in: content).compactMap { marker in
            marker.fragment.map { (range: marker.range, fragment: $0) }
        }
        if holes.map(\.fragment) != Array(fragments.indices) {
            content = try render(page, template: Page.template)
            holes = []
        }
        layout.searchHTML = searchHTML
        layout.contentHTML = Self.contentMarker
        let frame = try render(layout, template: .base)
        return Self.splice(content, holes: holes, fragments: fragments, into: frame)
    }

    /// What every marker starts with: a random identifier after a private-use character, so no
    /// article or template contains it, and no HTML escaping changes it.
    private static let markerStart = "\u{E000}" + UUID().uuidString

    /// Stands for the content in the rendered layout.
    private static let contentMarker = markerStart + "\u{E001}"

    /// Stands for fragment `index` in the rendered content. Its `&` is escaped when a template
    /// writes the fragment escaped (`{{html}}`), so that it is then not found and the page is
    /// rendered whole, escaping included.
    private static func fragmentMarker(_ index: Int) -> String { markerStart + "&" + String(index) + "\u{E001}" }

    /// The markers in `bytes`, in order: where each one is, and its fragment's index (nil for
    /// the content marker).
    ///
    /// Candidates are found with `memchr` on the marker's first byte, the lead byte of U+E000,
    /// which no Arabic or Latin letter has: a test of every byte of every page was 0.8% of a
    /// large build.
    static func markers(in bytes: [UInt8]) -> [(range: Range<Int>, fragment: Int?)] {
        let start = Array(markerStart.utf8)
        let end = Array("\u{E001}".utf8)
        var found: [(range: Range<Int>, fragment: Int?)] = []
        var index = 0
        while index + start.count + end.count <= bytes.count {
            guard let next = bytes.withUnsafeBufferPointer({ $0.firstIndex(of: start[0], from: index) }) else { break }
            index = next
            guard index + start.count + end.count <= bytes.count,
                bytes[index..<(index + start.count)].elementsEqual(start)
            else {
                index += 1
                continue
            }
            var cursor = index + start.count
            var fragment: Int?
            if bytes[cursor] == UInt8(ascii: "&") {
                cursor += 1
                var number = 0
                let digits = cursor
                while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]),
                    cursor - digits < 18
                {
                    number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                    cursor += 1
                }
                fragment = cursor > digits ? number : nil
                if fragment == nil {
                    index += 1
                    continue
                }
            }
            guard cursor + end.count <= bytes.count, bytes[cursor..<(cursor + end.count)].elementsEqual(end) else {
                index += 1
                continue
            }
            found.append((index..<(cursor + end.count), fragment))
            index = cursor + end.count
        }
        return found
    }

    /// `frame` with each content marker replaced by `content`, in which each of `holes` is
    /// replaced by its fragment; made in one buffer of its final size.
    static func splice(
        _ content: [UInt8], holes: [(range: Range<Int>, fragment: Int)], fragments: [String], into frame: [UInt8]
    ) -> [UInt8] {
        let slots = markers(in: frame).filter { $0.fragment == nil }.map(\.range)
        let filled = holes.reduce(content.count) { size, hole in
            size - hole.range.count + fragments[hole.fragment].utf8.count
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(frame.count + slots.reduce(0) { $0 + filled - $1.count })
        var copied = 0
        for slot in slots {
            bytes += frame[copied..<slot.lowerBound]
            var from = 0
            for hole in holes {
                bytes += content[from..<hole.range.lowerBound]
                bytes += fragments[hole.fragment].utf8
                from = hole.range.upperBound
            }
            bytes += content[from...]
            copied = slot.upperBound
        }
        bytes += frame[copied...]
        return bytes
    }

    private func render(_ model: any TemplateParent, template: TemplateName) throws -> [UInt8] {
        guard let html = templates.render(model, template: template) else {
            throw TemplateError("missing template \(template.rawValue).mustache in \(templates.origin)")
        }
        return html
    }
}
