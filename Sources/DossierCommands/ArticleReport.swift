import ArabicText
import DossierLoader
import DossierModel
import Foundation

/// What `dossier check --article` prints for one article: the values the site uses and where
/// each came from, the relative days of the text, and every line removed from the body with why.
public struct ArticleReport: Sendable {
    /// The article as loaded (sidecar applied).
    public let article: Article
    /// Detection on the file alone, without the sidecar: what the text itself says. Nil when
    /// the file could not be read again.
    public let detection: ArticleDetection?
    /// The dossier's outlet the file alone names (`KnownOutlets`), as `new article` finds it.
    public let knownOutlet: KnownOutlets.Match?
    /// The diagnostics of the article's files.
    public let diagnostics: [Diagnostic]

    /// A report on `article`, with `detection` run on its file alone, the dossier's outlet
    /// that file names, and its `diagnostics`.
    public init(
        article: Article, detection: ArticleDetection?, knownOutlet: KnownOutlets.Match? = nil,
        diagnostics: [Diagnostic]
    ) {
        self.article = article
        self.detection = detection
        self.knownOutlet = knownOutlet
        self.diagnostics = diagnostics
    }

    /// The article id an argument names: an id, a file name of its text or sidecar (`foo.yml`),
    /// or a path to one in the articles folder of `sourceFolder`, from here or from the source
    /// folder (`articles/foo.txt`). Throws for a path to somewhere else: the folder part of
    /// the path is not dropped to report on another file of the same name.
    public static func articleID(named argument: String, sourceFolder: String) throws -> String {
        if argument.contains("/") {
            let articles = realPath(URL(fileURLWithPath: sourceFolder).appendingPathComponent("articles"))
            let asGiven = URL(fileURLWithPath: argument).deletingLastPathComponent()
            let fromSource = URL(fileURLWithPath: sourceFolder).appendingPathComponent(argument)
                .deletingLastPathComponent()
            guard realPath(asGiven) == articles || realPath(fromSource) == articles else {
                throw CommandError(
                    "\(argument) is not in the dossier's articles folder (\(sourceFolder)/articles): give an article's "
                        + "id, or the path of its text or sidecar there")
            }
        }
        let name = URL(fileURLWithPath: argument).lastPathComponent
        // Extensions in any case, as the loader reads them (`x.TXT`, `x.YML`).
        for suffix in [".txt", ".md", ".yml"] where name.lowercased().hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The folder `url` names with `.` and `..` and symbolic links resolved.
    private static func realPath(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// True when `diagnostic` is about one of the files of article `id` (`articles/<id>.txt|.md|.yml`).
    public static func concerns(_ diagnostic: Diagnostic, articleID id: String) -> Bool {
        guard let path = diagnostic.location?.path else { return false }
        guard let dot = path.lastIndex(of: "."), ["txt", "md", "yml"].contains(path[dot...].dropFirst().lowercased())
        else { return false }
        let stem = path[..<dot]
        return stem == "articles/\(id)" || stem.hasSuffix("/articles/\(id)")
    }

    /// The report, one fact a line.
    public var text: String {
        var lines = [article.source.relativePath]
        lines.append("  title: «\(article.title)» (\(titleOrigin))")
        lines.append("  language: \(article.language) (\(languageOrigin))")
        lines.append("  date: " + (article.published.map { "\($0.iso) (\(dateOrigin))" } ?? undatedOrigin))
        lines.append("  outlet: " + (article.outlet.map { "\($0) (\(outletOrigin))" } ?? "none (\(outletOrigin))"))
        let relativeDays = RelativeDayReader.readings(
            paragraphs: article.paragraphs, furniture: article.furniture, anchor: article.published)
        for reading in relativeDays {
            lines.append("  relative day, line \(reading.line): «\(reading.text)» " + Self.describe(reading.resolution))
        }
        lines.append("  body: \(article.paragraphs.count) paragraphs; \(article.furniture.count) lines removed")
        for item in article.furniture { lines.append("    " + RemovedLine.describe(item)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private var titleOrigin: String {
        let unconfirmed = diagnostics.contains { $0.code == .titleUnconfirmed }
        switch article.provenance.title {
        case .detected: return "the headline line of the text"
        case .sidecar where unconfirmed:
            return "from the sidecar, made from the lead: not confirmed yet (`title_confirmed: false`)"
        case .sidecar:
            guard let detection else { return "from the sidecar" }
            return "from the sidecar; " + Self.compared(article.title, with: detection.title ?? detection.leadTitle)
        case .missing: return "no headline found: the lead's first sentence stands in"
        }
    }

    private var languageOrigin: String {
        guard let guess = detection?.language else { return "detection not available" }
        if guess.tag == article.language { return "detected: \(guess.evidence)" }
        return "from the sidecar; the text reads as \(guess.tag): \(guess.evidence)"
    }

    private var outletOrigin: String {
        let evidence = article.provenance.outletEvidence.map { ": \($0)" } ?? ""
        switch article.provenance.outlet {
        case .detected: return "detected" + evidence
        case .sidecar:
            guard let detection else { return "from the sidecar" + evidence }
            if textOutletID == nil, let name = detection.outletName {
                return "from the sidecar; the text names «\(name)» but gives no id" + evidence
            }
            return "from the sidecar; " + Self.compared(article.outlet, with: textOutletID) + evidence
        case .missing:
            guard let name = detection?.outletName else { return "not found" }
            return "the text names «\(name)» but gives no Latin name to make an id from"
        }
    }

    /// An undated article: by the editor's `published: unknown`, or for want of a date.
    private var undatedOrigin: String {
        article.provenance.published == .sidecar ? "unknown (the sidecar says `published: unknown`)" : "none found"
    }

    /// The outlet the file alone gives, as `new article` writes it: the dossier's outlet it
    /// names, else its credit's id, made from the name's letters when it is in Arabic only.
    private var textOutletID: String? {
        knownOutlet?.id ?? detection?.outletID ?? detection?.outletName.flatMap(OutletID.made(fromName:))
    }

    private var dateOrigin: String {
        switch article.provenance.published {
        case .detected: return "detected in the dateline or metadata of the text"
        case .sidecar:
            guard let detection else { return "from the sidecar" }
            return "from the sidecar; " + Self.compared(article.published?.iso, with: detection.published?.iso)
        case .missing: return "not found"
        }
    }

    /// Whether the sidecar's `value` is what detection finds in the text alone (`detected`).
    private static func compared(_ value: String?, with detected: String?) -> String {
        guard let detected else { return "the text alone gives none" }
        return detected == value ? "the same as detected in the text" : "detection finds «\(detected)»"
    }

    private static func describe(_ resolution: RelativeDay.Resolution?) -> String {
        switch resolution {
        case nil: return "has no date: the article has no date of its own to count from"
        case .day(let day)?: return "→ \(day)"
        case .weekdayMismatch(let stated, let computed)?:
            return
                "has no date: it names a \(RelativeDay.weekdayName(stated)), but counted from the article's date it is \(computed), a \(RelativeDay.weekdayName(computed.weekday))"
        }
    }
}
