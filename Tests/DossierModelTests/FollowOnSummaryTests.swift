import DossierModel
import Testing

/// Consequences of a failed file are counted at its first error, or kept when it has none.
struct FollowOnSummaryTests {
    private let root = Diagnostic.error(.undecodableFile, "cannot decode", at: SourceLocation(path: "a.txt"))

    private func consequence(_ message: String, of path: String) -> Diagnostic {
        Diagnostic.error(.xrefUnresolved, message, at: SourceLocation(path: "b.md")).following(path)
    }

    @Test func consequencesAreCountedAtTheRoot() {
        let result = [root, consequence("one", of: "a.txt"), consequence("two", of: "a.txt")].summarisingFollowOns()
        #expect(result.count == 1)
        #expect(result[0].message == "cannot decode (and 2 problems elsewhere that follow from it, not shown)")
    }

    @Test func consequencesWithoutARootAreKept() {
        let result = [consequence("one", of: "c.txt")].summarisingFollowOns()
        #expect(result.map(\.message) == ["one"])
    }

    @Test func aWarningIsNotARoot() {
        let warning = Diagnostic.warning(.dateInFuture, "only a warning", at: SourceLocation(path: "a.txt"))
        let result = [warning, consequence("one", of: "a.txt")].summarisingFollowOns()
        #expect(result.map(\.message) == ["only a warning", "one"])
    }
}
