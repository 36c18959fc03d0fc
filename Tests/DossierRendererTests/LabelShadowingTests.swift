import Testing

@testable import DossierRenderer

/// `LabelSpecialiser` writes `{{labels.…}}` into the templates as the page's own labels would
/// render. That holds only while no value a template can open has a child called `labels`
/// holding something else: inside a section over such a value, the renderer would read that
/// child instead. Every value reachable from the model samples is checked here, so a model
/// that adds such a child fails this test.
struct LabelShadowingTests {
    @Test func everyLabelsChildInTheModelsIsTheSiteLabels() {
        var found: [String] = []
        for sample in TemplateModelSamples.full + TemplateModelSamples.sparse {
            found += Self.shadows(in: sample, at: "\(type(of: sample))")
        }
        #expect(found == [])
    }

    /// The checker itself: a list of chart labels, or words other than the site's, are found.
    @Test func aModelWithOtherLabelsIsReported() {
        #expect(Self.shadows(in: Chart(), at: "Chart") == ["Chart.labels is [\"a\", \"b\"], not the site's UIStrings"])
        #expect(Self.shadows(in: [Nested()], at: "list").count == 1)
        #expect(Self.shadows(in: Optional(Nested()), at: "optional").count == 1)
    }

    /// A value with a `labels` child of its own.
    private struct Chart: TemplateParent {
        let labels = ["a", "b"]
        func child(named name: String) -> (any TemplateValue)? { name == "labels" ? labels : nil }
    }

    /// A value holding one.
    private struct Nested: TemplateParent {
        let chart = Chart()
        func child(named name: String) -> (any TemplateValue)? { name == "chart" ? chart : nil }
    }

    /// Where, in `value` and what it holds, a `labels` child is not the site's labels.
    private static func shadows(in value: Any, at path: String) -> [String] {
        var found: [String] = []
        if let parent = value as? any TemplateParent, let labels = parent.child(named: "labels"),
            (labels as? UIStrings) != UIStrings.arabic
        {
            found.append("\(path).labels is \(labels), not the site's UIStrings")
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class, .optional, .collection, .set:
            for (index, child) in mirror.children.enumerated() {
                found += shadows(in: child.value, at: path + "." + (child.label ?? String(index)))
            }
        default:
            break
        }
        return found
    }
}
