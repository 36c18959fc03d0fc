import DossierModel
import Yams

extension DossierLoader {
    /// Reads `timeline.yml`: `events:`, each with `date`, `title` and either `article` + `quote`
    /// or `sources: [{article, quote}]`. Cross-references are checked by the analyzer.
    static func readTimeline(_ folder: SourceFolder, diagnostics: inout [Diagnostic]) -> [TimelineEvent] {
        let relativePath = "timeline.yml"
        let path = folder.displayPath(relativePath)
        guard folder.fileExists(relativePath),
            let text = TextFile.read(relativePath, in: folder, limit: .timeline, diagnostics: &diagnostics),
            let root = YAMLMapping.parse(text, path: path, firstLine: 1, diagnostics: &diagnostics)
        else { return [] }
        root.checkKeys(allowed: ["events"], in: "timeline.yml", diagnostics: &diagnostics)
        guard let field = root.field("events") else { return [] }
        guard case .sequence(let sequence) = field.value else {
            diagnostics.append(
                .error(
                    .wrongType, "`events` must be a list of events", at: field.location,
                    fix: "Write each event as a `- date: …` item under `events:`."))
            return []
        }
        var events: [TimelineEvent] = []
        for (number, node) in sequence.enumerated() {
            guard
                let event = YAMLMapping(
                    node: node, path: path, firstLine: 1, what: "event \(number + 1)", diagnostics: &diagnostics)
            else { continue }
            if let parsed = readEvent(event, diagnostics: &diagnostics) { events.append(parsed) }
        }
        return events
    }

    private static func readEvent(_ event: YAMLMapping, diagnostics: inout [Diagnostic]) -> TimelineEvent? {
        event.checkKeys(
            allowed: ["date", "title", "article", "quote", "sources", "actors", "topics"], in: "a timeline event",
            diagnostics: &diagnostics)
        var valid = true
        var date: PartialDate?
        if let text = event.string("date", diagnostics: &diagnostics), let field = event.field("date") {
            switch DateSupport.editorDate(
                text, key: "date", years: DateSupport.timelineYears, at: field.location,
                forms: "Write 2024, 2024-10 or 2024-10-25.")
            {
            case .success(let parsed): date = parsed
            case .failure(let problem):
                valid = false
                diagnostics.append(problem)
            }
        } else if event.field("date") == nil {
            valid = false
            missing("date", event, &diagnostics)
        }
        var title = event.string("title", diagnostics: &diagnostics)
        if title == nil, event.field("title") == nil { missing("title", event, &diagnostics) }
        // An empty title would be an empty heading on the timeline.
        if let text = title, text.allSatisfy(\.isWhitespace), let field = event.field("title") {
            diagnostics.append(
                .error(
                    .missingKey, "the timeline entry's `title` is empty", at: field.location,
                    fix: "Write what happened after `title:`."))
            title = nil
        }
        var sources: [PassageReference] = []
        let reported = diagnostics.count
        let article = event.string("article", diagnostics: &diagnostics)
        let quote = event.string("quote", diagnostics: &diagnostics)
        if let article, let quote, namesAPassage(quote, in: event, &diagnostics) {
            sources.append(PassageReference(article: article, quote: quote))
        }
        if (article == nil) != (quote == nil) {
            missing(article == nil ? "article" : "quote", event, &diagnostics)
        }
        if let field = event.field("sources") {
            sources += readSources(
                field, path: event.location.path, firstLine: event.firstLine, diagnostics: &diagnostics)
        }
        // An event without a passage is reported once: by the analysis (`timeline-source-missing`)
        // when it names none, here when what it names is refused (it is then left out).
        if sources.isEmpty, diagnostics[reported...].contains(where: { $0.severity == .error }) { valid = false }
        guard valid, let date, let title else { return nil }
        // A passage, actor or topic named twice (`article` + `quote` and again in `sources`) is
        // shown once.
        return TimelineEvent(
            date: date, title: title, sources: distinct(sources),
            actors: distinct((event.stringList("actors", diagnostics: &diagnostics) ?? []).map(\.text)),
            topics: distinct((event.stringList("topics", diagnostics: &diagnostics) ?? []).map(\.text)),
            location: event.location,
            keyLines: Dictionary(
                ["actors", "topics"].compactMap { key in event.field(key).map { (key, $0.location.line) } },
                uniquingKeysWith: { first, _ in first }))
    }

    private static func readSources(
        _ field: YAMLMapping.Field, path: String, firstLine: Int, diagnostics: inout [Diagnostic]
    ) -> [PassageReference] {
        guard case .sequence(let sequence) = field.value else {
            diagnostics.append(
                .error(
                    .wrongType, "`sources` must be a list of `{article, quote}`", at: field.location,
                    fix: "Write `sources: [{article: …, quote: …}]`."))
            return []
        }
        var references: [PassageReference] = []
        for (number, node) in sequence.enumerated() {
            guard
                let source = YAMLMapping(
                    node: node, path: path, firstLine: firstLine, what: "source \(number + 1)",
                    diagnostics: &diagnostics)
            else { continue }
            source.checkKeys(allowed: ["article", "quote"], in: "a timeline source", diagnostics: &diagnostics)
            let article = source.string("article", diagnostics: &diagnostics)
            let quote = source.string("quote", diagnostics: &diagnostics)
            if article == nil { missing("article", source, &diagnostics) }
            if quote == nil { missing("quote", source, &diagnostics) }
            if let article, let quote, namesAPassage(quote, in: source, &diagnostics) {
                references.append(PassageReference(article: article, quote: quote))
            }
        }
        return references
    }

    /// Whether `quote`, of `mapping`, names a passage (`PassageQuote`); an error when not.
    private static func namesAPassage(_ quote: String, in mapping: YAMLMapping, _ diagnostics: inout [Diagnostic])
        -> Bool
    {
        if PassageQuote.namesAPassage(quote) { return true }
        diagnostics.append(
            PassageQuote.diagnostic(
                for: quote, of: "the timeline entry", at: mapping.field("quote")?.location ?? mapping.location))
        return false
    }

    /// `values` without repeats, in first-seen order.
    private static func distinct<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }

    private static func missing(_ key: String, _ mapping: YAMLMapping, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(
            .error(
                .missingKey, "the timeline entry has no `\(key)`", at: mapping.location, fix: "Add `\(key): …` to it."
            ))
    }
}
