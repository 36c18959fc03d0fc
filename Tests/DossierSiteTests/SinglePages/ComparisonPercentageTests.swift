import Testing

@testable import DossierSite

/// Similarity scores on the comparison pages and in the "also reported" boxes.
struct ComparisonPercentageTests {
    @Test func percentagesAreWholeNumbers() {
        #expect(ComparisonPageBuilder.percentage(0.874) == "87٪")
        #expect(ComparisonPageBuilder.percentage(1) == "100٪")
    }
}
