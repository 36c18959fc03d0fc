import DossierAnalysis
import DossierModel
import Foundation

/// The anchored notes as a W3C Web Annotation collection: `data/annotations.jsonld`.
///
/// One `AnnotationCollection` with a single embedded `AnnotationPage` (notes per dossier are
/// few enough). Each note becomes an `Annotation` whose body is the note's Markdown
/// (`TextualBody`, `text/markdown`) and whose target is the article page with two alternative
/// selectors over the article's `bodyText` in code points (docs/arabic-text-engine.md §9): a
/// `TextQuoteSelector` (exact + 32 code points of prefix/suffix) and a `TextPositionSelector`.
/// Orphaned notes are left out. No timestamps, so output is byte-identical across runs.
///
/// Motivation (Web Annotation Data Model §3.3.5): `editing` for `kind: correction` (the note
/// requests a change to the passage), `assessing` for `kind: discrepancy` (it judges the
/// passage against other coverage), `commenting` for every other kind.
public enum WebAnnotationExport {
    /// The JSON-LD context of the Web Annotation Data Model.
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    /// Encodes the collection; `articleURL` gives an article page's URL from its id (absolute
    /// when the dossier has a `base_url`, relative to the collection's file otherwise).
    public static func encode(_ analyzed: AnalyzedDossier, articleURL: (String) -> String) -> [UInt8] {
        document(analyzed, articleURL: articleURL).encoded()
    }

    /// The collection as a JSON value (exposed for tests).
    public static func document(_ analyzed: AnalyzedDossier, articleURL: (String) -> String) -> JSONValue {
        let base = SiteURL.normalizedBase(analyzed.dossier.config.baseURL)
        let collectionID = base.map { $0 + "/data/annotations.jsonld" } ?? "urn:dossier:annotations"
        let language = analyzed.dossier.config.language
        let items = analyzed.notes.compactMap { note -> JSONValue? in
            guard let anchor = note.anchor else { return nil }
            let id = base.map { "\($0)/data/annotations.jsonld#note-\(note.id)" } ?? "urn:dossier:note:\(note.id)"
            return .object([
                "id": .string(id),
                "type": .string("Annotation"),
                "motivation": .string(motivation(forKind: note.note.kind)),
                "body": .object([
                    "type": .string("TextualBody"), "value": .string(note.note.body.text),
                    "format": .string("text/markdown"),
                    "language": .string(language), "textDirection": .string(direction(of: language)),
                ]),
                "target": .object([
                    "source": .string(articleURL(anchor.article)),
                    "selector": .array([
                        .object([
                            "type": .string("TextQuoteSelector"), "exact": .string(anchor.selector.exact),
                            "prefix": .string(anchor.selector.prefix), "suffix": .string(anchor.selector.suffix),
                        ]),
                        .object([
                            "type": .string("TextPositionSelector"), "start": .int(anchor.range.lowerBound),
                            "end": .int(anchor.range.upperBound),
                        ]),
                    ]),
                ]),
            ])
        }
        return .object([
            "@context": .string(context),
            "id": .string(collectionID),
            "type": .string("AnnotationCollection"),
            "label": .string(analyzed.dossier.config.title),
            "total": .int(items.count),
            "first": .object([
                "id": .string(collectionID + (base == nil ? ":page:1" : "#page-1")),
                "type": .string("AnnotationPage"),
                "startIndex": .int(0),
                "items": .array(items),
            ]),
        ])
    }

    /// The Web Annotation motivation for a note kind (see the type's documentation).
    public static func motivation(forKind kind: String) -> String {
        switch kind {
        case "correction": return "editing"
        case "discrepancy": return "assessing"
        default: return "commenting"
        }
    }

    /// `rtl` for right-to-left languages, `ltr` otherwise.
    static func direction(of language: String) -> String {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? language
        return ["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"].contains(primary) ? "rtl" : "ltr"
    }
}
