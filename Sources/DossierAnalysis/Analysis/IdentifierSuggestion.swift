import DossierModel

/// "Did you mean" help for unknown ids in diagnostics.
package enum IdentifierSuggestion {
    /// A fix sentence naming the closest known id (`ClosestSpelling`), or listing a few ids.
    package static func fix(for unknown: String, kind: String, known: [String]) -> String {
        guard !known.isEmpty else { return "there are no \(kind)s in this dossier; add one or remove the reference" }
        if let closest = ClosestSpelling.of(unknown, among: known) {
            return "did you mean `\(closest)`? (known \(kind) ids are the file stems)"
        }
        let sample = known.sorted().prefix(5).joined(separator: ", ")
        return "use a known \(kind) id (file stem), e.g. \(sample)"
    }
}
