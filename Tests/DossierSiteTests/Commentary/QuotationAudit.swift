import Foundation

/// Checks that every «…» quotation in commentary text is the words of an article it cites,
/// letter for letter: only diacritics and whitespace are ignored, and «...» or «…» inside a
/// quotation marks an elision (the pieces must occur in that order).
///
/// A quotation is attributed to the articles cited in its sentence (`article:` links, and
/// `outlet:` links standing for that outlet's articles) together with the file's own articles
/// (a note's article, a sidecar's article, a timeline event's sources); when none of these
/// exist, to the articles cited in its paragraph; and failing that, to any article. A word
/// in guillemets that is not an article's text therefore fails, which is the point: in this
/// dossier guillemets mean "the article says exactly this".
struct QuotationAudit {
    /// One quotation that none of its articles contains.
    struct Problem: CustomStringConvertible {
        let file: String
        let quotation: String
        let articles: [String]

        var description: String {
            "\(file): «\(quotation)» is not in \(articles.isEmpty ? "any article" : articles.joined(separator: ", "))"
        }
    }

    /// Article id → its raw text, searched after `comparable(_:)`.
    let articles: [String: String]
    /// Outlet id → the ids of its articles, so that an `outlet:` link cites them.
    let outletArticles: [String: [String]]

    init(articles: [String: String], outletArticles: [String: [String]]) {
        self.articles = articles.mapValues(Self.comparable)
        self.outletArticles = outletArticles
    }

    /// The problems in one piece of commentary whose own articles are `ownArticles`.
    func problems(in text: String, file: String, ownArticles: [String] = []) -> [Problem] {
        var found: [Problem] = []
        for paragraph in Self.paragraphs(of: text) {
            let paragraphCitations = citations(in: paragraph)
            for sentence in Self.sentences(of: paragraph) {
                let sentenceCitations = citations(in: sentence) + ownArticles
                let cited = !sentenceCitations.isEmpty ? sentenceCitations : paragraphCitations
                for quotation in Self.quotations(in: sentence) {
                    let words = Self.withoutLinks(quotation)
                    if !occurs(words, inAnyOf: cited.isEmpty ? Array(articles.keys) : cited) {
                        found.append(Problem(file: file, quotation: quotation, articles: Self.unique(cited)))
                    }
                }
            }
        }
        return found
    }

    /// Whether the pieces of `quotation` (split at elisions) occur in order in one of `ids`.
    func occurs(_ quotation: String, inAnyOf ids: [String]) -> Bool {
        let pieces = quotation.components(separatedBy: "...").flatMap { $0.components(separatedBy: "…") }
            .map(Self.comparable).filter { !$0.isEmpty }
        return ids.contains { id in
            guard let text = articles[id] else { return false }
            var rest = text[...]
            for piece in pieces {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
            return true
        }
    }

    /// Article ids cited by the Markdown links in `text`.
    func citations(in text: String) -> [String] {
        Self.links(in: text).flatMap { kind, target -> [String] in
            switch kind {
            case "article": [target]
            case "outlet": outletArticles[target] ?? []
            default: []
            }
        }
    }

    /// `text` without diacritics or whitespace: the only differences a quotation may have.
    static func comparable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    !(0x064B...0x065F).contains(scalar.value) && scalar.value != 0x0670
                        && !scalar.properties.isWhitespace
                }))
    }

    /// The outermost «…» quotations of `text`, without their marks (nested ones stay inside).
    static func quotations(in text: String) -> [String] {
        var found: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == "»" && depth > 0 {
                depth -= 1
                if depth == 0 {
                    found.append(current)
                    current = ""
                    continue
                }
            }
            if depth > 0 { current.append(character) }
            if character == "«" { depth += 1 }
        }
        return found
    }

    /// Sentences of a paragraph: split after `.`, `؛`, `؟` or `!` followed by a space or the
    /// end, never inside a quotation (so «...» and 1.8 do not split).
    static func sentences(of paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var depth = 0
        let characters = Array(paragraph)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if character == "«" { depth += 1 }
            if character == "»" { depth = max(0, depth - 1) }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if depth == 0 && ".؛؟!".contains(character) && next.isWhitespace {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Paragraphs: blocks separated by a blank line.
    static func paragraphs(of text: String) -> [String] {
        text.components(separatedBy: "\n").split { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.joined(separator: "\n") }
    }

    /// `[label](kind:target)` links of `text`, as (kind, target).
    static func links(in text: String) -> [(String, String)] {
        text.matches(of: /\[[^\]]*\]\(([a-z]+):([^)\s]+)\)/).map { (String($0.output.1), String($0.output.2)) }
    }

    /// `text` with each Markdown link replaced by its label.
    static func withoutLinks(_ text: String) -> String {
        text.replacing(/\[([^\]]*)\]\([a-z]+:[^)\s]+\)/) { String($0.output.1) }
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
