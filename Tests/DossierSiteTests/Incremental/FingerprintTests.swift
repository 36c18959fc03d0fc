import Foundation
import Testing

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

    /// The stream is hashed a buffer at a time, long strings straight from their storage: the
    /// digest is still the SHA-256 of the whole stream (pinned: the one computed by hashing
    /// it at once), so build caches stay valid.
    @Test func aStreamLongerThanTheBufferHasTheDigestOfTheWholeStream() throws {
        let values =
            (0..<3000).map { "كلمة \($0)" } + [
                String(repeating: "ب", count: 100_000), String(repeating: "x", count: 65_536), "نهاية",
            ]
        #expect(try Fingerprint.of(values) == "304c7a50523fed9a23c4b722f637446c7fbc33e8842977d60193a34241869f83")
    }
}
