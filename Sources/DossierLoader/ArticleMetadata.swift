import ArabicText
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
    /// The outlet named by a copyright line, masthead or byline tag, when there is one.
    let detectedOutlet: OutletDetector.Detection?
    /// The BCP 47 tag of the text: the sidecar's, else the detected one (`und` when unknown).
    let language: String
    /// What the text itself says about its language, whatever the sidecar says.
    let detectedLanguage: LanguageGuess
    /// False when furniture removal left no body paragraph.
    let hasBody: Bool
    /// Doubts about the detected publication date (none when the sidecar gives the date).
    let dateFindings: [PublicationDateChooser.Finding]

    /// `today` is the day of reading, against which a detected date "in the future" is judged.
    init(split: ArticleSplit, sidecar: Sidecar?, today: PartialDate) {
        var provenance = Provenance()
        let detectedOutlet = OutletDetector.detect(in: split)
        if let title = sidecar?.title {
            self.title = title
            provenance.title = .sidecar
        } else if let line = split.titleLine {
            self.title = HeadlineText.cleaned(line.text)
            provenance.title = .detected
        } else {
            // No headline in the text: the lead's first sentence stands in, marked as missing,
            // without the outlet's tag that opens it («الوصال – سجلت …»).
            let lead = split.paragraphs.first?.text ?? ""
            self.title = ArticleMetadata.firstSentence(
                of: detectedOutlet.map { Self.withoutTag($0.evidence, opening: lead) } ?? lead)
            provenance.title = .missing
        }
        if let date = sidecar?.published {
            published = date
            provenance.published = .sidecar
            dateFindings = []
        } else if sidecar?.publishedUnknown == true {
            published = nil
            provenance.published = .sidecar
            dateFindings = []
        } else {
            let choice = PublicationDateChooser.choose(split, today: today)
            // A date whose day and month could be swapped is read day first, unless a weekday
            // the article names fits only the other reading.
            if let other = choice.otherReading, let line = choice.line, let date = choice.date,
                let weekday = RelativeDayReader.weekdayRefuting(date, for: other, in: split)
            {
                published = other
                dateFindings =
                    choice.findings + [.monthFirstByWeekday(line, taken: other, rejected: date, weekday: weekday)]
            } else {
                published = choice.date
                dateFindings = choice.findings
            }
            provenance.published = published == nil ? .missing : .detected
        }
        self.detectedOutlet = detectedOutlet
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
        detectedLanguage = ArticleMetadata.detectLanguage(split)
        hasBody = !split.paragraphs.isEmpty
        language = sidecar?.language ?? detectedLanguage.tag
        provenance.outletEvidence =
            sidecar?.outletEvidence
            ?? (provenance.outlet == .detected ? detectedOutlet.map(\.labelledEvidence) : nil)
        self.provenance = provenance
    }

    /// Warnings about metadata an editor should supply, and about relative days of `split`
    /// that disagree with the article's date.
    func report(path: String, sidecar: Sidecar?, split: ArticleSplit, diagnostics: inout [Diagnostic]) {
        // A title made from the lead, here or by `new article` (which writes it into the sidecar
        // with `title_confirmed: false`), stays listed until the editor confirms it.
        if sidecar?.titleConfirmed == false {
            diagnostics.append(
                .warning(
                    .titleUnconfirmed,
                    "the title «\(title)» was made from the lead (the page has no headline line) and is not confirmed",
                    at: sidecar?.titleConfirmedLocation ?? SourceLocation(path: path),
                    fix: "Check `title:` against the article and correct it, then write `title_confirmed: true`."))
        } else if provenance.title == .missing, hasBody, sidecar?.titleConfirmed != true {
            diagnostics.append(
                .warning(
                    .titleUnconfirmed,
                    "the article has no headline line, so its title «\(title)» is the lead's first sentence",
                    at: SourceLocation(path: path),
                    fix: "Write the article's title as `title:` in its sidecar (the .yml file beside it), "
                        + "or `title_confirmed: true` there to keep this one."))
        }
        for finding in dateFindings {
            diagnostics.append(ArticleMetadata.diagnostic(finding, path: path))
        }
        if let missing = missingDateWarning(path: path, sidecar: sidecar) { diagnostics.append(missing) }
        let relativeDays = RelativeDayReader.readings(of: split, anchor: published)
        diagnostics += RelativeDayReader.diagnostics(relativeDays, anchor: published, path: path)
        // An article without a body already has an error; its language says nothing more.
        if sidecar?.language == nil, detectedLanguage.isUndetermined, hasBody {
            diagnostics.append(
                .warning(
                    .languageUndetermined,
                    "cannot tell the article's language (\(detectedLanguage.evidence)); it is marked `und`",
                    at: SourceLocation(path: path),
                    fix: "Add `language: <tag>` (e.g. `ar`, `en`, `fr`) to the article's sidecar."))
        }
        if let contradicted = languageContradicted(sidecar: sidecar, path: path) { diagnostics.append(contradicted) }
        if sidecar?.outlet == nil, let detection = detectedOutlet, detection.id == nil {
            diagnostics.append(
                .warning(
                    .outletWithoutID,
                    "the \(detection.source.rawValue) names «\(detection.name)» but gives no Latin name to make an id from",
                    at: SourceLocation(path: path, line: split.firstLine(holding: detection.evidence) ?? 1),
                    fix: "Add `outlet: <ascii-id>` and `outlet_name: \(detection.name)` to the article's sidecar."))
        }
    }

    /// The warning for a sidecar's `language` written in the other direction than the language
    /// the text reads as (`language: en` on an Arabic article): its page would run the wrong
    /// way. A language of the same direction (`fa` for a text read as Arabic) is the editor's
    /// call, as detection can be wrong between neighbours.
    private func languageContradicted(sidecar: Sidecar?, path: String) -> Diagnostic? {
        guard let declared = sidecar?.language, hasBody, !detectedLanguage.isUndetermined,
            TextDirection.of(language: declared) != "auto",
            TextDirection.isRightToLeft(declared) != TextDirection.isRightToLeft(detectedLanguage.tag)
        else { return nil }
        let direction = { (tag: String) in TextDirection.isRightToLeft(tag) ? "right to left" : "left to right" }
        return .warning(
            .languageContradicted,
            "`language: \(declared)` is written \(direction(declared)), but the text reads as "
                + "`\(detectedLanguage.tag)` (\(detectedLanguage.evidence)), written \(direction(detectedLanguage.tag)): "
                + "its page would run the wrong way",
            at: sidecar?.languageLocation ?? SourceLocation(path: path),
            fix:
                "Write `language: \(detectedLanguage.tag)` in the sidecar, or delete the line to use the language detected."
        )
    }

    /// The warning for an article with no date: it sinks to the end of every list and of the
    /// feed. A `clockIgnored` or `refutedByLead` finding already says why no date was taken, and an
    /// article without a body, or with a `published:` that is no date, already has an error.
    private func missingDateWarning(path: String, sidecar: Sidecar?) -> Diagnostic? {
        guard published == nil, provenance.published == .missing, sidecar?.publishedWritten != true, hasBody,
            !dateFindings.contains(where: { finding in
                switch finding {
                case .clockIgnored, .refutedByLead: true
                default: false
                }
            })
        else { return nil }
        let sidecarName = ((sidecar?.location.path ?? Self.sidecarPath(of: path)) as NSString).lastPathComponent
        return .warning(
            .dateMissing,
            "the article has no date: none was found in its text and its sidecar gives no `published:`, so it is listed after every dated article, in the feed too",
            at: sidecar?.location ?? SourceLocation(path: path),
            fix: "Write the date the article was published as `published: YYYY-MM-DD` in its sidecar (\(sidecarName)), "
                + "or `published: unknown` there when no date is known.")
    }

    /// The sidecar of the article at `path`: `x.yml` beside `x.txt`, or `x.md` itself (its front matter).
    private static func sidecarPath(of path: String) -> String {
        path.hasSuffix(".txt") ? String(path.dropLast(4)) + ".yml" : path
    }

    /// A doubtful date as a warning at the line it was read from.
    static func diagnostic(_ finding: PublicationDateChooser.Finding, path: String) -> Diagnostic {
        let fix = "Write the date the article gives as `published:` in the sidecar (e.g. 2025-01-09)."
        switch finding {
        case .clockIgnored(let line):
            return .warning(
                .dateClockIgnored,
                "«\(line.text)» above the headline looks like the site's clock (the day the page was copied): it is more than a day later than every other date in the article, so no publication date was taken",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        case .clockOnly(let line):
            return .warning(
                .dateFromClock,
                "the publication date comes from «\(line.text)», a time and date above the headline that may be the site's clock",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        case .refutedByLead(let line):
            return .warning(
                .dateClockIgnored,
                "«\(line.text)» above the headline is not the article's date: the lead names a weekday two days or more away from it, so it is taken for the site's date (the day the page was copied) and no publication date was taken",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        case .siteUpdateIgnored(let line):
            return .warning(
                .dateClockIgnored,
                "«\(line.text)» in the page header, above the headline, is the site's last update (the day the page was copied), not the article's date, so no publication date was taken",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        case .runningClockIgnored(let line, let sign):
            let why =
                switch sign {
                case .seconds: "it shows the seconds"
                case .zone: "it states its time zone"
                case .articleTime: "the article prints its own time under the headline"
                }
            return .warning(
                .dateClockIgnored,
                "«\(line.text)» above the headline looks like the site's running clock (\(why)): it is the moment the page was copied, not the article's date, so no publication date was taken",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        case .monthFirstByWeekday(let line, let taken, let rejected, let weekday):
            return .warning(
                .dateOrderFromWeekday,
                "«\(line.text)» may put the day or the month first; it was read as \(taken.iso), not \(rejected.iso), because only that reading fits «\(weekday.text)» (line \(weekday.line))",
                at: SourceLocation(path: path, line: line.line, column: 1),
                fix: "If the article means the other day, write it as `published:` in the sidecar (e.g. 2025-01-09).")
        case .future(let line, let date):
            return .warning(
                .dateInFuture, "the publication date \(date.iso), read from «\(line.text)», lies after today",
                at: SourceLocation(path: path, line: line.line, column: 1), fix: fix)
        }
    }

    /// The language of the title and body: page furniture is left out because sites surround
    /// foreign-language articles with their own menus. When the whole does not tell (a long
    /// English photo caption kept in an Arabic story: «TULKARM, WEST BANK - MAY 02: …»), the
    /// language of the headline and of at least two thirds of the paragraphs that tell one is
    /// taken, with that evidence.
    static func detectLanguage(_ split: ArticleSplit) -> LanguageGuess {
        // The words are read from the lines' keys: the text is not normalised again.
        let title = split.titleLine
        let paragraphKeys = split.paragraphs.map(split.wordKey(of:))
        let whole = LanguageDetector.detect(
            (title.map { [$0.text] } ?? []) + split.paragraphs.map(\.text),
            wordKeys: (title.map { [$0.key] } ?? []) + paragraphKeys)
        guard whole.isUndetermined, split.paragraphs.count >= 3 else { return whole }
        let guesses = zip(split.paragraphs, paragraphKeys).map { LanguageDetector.detect([$0.text], wordKeys: [$1]) }
            .filter { !$0.isUndetermined }
        let counts = Dictionary(grouping: guesses, by: \.tag).mapValues(\.count)
        guard let (tag, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            count >= 2, count * 3 >= guesses.count * 2,
            title.map({ LanguageDetector.detect([$0.text], wordKeys: [$0.key]).tag })
                .map({ $0 == tag || $0 == LanguageDetector.undetermined }) ?? true
        else { return whole }
        let script = guesses.first { $0.tag == tag }?.script
        return LanguageGuess(
            tag: tag, script: script,
            evidence: "\(whole.evidence); \(count) of the \(guesses.count) paragraphs that tell a language are `\(tag)`"
        )
    }

    /// `lead` without `tag` (an outlet's credit read there) when the tag opens it and words
    /// follow it, with the dashes and colon after the tag; `lead` as it is otherwise.
    static func withoutTag(_ tag: String, opening lead: String) -> String {
        guard lead.hasPrefix(tag) else { return lead }
        let rest = lead.dropFirst(tag.count).drop { $0.isWhitespace || "-–—ـ:|/".contains($0) }
        return rest.split(whereSeparator: \.isWhitespace).count >= 3 ? String(rest) : lead
    }

    /// The first sentence of a paragraph as a stand-in title, without a bullet before it: up to
    /// its first full stop (not a decimal point, «1.1%»), question or exclamation mark. A
    /// sentence of more than `standInWords` words is cut after the last comma among them, when
    /// that leaves a clause of six words or more, and otherwise after the last of them, with «…».
    static func firstSentence(of text: String) -> String {
        let terminals: Set<Character> = [".", "؟", "?", "!", "۔"]
        // A list's bullet before the lead («*افتتح …») is no part of the title.
        let characters = Array(text.drop { "*•·▪".contains($0) || $0.isWhitespace })
        var sentence = ""
        for (index, character) in characters.enumerated() {
            let isDecimalPoint =
                character == "." && index > 0 && index + 1 < characters.count && characters[index - 1].isNumber
                && characters[index + 1].isNumber
            if terminals.contains(character), !isDecimalPoint { break }
            sentence.append(character)
        }
        let words = sentence.split(whereSeparator: \.isWhitespace)
        guard words.count > standInWords else { return sentence.trimmingCharacters(in: .whitespaces) }
        let kept = words.prefix(standInWords)
        if let clause = kept.lastIndex(where: { $0.hasSuffix("،") || $0.hasSuffix(",") }), clause + 1 >= 6 {
            return kept[...clause].joined(separator: " ").dropLast().trimmingCharacters(in: .whitespaces)
        }
        return kept.joined(separator: " ") + "…"
    }

    /// The most words of a stand-in title.
    static let standInWords = 15
}
