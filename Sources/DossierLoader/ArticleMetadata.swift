import DossierModel
import Foundation

/// An article's title, date and outlet: detected from the split, overridden by the sidecar,
/// with the provenance of each value.
struct ArticleMetadata: Sendable {
    let title: String
    let published: PartialDate?
    /// The outlet id, nil when unknown.
    let outlet: String?
    let provenance: Provenance
    /// The owner named by a copyright line, when there is one.
    let detectedOutlet: OutletDetector.Detection?

    init(split: ArticleSplit, sidecar: Sidecar?) {
        var provenance = Provenance()
        if let title = sidecar?.title {
            self.title = title
            provenance.title = .sidecar
        } else if let line = split.titleLine {
            self.title = line.text
            provenance.title = .detected
        } else {
            // No headline in the text: the lead's first sentence stands in, marked as missing.
            self.title = ArticleMetadata.firstSentence(of: split.paragraphs.first?.text ?? "")
            provenance.title = .missing
        }
        if let date = sidecar?.published {
            published = date
            provenance.published = .sidecar
        } else {
            let bylines = split.furnitureText([.byline])
            let header = split.headerLines.map(\.text).filter { $0 != split.titleLine?.text }
            published = DateSupport.publicationDate(bylines: bylines, header: header)
            provenance.published = published == nil ? .missing : .detected
        }
        detectedOutlet = OutletDetector.detect(in: split.furnitureText([.footer]))
        if let outlet = sidecar?.outlet {
            self.outlet = outlet == "unknown" ? nil : outlet
            provenance.outlet = .sidecar
        } else if let id = detectedOutlet?.id {
            self.outlet = id
            provenance.outlet = .detected
        } else {
            self.outlet = nil
            provenance.outlet = .missing
        }
        provenance.outletEvidence =
            sidecar?.outletEvidence
            ?? (provenance.outlet == .detected ? detectedOutlet.map { "copyright line: \($0.evidence)" } : nil)
        self.provenance = provenance
    }

    /// Warnings about metadata an editor should supply.
    func report(path: String, sidecar: Sidecar?, diagnostics: inout [Diagnostic]) {
        if sidecar?.outlet == nil, let detection = detectedOutlet, detection.id == nil {
            diagnostics.append(
                .warning(
                    "outlet-without-id",
                    "the copyright line names «\(detection.name)» but gives no Latin name to make an id from",
                    at: SourceLocation(path: path),
                    fix: "Add `outlet: <ascii-id>` and `outlet_name: \(detection.name)` to the article's sidecar."))
        }
    }

    /// The first sentence of a paragraph, cut at about 15 words, as a stand-in title.
    static func firstSentence(of text: String) -> String {
        let terminals: Set<Character> = [".", "؟", "?", "!", "۔"]
        var sentence = ""
        for character in text {
            if terminals.contains(character) { break }
            sentence.append(character)
        }
        let words = sentence.split(whereSeparator: \.isWhitespace)
        guard words.count > 15 else { return sentence.trimmingCharacters(in: .whitespaces) }
        return words.prefix(15).joined(separator: " ") + "…"
    }
}
