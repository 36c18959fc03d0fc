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
    /// made a long article's page several times its size in memory.
    public func renderBytes<Page: PageContent>(
        _ page: Page, layout: PageLayout, searchHTML: String? = nil
    ) throws -> [UInt8] {
        var layout = layout
        let content = try render(page, template: Page.template)
        layout.searchHTML = searchHTML
        layout.contentHTML = Self.contentMarker
        let frame = try render(layout, template: .base)
        return Self.splice(content, into: frame)
    }

    /// Stands for the content in the rendered layout: a random identifier between private-use
    /// characters, so no article or template contains it, and no HTML escaping changes it.
    private static let contentMarker = "\u{E000}" + UUID().uuidString + "\u{E001}"

    /// `frame` with each occurrence of the content marker replaced by `content`.
    static func splice(_ content: String, into frame: String) -> [UInt8] {
        let marker = Array(contentMarker.utf8)
        let frameBytes = Array(frame.utf8)
        var starts: [Int] = []
        var index = 0
        while index + marker.count <= frameBytes.count {
            if frameBytes[index] == marker[0], frameBytes[index..<(index + marker.count)].elementsEqual(marker) {
                starts.append(index)
                index += marker.count
            } else {
                index += 1
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(frameBytes.count + starts.count * (content.utf8.count - marker.count))
        var copied = 0
        for start in starts {
            bytes += frameBytes[copied..<start]
            bytes += content.utf8
            copied = start + marker.count
        }
        bytes += frameBytes[copied...]
        return bytes
    }

    private func render(_ object: Any, template: TemplateName) throws -> String {
        guard let html = templates.library.render(object, withTemplate: template.rawValue) else {
            throw TemplateError("missing template \(template.rawValue).mustache in \(templates.origin)")
        }
        return html
    }
}
