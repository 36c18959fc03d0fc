import Testing

@testable import DossierRenderer

/// Templates read page models through `TemplateParent.child(named:)`, a switch over each model's
/// stored properties. A property missing from a switch would silently render nothing, so every
/// model reachable from the samples must answer each of its stored properties with the value
/// `Mirror` sees and nothing for other names.
struct TemplateModelTests {
    /// A name no model has.
    private static let unknownName = "noSuchProperty"

    @Test func everyPageKindHasAFullSample() {
        let sampled = Set(TemplateModelSamples.fullPages.map { type(of: $0).template })
        // `base` renders the layout (sampled too); `not-found` renders DossierSite's
        // NotFoundPage, which the site's golden pages cover.
        #expect(sampled == Set(TemplateName.allCases).subtracting([.base, .notFound]))
    }

    @Test func everyModelAnswersItsStoredPropertiesAsMirrorSeesThem() {
        for (index, sample) in TemplateModelSamples.full.enumerated() {
            let problems = Self.problems(in: sample, at: "\(type(of: sample))", requireFilled: true)
            #expect(problems == [], "full sample \(index)")
        }
    }

    @Test func nilOptionalsAndEmptyListsAreAnsweredAsMirrorSeesThem() {
        for (index, sample) in TemplateModelSamples.sparse.enumerated() {
            let problems = Self.problems(in: sample, at: "\(type(of: sample))", requireFilled: false)
            #expect(problems == [], "sparse sample \(index)")
        }
    }

    /// The checker itself: a model with a stored property its switch forgets fails it.
    @Test func aForgottenPropertyIsReported() {
        let problems = Self.problems(in: Forgetful(), at: "Forgetful", requireFilled: true)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("\"added\"") == true)
    }

    /// A model whose switch lacks its second property.
    private struct Forgetful: TemplateParent {
        let kept = "kept"
        let added = "added"

        func child(named name: String) -> (any TemplateValue)? {
            switch name {
            case "kept": kept
            default: nil
            }
        }
    }

    /// What is wrong with how templates would read `value` and everything it holds, one line a
    /// problem naming where. With `requireFilled`, a nil optional or an empty list is a problem
    /// too, since the types it would hold go unchecked.
    private static func problems(in value: Any, at path: String, requireFilled: Bool) -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else {
                return requireFilled ? ["\(path) is nil in the sample: give it a value so it is checked"] : []
            }
            return problems(in: wrapped, at: path, requireFilled: requireFilled)
        case .collection:
            if mirror.children.isEmpty, requireFilled {
                return ["\(path) is empty in the sample: give it an element so it is checked"]
            }
            return mirror.children.enumerated().flatMap { index, element in
                problems(in: element.value, at: "\(path)[\(index)]", requireFilled: requireFilled)
            }
        case .struct:
            guard let parent = value as? any TemplateParent else {
                return ["\(path): \(type(of: value)) is a model templates cannot open; conform it to TemplateParent"]
            }
            var found: [String] = []
            for child in mirror.children {
                guard let label = child.label else { continue }
                let place = "\(path).\(label)"
                switch (unwrapped(child.value), parent.child(named: label)) {
                case (nil, nil):
                    break
                case (nil, let answer?):
                    found.append("\(place) is nil, but child(named: \"\(label)\") answers \(answer)")
                case (_?, nil):
                    found.append("\(type(of: value)).child(named: \"\(label)\") is nil: add a case for \(place)")
                case (let expected?, let answer?):
                    if String(describing: expected) != String(describing: answer) {
                        found.append("\(place) is \(expected), but child(named: \"\(label)\") answers \(answer)")
                    }
                }
                found += problems(in: child.value, at: place, requireFilled: requireFilled)
            }
            if let answer = parent.child(named: unknownName) {
                found.append("\(type(of: value)).child(named: \"\(unknownName)\") answers \(answer), not nil")
            }
            return found
        default:
            return []
        }
    }

    /// `value` as `Mirror` gives it: an optional's content, or nil.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
