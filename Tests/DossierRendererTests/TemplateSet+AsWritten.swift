@testable import DossierRenderer

extension TemplateSet {
    /// `model` rendered with the template called `name` as written (not specialised with the
    /// labels), as text; nil when the set has no such template.
    func renderAsWritten(_ model: any TemplateParent, template name: String) -> String? {
        library[name].map {
            String(decoding: TemplateRenderer.render($0, model: model, partials: library), as: UTF8.self)
        }
    }
}
