import DossierAnalysis
import DossierModel
import DossierRenderer

/// A page whose model and layout are built but not yet rendered: its diagnostics, a
/// fingerprint of everything its HTML is made from, and the rendering itself, which a build
/// skips when the previous build wrote a page with the same fingerprint.
struct PreparedPage: Sendable {
    /// What building the model found (unresolved references and the like).
    let diagnostics: [Diagnostic]
    private let inputs: @Sendable (_ salt: String) throws -> String
    private let html: @Sendable (PageRenderer) throws -> [UInt8]

    /// A page at site path `path`: `page` in `layout`, with the search data of `search`
    /// (content pages only) written by `indexing`.
    init<Page: PageContent>(
        page: Page, layout: PageLayout, path: String, search: SearchPageDraft?, indexing: SearchIndexing,
        diagnostics: [Diagnostic]
    ) {
        self.diagnostics = diagnostics
        inputs = { salt in
            try Fingerprint.of(
                PageInputs(path: path, template: Page.template.rawValue, page: page, layout: layout, search: search),
                salt: salt)
        }
        html = { renderer in
            try renderer.renderBytes(
                page, layout: layout,
                searchHTML: search.map { indexing.fragment(for: $0.page(vocabulary: indexing.vocabulary)) })
        }
    }

    /// The digest of the page's path, template, model, layout and search data (its terms by
    /// their source), salted with what every page shares (templates, generator, search
    /// vocabulary): equal fingerprints in two builds mean equal bytes.
    func fingerprint(salt: String) throws -> String { try inputs(salt) }

    /// The full HTML document, as UTF-8 bytes.
    func render(with renderer: PageRenderer) throws -> [UInt8] { try html(renderer) }

    /// Everything a page's bytes depend on besides the salt.
    private struct PageInputs<Page: Encodable>: Encodable {
        let path: String
        let template: String
        let page: Page
        let layout: PageLayout
        let search: SearchPageDraft?
    }
}
