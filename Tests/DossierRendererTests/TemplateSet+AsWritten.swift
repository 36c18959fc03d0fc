@testable import DossierRenderer

extension TemplateSet {
    /// `model` rendered with the template called `name` as written (not specialised with the
    /// labels), as text; nil when the set has no such template.
    func renderAsWritten(_ model: any TemplateParent, template name: String) -> String? {
        TemplateRenderer.render(name, of: compiled, model: model).map { String(decoding: $0, as: UTF8.self) }
    }
}
