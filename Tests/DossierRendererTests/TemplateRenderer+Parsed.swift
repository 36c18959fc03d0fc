@testable import DossierRenderer

extension TemplateRenderer {
    /// `template` rendered with `model`, `partials` supplying the templates it includes: laid
    /// out with them under a name no inclusion can give (a tag's name holds no blank).
    static func render(_ template: ParsedTemplate, model: any TemplateParent, partials: [String: ParsedTemplate])
        -> [UInt8]
    {
        var templates = partials
        templates[" "] = template
        return render(" ", of: CompiledTemplates(templates), model: model) ?? []
    }
}
