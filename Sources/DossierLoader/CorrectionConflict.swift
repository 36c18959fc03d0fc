import DossierModel

/// A `furniture:` entry and a `body:` entry of one sidecar that open the same line of the
/// article: the editor asked for the line to leave the body and to stay in it.
struct CorrectionConflict: Sendable, Hashable {
    let furniture: Sidecar.Correction
    let body: Sidecar.Correction
    /// The first line of the article both entries open.
    let articleLine: Int

    /// Every pair of `furniture` and `body` entries that open a common line of `lines` (text
    /// and line number, in order), once, with the first such line.
    static func find(
        furniture: [Sidecar.Correction], body: [Sidecar.Correction], in lines: [(text: String, line: Int)]
    ) -> [CorrectionConflict] {
        let bodyKeys = body.map { TextLine.wordKey($0.text) }
        var conflicts: [CorrectionConflict] = []
        for entry in furniture {
            let key = TextLine.wordKey(entry.text)
            let opened = lines.filter { ArticleSplit.opens($0.text, with: key) }
            for (other, otherKey) in zip(body, bodyKeys) {
                if let shared = opened.first(where: { ArticleSplit.opens($0.text, with: otherKey) }) {
                    conflicts.append(CorrectionConflict(furniture: entry, body: other, articleLine: shared.line))
                }
            }
        }
        return conflicts
    }

    /// The error: one for the pair, at the `furniture:` entry, naming the `body:` entry's line.
    var diagnostic: Diagnostic {
        let entries =
            furniture.text == body.text
            ? "«\(furniture.text)» is listed under both `furniture:` (line \(furniture.location.line)) and `body:` "
                + "(line \(body.location.line))"
            : "`furniture` entry «\(furniture.text)» (line \(furniture.location.line)) and `body` entry "
                + "«\(body.text)» (line \(body.location.line)) open the same paragraph"
        return .error(
            .correctionConflict,
            "\(entries): line \(articleLine) of the article cannot be both furniture and body, so neither entry is applied",
            at: furniture.location,
            fix: "Keep the entry in the list where the paragraph belongs (`furniture:` takes it out of the body, "
                + "`body:` keeps it in) and delete the other.")
    }
}
