/// Renders page models with their templates inside the base layout.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The full HTML document of one page: `page` in its own template, wrapped in `base`.
    /// `searchFragment`, for content pages, makes the page's search index data from its
    /// rendered content HTML.
    public func render<Page: PageContent>(
        _ page: Page, layout: PageLayout, searchFragment: ((String) -> String)? = nil
    ) throws -> String {
        var layout = layout
        layout.contentHTML = try render(page, template: Page.template)
        layout.searchHTML = searchFragment.map { $0(layout.contentHTML) }
        return try render(layout, template: .base)
    }

    private func render(_ object: Any, template: TemplateName) throws -> String {
        guard let html = templates.library.render(object, withTemplate: template.rawValue) else {
            throw TemplateError("missing template \(template.rawValue).mustache in \(templates.origin)")
        }
        return html
    }
}
