import Mustache
import Testing

@testable import DossierRenderer

/// `LabelSpecialiser` writes `{{labels.…}}` into the templates as the page's own labels would
/// render. That holds only while no value a template can open has a child called `labels`
/// holding something else: inside a section over such a value, swift-mustache would read that
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
        #expect(Self.shadows(in: ["labels": "x"], at: "table").count == 1)
        #expect(
            Self.shadows(in: Reflected(), at: "reflected") == ["reflected has a stored `labels` read through Mirror"])
    }

    /// A class templates would read through `Mirror`, with words of its own.
    private final class Reflected {
        let labels = UIStrings.arabic
    }

    /// A value with a `labels` child of its own.
    private struct Chart: MustacheParent {
        let labels = ["a", "b"]
        func child(named name: String) -> Any? { name == "labels" ? labels : nil }
    }

    /// A value holding one.
    private struct Nested: MustacheParent {
        let chart = Chart()
        func child(named name: String) -> Any? { name == "chart" ? chart : nil }
    }

    /// Where, in `value` and what it holds, a `labels` child is not the site's labels, or a
    /// lambda (whose section receives the template's text) is reachable.
    private static func shadows(in value: Any, at path: String) -> [String] {
        if value is MustacheLambda { return ["\(path) is a lambda"] }
        var found: [String] = []
        if let parent = value as? any MustacheParent, let labels = parent.child(named: "labels"),
            (labels as? UIStrings) != UIStrings.arabic
        {
            found.append("\(path).labels is \(labels), not the site's UIStrings")
        }
        let mirror = Mirror(reflecting: value)
        // A value swift-mustache reads through `Mirror` shadows with its stored property.
        if !(value is any MustacheParent), mirror.children.contains(where: { $0.label == "labels" }) {
            found.append("\(path) has a stored `labels` read through Mirror")
        }
        switch mirror.displayStyle {
        case .struct, .class, .optional, .collection, .set:
            for (index, child) in mirror.children.enumerated() {
                found += shadows(in: child.value, at: path + "." + (child.label ?? String(index)))
            }
        case .dictionary:
            for child in mirror.children {
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                if let key = pair.first as? String, let element = pair.last {
                    found += shadows(in: element, at: path + "[" + key + "]")
                }
            }
        default:
            break
        }
        return found
    }
}
