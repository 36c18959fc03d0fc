import Foundation

/// One hand-labelled page of `Fixtures/loader/labelled/` (format in its README): the page text
/// with a label per line, and what detection should find.
struct LabelledPage: Sendable {
    /// File name.
    let name: String
    /// The folder it came from: `real` (copied from sites) or `lookalike` (written here).
    let set: String
    /// `A` to `D`: the part of the real pages it belongs to (rules were tuned on A, checked on B,
    /// and C and D were added afterwards as fresh checks).
    let half: String
    /// The page as pasted, labels removed.
    let text: String
    /// Label of each file line (1-based), blank lines excluded.
    let labels: [Int: Character]
    let title: String
    /// `YYYY-MM-DD` or `none`.
    let date: String
    let language: String
    /// The outlet name the page gives in a masthead, byline tag or copyright line, or `none`.
    let outlet: String
    /// Where a real page was copied from (empty for look-alikes).
    let source: String

    init(name: String, set: String, contents: String) {
        var lines: [String] = []
        var labels: [Int: Character] = [:]
        var expectations: [String: String] = [:]
        var title = ""
        for raw in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            if raw.hasPrefix("#") {
                let parts = raw.dropFirst().split(separator: ":", maxSplits: 1)
                if parts.count == 2 {
                    expectations[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            // A label is one letter and a bar; any other line is a blank line of the page. Read as
            // scalars: a page line may open with a combining mark, which joins the bar's character.
            let scalars = Array(raw.unicodeScalars.prefix(2))
            guard scalars.count == 2, scalars[1] == "|", let label = scalars.first.map(Character.init) else {
                lines.append(String(raw))
                continue
            }
            let text = String(String.UnicodeScalarView(raw.unicodeScalars.dropFirst(2)))
            lines.append(text)
            labels[lines.count] = label
            if label == "T" { title = text }
        }
        self.name = name
        self.set = set
        self.half = expectations["half"] ?? "A"
        self.text = lines.joined(separator: "\n")
        self.labels = labels
        self.title = expectations["title"] ?? title
        self.date = expectations["date"] ?? "none"
        self.language = expectations["language"] ?? "ar"
        self.outlet = expectations["outlet"] ?? "none"
        self.source = expectations["source"] ?? ""
    }

    /// The pages of one folder of the corpus, sorted by name.
    static func load(_ set: String) throws -> [LabelledPage] {
        let folder = FixturePaths.loader + "/labelled/" + set
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { name in
                LabelledPage(
                    name: name, set: set, contents: try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
            }
    }
}
