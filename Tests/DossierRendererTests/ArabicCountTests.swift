import Testing

@testable import DossierRenderer

/// Arabic number agreement for counts shown on the site.
struct ArabicCountTests {
    private let results = ArabicCount(one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة")

    @Test(
        "a count takes the noun form Arabic requires",
        arguments: [
            (0, "0 نتيجة"), (1, "نتيجة واحدة"), (2, "نتيجتان"), (3, "3 نتائج"), (9, "9 نتائج"), (10, "10 نتائج"),
            (11, "11 نتيجة"), (58, "58 نتيجة"), (100, "100 نتيجة"), (102, "102 نتيجة"), (103, "103 نتائج"),
            (110, "110 نتائج"), (111, "111 نتيجة"),
        ])
    func phrase(count: Int, expected: String) {
        #expect(results.phrase(count) == expected)
    }
}
