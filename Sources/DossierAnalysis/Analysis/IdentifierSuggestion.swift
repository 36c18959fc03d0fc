import DossierModel

/// "Did you mean" help for unknown ids in diagnostics.
package enum IdentifierSuggestion {
    /// A fix sentence naming the closest known id (`ClosestSpelling`), or listing a few ids.
    /// An id holding a character that shows nothing (a zero-width space, a direction mark, a
    /// non-breaking space), which the message cannot show, is told which and where.
    package static func fix(for unknown: String, kind: String, known: [String]) -> String {
        guard !known.isEmpty else { return "there are no \(kind)s in this dossier; add one or remove the reference" }
        let hidden = unknown.unicodeScalars.filter(isInvisible)
        if !hidden.isEmpty {
            let names = hidden.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: ", ")
            let visible = String(String.UnicodeScalarView(unknown.unicodeScalars.filter { !isInvisible($0) }))
            let then = known.contains(visible) ? ", and it is then `\(visible)`" : ""
            return "the id holds a character that shows nothing (\(names)): delete it\(then)"
        }
        if let closest = ClosestSpelling.of(unknown, among: known) {
            return "did you mean `\(closest)`? (known \(kind) ids are the file stems)"
        }
        let sample = known.sorted().prefix(5).joined(separator: ", ")
        return "use a known \(kind) id (file stem), e.g. \(sample)"
    }

    /// Whether `scalar` shows nothing: a format character or white space.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar.properties.isWhitespace
    }
}
