import Testing

@testable import DossierSite

/// A keyed page's fingerprint holds the digest of its sources (when it has them) and of its
/// inputs, and the next build can take the page by either.
struct KeyedFingerprintTests {
    @Test func eachPartIsReadBack() {
        let both = KeyedFingerprint.make(sources: "s1", inputs: "i1")
        #expect(KeyedFingerprint.part(.sources, of: both) == "s1")
        #expect(KeyedFingerprint.part(.inputs, of: both) == "i1")
        // A page without sources: its fingerprint is its inputs' digest, as it always was.
        let inputsOnly = KeyedFingerprint.make(sources: nil, inputs: "i2")
        #expect(inputsOnly == "i2")
        #expect(KeyedFingerprint.part(.sources, of: inputsOnly) == nil)
        #expect(KeyedFingerprint.part(.inputs, of: inputsOnly) == "i2")
        // A page with sources whose inputs were not digested: no digest of inputs matches it.
        let sourcesOnly = KeyedFingerprint.make(sources: "s3", inputs: "")
        #expect(KeyedFingerprint.part(.sources, of: sourcesOnly) == "s3")
        #expect(KeyedFingerprint.part(.inputs, of: sourcesOnly) == "")
    }
}
