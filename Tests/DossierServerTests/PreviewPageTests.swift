import DossierModel
import Testing

@testable import DossierServer

/// The failure overlay counts a stopping error (a template that does not parse) as an error,
/// and says whether a good site is underneath it.
struct PreviewPageTests {
    @Test func aStoppingErrorIsCountedAndAPageWithoutASiteSaysSo() {
        let stopped = BuildFailure(diagnostics: [], error: "Templates/base.mustache:3: unclosed section")
        let over = PreviewPage.overlay(stopped)
        #expect(over.contains("the build failed (1 error); the last good site is still served underneath"))
        #expect(over.contains("error: Templates/base.mustache:3: unclosed section"))
        let alone = PreviewPage.standalone(failure: stopped)
        #expect(alone.contains("the build failed (1 error); no site is built yet"))
        #expect(!alone.contains("still served underneath"))
        let two = BuildFailure(
            diagnostics: [
                .error(.badDate, "one", at: SourceLocation(path: "a.yml")),
                .warning(.badDate, "two", at: SourceLocation(path: "a.yml")),
                .error(.badDate, "three", at: SourceLocation(path: "a.yml")),
            ], error: nil)
        #expect(PreviewPage.overlay(two).contains("the build failed (2 errors)"))
    }
}
