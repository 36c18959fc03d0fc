/// A link destination in editors' Markdown that names something in the dossier,
/// such as `actor:vladimir-putin` or `article:000_x#p-3`, or one of the site's own pages
/// (`page:timeline`, `SitePage`).
public struct CrossReference: Sendable, Hashable {
    /// The kinds of things a cross-reference can name; the raw value is the URL scheme.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case actor
        case topic
        case article
        case outlet
        case note
        /// One of the site's own pages, by its `SitePage` id.
        case page
    }

    public let kind: Kind
    /// The id of the thing named: an ASCII file stem.
    public let id: String
    /// An optional fragment after `#`, e.g. `p-3` for a paragraph of an article.
    public let fragment: String?

    public init(kind: Kind, id: String, fragment: String? = nil) {
        self.kind = kind
        self.id = id
        self.fragment = fragment
    }

    /// Parses `scheme:id[#fragment]`; nil when the scheme is not a cross-reference kind.
    public init?(destination: String) {
        guard let colon = destination.firstIndex(of: ":"),
            let kind = Kind(rawValue: String(destination[..<colon]).lowercased())
        else { return nil }
        let rest = destination[destination.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") {
            let fragment = String(rest[rest.index(after: hash)...])
            self.init(kind: kind, id: String(rest[..<hash]), fragment: fragment.isEmpty ? nil : fragment)
        } else {
            self.init(kind: kind, id: String(rest))
        }
    }

    /// The reference as written: `kind:id[#fragment]`.
    public var destination: String {
        kind.rawValue + ":" + id + (fragment.map { "#" + $0 } ?? "")
    }
}

/// What a caller's resolver says about a cross-reference.
public enum CrossReferenceResolution: Sendable, Hashable {
    /// The thing exists and has a page: link to this relative URL.
    case link(String)
    /// The thing exists but this site has no page for it: render the text without a link.
    case unlinked
    /// Nothing in the dossier has this id: render the text (the analysis reports the error).
    case unknown
}
