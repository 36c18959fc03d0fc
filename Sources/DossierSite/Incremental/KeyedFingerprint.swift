/// The fingerprint of a page: the digest of its inputs (or model), after the digest of the
/// sources they are made from when the page has one (`ArticlePageSources`,
/// `LandingPageSources`), so that the next build can take the page by either.
///
/// Release builds do not digest the inputs of a page that has sources
/// (`RenderReuse.checksPagesTakenBySources`): its fingerprint is its sources' digest with an
/// empty inputs part (`make(sources:inputs:)` with `""`), which no digest of inputs equals.
enum KeyedFingerprint {
    /// One of the two digests.
    enum Part {
        case sources, inputs
    }

    /// The fingerprint of a page with `inputs`, made from `sources` when it has them.
    static func make(sources: String?, inputs: String) -> String {
        sources.map { $0 + " " + inputs } ?? inputs
    }

    /// The digest `part` of `fingerprint`; nil for the sources of a page without them.
    static func part(_ part: Part, of fingerprint: String) -> Substring? {
        let space = fingerprint.firstIndex(of: " ")
        switch part {
        case .sources: return space.map { fingerprint[..<$0] }
        case .inputs: return space.map { fingerprint[fingerprint.index(after: $0)...] } ?? fingerprint[...]
        }
    }
}
