import ArabicText
import DossierModel
import Foundation

/// An article's sidecar (`articles/<id>.yml`, or the front matter of `articles/<id>.md`):
/// editor-supplied values that override detection, and corrections to the furniture split.
struct Sidecar: Sendable {
    /// A quoted paragraph opening, with where the editor wrote it.
    struct Correction: Sendable, Hashable {
        let text: String
        let location: SourceLocation
    }

    /// The keys a sidecar may contain (a user contract: extend, never rename).
    static let allowedKeys = [
        "title", "outlet", "outlet_name", "outlet_evidence", "url", "published", "language", "furniture", "body",
        "title_confirmed",
    ]

    var title: String?
    /// False when `title` was made from the lead by `new article` and awaits the editor's
    /// check; nil when the key is absent (a title the editor wrote is confirmed).
    var titleConfirmed: Bool?
    /// Where `title_confirmed` is, for the reminder.
    var titleConfirmedLocation: SourceLocation?
    var outlet: String?
    var outletName: String?
    /// Where `outlet_name` is: the line a conflicting name is reported at.
    var outletNameLocation: SourceLocation?
    var outletEvidence: String?
    var url: String?
    var published: PartialDate?
    /// True for `published: unknown`: the editor says no date is known, so none is asked for.
    var publishedUnknown = false
    /// True when the sidecar has a `published:` key, even one that is not a date (an error of its own).
    var publishedWritten = false
    var language: String?
    /// Where `language` is, for a language the text contradicts.
    var languageLocation: SourceLocation?
    var furniture: [Correction] = []
    var body: [Correction] = []
    /// The sidecar file (line 1), or the key's line for values that need pointing at.
    var location: SourceLocation
    /// Where the `outlet` key is, for messages about it.
    var outletLocation: SourceLocation?

    /// Reads a parsed mapping; problems become diagnostics and the bad value is ignored.
    init(mapping: YAMLMapping, location: SourceLocation, diagnostics: inout [Diagnostic]) {
        self.location = location
        mapping.checkKeys(allowed: Sidecar.allowedKeys, in: "the article sidecar", diagnostics: &diagnostics)
        let reported = diagnostics.count
        title = mapping.string("title", diagnostics: &diagnostics).flatMap(Sidecar.nonEmpty)
        // `title: ""` reads as if it set the title, and silently did not.
        if title == nil, diagnostics.count == reported, let field = mapping.field("title") {
            diagnostics.append(
                .warning(
                    .badValue, "`title` is empty, so the title detected in the text is used", at: field.location,
                    fix: "Write the article's title after `title:`, or delete the line."))
        }
        titleConfirmed = mapping.boolean("title_confirmed", diagnostics: &diagnostics)
        titleConfirmedLocation = mapping.field("title_confirmed")?.location
        outletName = mapping.string("outlet_name", diagnostics: &diagnostics).flatMap(Sidecar.nonEmpty)
        outletNameLocation = mapping.field("outlet_name")?.location
        outletEvidence = mapping.string("outlet_evidence", diagnostics: &diagnostics).flatMap(Sidecar.nonEmpty)
        url = mapping.webAddress("url", diagnostics: &diagnostics)
        if let text = mapping.string("language", diagnostics: &diagnostics).flatMap(Sidecar.nonEmpty),
            let field = mapping.field("language")
        {
            language = Sidecar.languageTag(text, at: field.location, diagnostics: &diagnostics)
            languageLocation = field.location
        }
        if let outlet = mapping.string("outlet", diagnostics: &diagnostics), let field = mapping.field("outlet") {
            outletLocation = field.location
            if outlet == "unknown" || Identifier.isValid(outlet) {
                self.outlet = outlet
            } else {
                diagnostics.append(
                    .error(
                        .badID, "outlet `\(outlet)` is not a valid id", at: field.location,
                        fix:
                            "Use an ASCII id such as `al-jazeera` (\(Identifier.rule)), or `unknown`."
                    ))
            }
        }
        if let text = mapping.string("published", diagnostics: &diagnostics), let field = mapping.field("published") {
            publishedWritten = true
            publishedUnknown = text.trimmingCharacters(in: .whitespaces) == "unknown"
            let forms =
                "Write 2024, 2024-10, 2024-10-25, 2024-10-25T18:53 or 2024-10-25T18:53+03:00, or `unknown` when no date is known."
            if !publishedUnknown {
                switch DateSupport.editorDate(
                    text, key: "published", years: DateSupport.publicationYears, at: field.location, forms: forms)
                {
                case .success(let date): published = date
                case .failure(let problem): diagnostics.append(problem)
                }
            }
        }
        furniture = (mapping.stringList("furniture", diagnostics: &diagnostics) ?? []).map {
            Correction(text: $0.text, location: $0.location)
        }
        body = (mapping.stringList("body", diagnostics: &diagnostics) ?? []).map {
            Correction(text: $0.text, location: $0.location)
        }
    }

    /// The BCP 47 tag `text` spells, or nil with an error that suggests the tag meant.
    static func languageTag(_ text: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> String? {
        switch LanguageTag.check(text) {
        case .valid(let canonical): return canonical
        case .invalid(let suggestion):
            let fix =
                suggestion.map { "Write `language: \($0)`." }
                ?? "Write a BCP 47 language tag such as `ar`, `en`, `fr` or `en-GB`."
            diagnostics.append(
                .error(.badLanguage, "`language: \(text)` is not a BCP 47 language tag", at: location, fix: fix))
            return nil
        }
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
