import DossierRenderer
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Page fingerprints decide which pages a build renders again: equal values must give equal
/// digests in every process, and any difference in a value a different digest.
struct FingerprintTests {
    private struct Paragraph: Encodable {
        let text: String
        let number: Int
        let note: String?
    }

    private struct Page: Encodable {
        let title: String
        let paragraphs: [Paragraph]
        let weights: [String: Double]
        let tags: Set<String>
        let flag: Bool
    }

    private func page(
        title: String = "بوتين في أنقرة", paragraphs: [Paragraph]? = nil, weights: [String: Double]? = nil,
        tags: Set<String> = ["سياسة", "اقتصاد"], flag: Bool = true
    ) -> Page {
        Page(
            title: title,
            paragraphs: paragraphs ?? [
                Paragraph(text: "وصل الرئيس إلى أنقرة.", number: 1, note: nil),
                Paragraph(text: "وقال المتحدث إن اللقاء مثمر.", number: 2, note: "ملاحظة"),
            ],
            weights: weights ?? ["أنقرة": 0.5, "بوتين": 1.25], tags: tags, flag: flag)
    }

    @Test func equalValuesGiveEqualDigestsWhateverTheOrderOfDictionariesAndSets() throws {
        var weights: [String: Double] = [:]
        for index in (0..<200).reversed() { weights["كلمة\(index)"] = Double(index) }
        var shuffled = [String: Double](minimumCapacity: 1000)
        for (key, value) in weights.shuffled() { shuffled[key] = value }
        var tags = Set<String>(minimumCapacity: 500)
        for index in (0..<100).shuffled() { tags.insert("وسم\(index)") }
        let otherTags = Set((0..<100).map { "وسم\($0)" })
        #expect(
            try Fingerprint.of(page(weights: weights, tags: tags))
                == Fingerprint.of(page(weights: shuffled, tags: otherTags)))
    }

    @Test func anyChangeChangesTheDigest() throws {
        let base = try Fingerprint.of(page())
        let changed = [
            page(title: "بوتين في انقرة"),
            page(paragraphs: [
                Paragraph(text: "وصل الرئيس إلى أنقرة.", number: 1, note: nil),
                Paragraph(text: "وقال المتحدث إن اللقاء مثمر.", number: 3, note: "ملاحظة"),
            ]),
            page(paragraphs: [
                Paragraph(text: "وصل الرئيس إلى أنقرة.", number: 1, note: ""),
                Paragraph(text: "وقال المتحدث إن اللقاء مثمر.", number: 2, note: "ملاحظة"),
            ]),
            page(paragraphs: [Paragraph(text: "وصل الرئيس إلى أنقرة.", number: 1, note: nil)]),
            page(weights: ["أنقرة": 0.5, "بوتين": 1.5]),
            page(tags: ["سياسة"]),
            page(flag: false),
        ]
        for value in changed { #expect(try Fingerprint.of(value) != base) }
        #expect(try Fingerprint.of(page(), salt: "templates-2") != base)
    }

    @Test func nestingIsPartOfTheDigest() throws {
        // The same strings in the same order, grouped differently.
        #expect(try Fingerprint.of([["أ", "ب"], ["ج"]]) != Fingerprint.of([["أ"], ["ب", "ج"]]))
        #expect(try Fingerprint.of(["أب", "ج"]) != Fingerprint.of(["أ", "بج"]))
        #expect(try Fingerprint.of([[String]]()) != Fingerprint.of([[String]()]))
    }

    @Test func bytesAreDigestedWhole() throws {
        #expect(try Fingerprint.of(Data([1, 2, 3])) != Fingerprint.of(Data([1, 2, 4])))
        #expect(try Fingerprint.of(["a": Data([1])]) == Fingerprint.of(["a": Data([1])]))
    }

    @Test func valuesLongerThanTheHashBufferAreHashedWhole() throws {
        // Longer than the encoder's buffer, and around its size, so pieces cross its edge.
        for length in [100, 8_000, 8_191, 8_192, 8_193, 20_000] {
            let text = String(repeating: "ب", count: length / 2)
            var changed = Array(text.unicodeScalars)
            changed[changed.count - 1] = "ت"
            var other = ""
            other.unicodeScalars.append(contentsOf: changed)
            #expect(try Fingerprint.of(text) == Fingerprint.of(text))
            #expect(try Fingerprint.of(text) != Fingerprint.of(other))
            #expect(try Fingerprint.of(["a", text, "b"]) != Fingerprint.of(["a", other, "b"]))
        }
    }

    /// A stand-in for the interface strings: one reference value, which the digest writes as
    /// its reference digest.
    private struct Labels: DigestConstant {
        var word: String
        static var reference: Labels { Labels(word: "الرئيسية") }
        static let referenceDigest = Fingerprint.constant(Labels.reference)
    }

    private struct Labelled: Encodable {
        let title: String
        let labels: Labels
    }

    @Test func aConstantOtherThanItsReferenceIsDigestedWhole() throws {
        let reference = try Fingerprint.of(Labelled(title: "ا", labels: .reference))
        let other = try Fingerprint.of(Labelled(title: "ا", labels: Labels(word: "المقالات")))
        #expect(reference == (try Fingerprint.of(Labelled(title: "ا", labels: .reference))))
        #expect(other == (try Fingerprint.of(Labelled(title: "ا", labels: Labels(word: "المقالات")))))
        #expect(reference != other)
        #expect(reference != (try Fingerprint.of(Labelled(title: "ب", labels: .reference))))
        // The reference digest is made from the value's fields, so it changes with them.
        #expect(Fingerprint.constant(Labels(word: "أ")) != Fingerprint.constant(Labels(word: "ب")))
        #expect(Fingerprint.constant(UIStrings.arabic) != Fingerprint.constant(UIStrings.arabic.commentary))
    }
}
