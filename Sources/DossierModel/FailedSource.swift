/// A source file with a valid id that could not be loaded (undecodable, too large, bad front
/// matter...): its id is missing from the dossier, so every reference to it would fail too.
///
/// The loader records these so that the errors which only follow from the missing id are
/// summarised at the root error instead of being reported one by one (`Diagnostic.followsFrom`).
public struct FailedSource: Sendable, Hashable {
    /// What the file would have defined.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case article
        case actor
        case topic
        case outlet
        case note

        /// The source subfolder the files of this kind live in.
        public var folder: String { rawValue + "s" }
    }

    public var kind: Kind
    /// The id the file would have defined (its file stem).
    public var id: String
    /// The file as the user sees it in diagnostics (`seeds/articles/x.txt`).
    public var path: String

    public init(kind: Kind, id: String, path: String) {
        self.kind = kind
        self.id = id
        self.path = path
    }
}

extension Array where Element == FailedSource {
    /// The file that should have defined `id` of `kind`, when it failed to load.
    public func path(of kind: FailedSource.Kind, id: String) -> String? {
        first { $0.kind == kind && $0.id == id }?.path
    }
}
