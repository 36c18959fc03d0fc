import DossierModel

/// An article's lines sorted into body paragraphs, furniture and the title line, and the
/// sidecar's corrections applied to that split.
struct ArticleSplit: Sendable {
    private(set) var paragraphs: [Paragraph] = []
    private(set) var furniture: [Furniture] = []
    /// The line judged to be the page title, if any.
    let titleLine: TextLine?
    /// Lines of the page header (before the body), in order: where a date is looked for.
    let headerLines: [TextLine]
    /// Every line, in order, for the keys made when they were read (`wordKey(of:)`).
    private let lines: [TextLine]
    /// The site credits the page's own lines tell (`SiteCredit`).
    var siteCredits: SiteCredit { SiteCredit(page: lines) }

    /// The number of the first line of the page whose text holds `text` (where a detection's
    /// evidence was read).
    func firstLine(holding text: String) -> Int? {
        lines.first { $0.text.contains(text) }?.line
    }

    init(lines: [TextLine], roles: [FurnitureClassifier.Role]) {
        self.lines = lines
        var title: TextLine?
        for (line, role) in zip(lines, roles) {
            switch role {
            case .body:
                // A blog's «تصفّح المقالات» run into the paragraph is the page's menu.
                if let label = PostNavigation.gluedLabel(in: line) {
                    let text = line.text[..<label].reversed().drop(while: \.isWhitespace).reversed()
                    paragraphs.append(Paragraph(text: String(text), line: line.line))
                    furniture.append(Furniture(text: String(line.text[label...]), line: line.line, kind: .navigation))
                } else {
                    paragraphs.append(Paragraph(text: line.text, line: line.line))
                }
            case .title:
                title = line
                furniture.append(Furniture(text: line.text, line: line.line, kind: .title))
            case .furniture(let kind): furniture.append(Furniture(text: line.text, line: line.line, kind: kind))
            }
        }
        titleLine = title
        let firstBodyLine = paragraphs.first?.line ?? Int.max
        headerLines = lines.filter { $0.line < firstBodyLine }
    }

    /// The word key (`TextLine.key`) of `paragraph`, a body paragraph or furniture of this
    /// split: the one its line was read with, found by its line number.
    func wordKey(of paragraph: Paragraph) -> String {
        var (low, high) = (0, lines.count)
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].line < paragraph.line { low = middle + 1 } else { high = middle }
        }
        guard low < lines.count, lines[low].line == paragraph.line, lines[low].text == paragraph.text else {
            return TextLine.wordKey(paragraph.text)
        }
        return lines[low].key
    }

    /// The first line of another article appended to the page: the first line set aside as
    /// another story (`FurnitureKind.unrelated`) under the body's last paragraph. What follows
    /// it (its byline, its date) is that story's, not this one's. Nil when nothing is, and
    /// over a body of one paragraph: which of the two is the page's story is then in doubt
    /// (a standfirst kept, the story under it set aside).
    var appendedStoryLine: Int? {
        guard paragraphs.count >= 2, let last = paragraphs.last?.line else { return nil }
        return furniture.first { $0.kind == .unrelated && $0.line > last }?.line
    }

    /// Moves paragraphs named by `furniture:` out of the body and furniture named by `body:`
    /// into it; a correction that matches nothing is an error at its sidecar line, and so is
    /// a paragraph named in both lists (whose entries are then left out).
    mutating func apply(_ sidecar: Sidecar, diagnostics: inout [Diagnostic]) {
        let lines =
            (paragraphs.map { (text: $0.text, line: $0.line) } + furniture.map { (text: $0.text, line: $0.line) })
            .sorted { $0.line < $1.line }
        let conflicts = CorrectionConflict.find(furniture: sidecar.furniture, body: sidecar.body, in: lines)
        diagnostics += conflicts.map(\.diagnostic)
        let conflicting = Set(conflicts.flatMap { [$0.furniture, $0.body] })
        for correction in sidecar.furniture where !conflicting.contains(correction) {
            let key = TextLine.wordKey(correction.text)
            let matches = paragraphs.indices.filter { ArticleSplit.opens(paragraphs[$0].text, with: key) }
            if matches.isEmpty {
                report(
                    correction, key: key, list: "furniture", alreadyIn: furniture.map(\.text), diagnostics: &diagnostics
                )
                continue
            }
            for index in matches.reversed() {
                let paragraph = paragraphs.remove(at: index)
                furniture.append(Furniture(text: paragraph.text, line: paragraph.line, kind: .editorial))
            }
        }
        for correction in sidecar.body where !conflicting.contains(correction) {
            let key = TextLine.wordKey(correction.text)
            let matches = furniture.indices.filter { ArticleSplit.opens(furniture[$0].text, with: key) }
            if matches.isEmpty {
                report(correction, key: key, list: "body", alreadyIn: paragraphs.map(\.text), diagnostics: &diagnostics)
                continue
            }
            for index in matches.reversed() {
                let item = furniture.remove(at: index)
                paragraphs.append(Paragraph(text: item.text, line: item.line))
            }
        }
        paragraphs.sort { $0.line < $1.line }
        furniture.sort { $0.line < $1.line }
    }

    private func report(
        _ correction: Sidecar.Correction, key: String, list: String, alreadyIn other: [String],
        diagnostics: inout [Diagnostic]
    ) {
        if !key.isEmpty, other.contains(where: { ArticleSplit.opens($0, with: key) }) {
            let already = list == "body" ? "the body" : "furniture"
            diagnostics.append(
                .warning(
                    .correctionRedundant, "`\(list)` entry «\(correction.text)» is already \(already)",
                    at: correction.location, fix: "Delete this entry: detection already does it."))
        } else {
            diagnostics.append(
                .error(
                    .correctionUnmatched, "`\(list)` entry «\(correction.text)» matches no paragraph of the article",
                    at: correction.location,
                    fix: "Quote the first words of a paragraph exactly as the article has them."))
        }
    }

    /// True when the paragraph's word key starts with `key` on a word boundary.
    static func opens(_ text: String, with key: String) -> Bool {
        guard !key.isEmpty else { return false }
        return LexicalFurniture.hasWordPrefix(TextLine.wordKey(text), key)
    }
}
