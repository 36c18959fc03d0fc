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
        var layout = layout
        layout.contentHTML = try render(page, template: Page.template)
        layout.searchHTML = searchHTML
        return try render(layout, template: .base)
    }

    private func render(_ object: Any, template: TemplateName) throws -> String {
        guard let html = templates.library.render(object, withTemplate: template.rawValue) else {
            throw TemplateError("missing template \(template.rawValue).mustache in \(templates.origin)")
        }
        return html
    }
}
