import DossierAnalysis
import DossierModel
import DossierRenderer
import Foundation

/// The anchored notes as a W3C Web Annotation collection: `data/annotations.jsonld`.
///
/// One `AnnotationCollection` with a single embedded `AnnotationPage` (notes per dossier are
/// few enough). Each note becomes an `Annotation` whose body is the note's Markdown
/// (`TextualBody`, `text/markdown`) and whose target is the passage on the article page
/// (`selectors(of:)`), in code points (docs/arabic-text-engine.md §9).
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
                    "source": .string(articleURL(anchor.article)), "selector": .array(selectors(of: anchor)),
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

    /// The passage on the article page. The page's text holds more than the article's (the
    /// menu, the title, notes' cards), so positions count inside the paragraph, named by its
    /// element id (`FragmentSelector`, `p-3`, refined by a `TextPositionSelector`), and a quote
    /// keeps its prefix and suffix to its own paragraph, as the page puts another element
    /// between two. A passage over several paragraphs is a `RangeSelector` from its start in
    /// the first to its end in the last (a selection runs up to the end selector's start). A
    /// passage of the headline is selected the same way in the title's element (`headline`).
    static func selectors(of anchor: PassageAnchor) -> [JSONValue] {
        func inElement(_ id: String, _ range: Range<Int>) -> JSONValue {
            .object([
                "type": .string("FragmentSelector"), "conformsTo": .string("http://tools.ietf.org/rfc/rfc3236"),
                "value": .string(id),
                "refinedBy": .object([
                    "type": .string("TextPositionSelector"), "start": .int(range.lowerBound),
                    "end": .int(range.upperBound),
                ]),
            ])
        }
        func inParagraph(_ index: Int, _ range: Range<Int>) -> JSONValue {
            inElement(SiteRoutes.paragraphID(index + 1), range)
        }
        let quote = JSONValue.object([
            "type": .string("TextQuoteSelector"), "exact": .string(anchor.selector.exact),
            "prefix": .string(anchor.selector.prefix.components(separatedBy: Article.paragraphSeparator).last ?? ""),
            "suffix": .string(anchor.selector.suffix.components(separatedBy: Article.paragraphSeparator).first ?? ""),
        ])
        if anchor.inTitle { return [quote, inElement(SiteRoutes.titleID, anchor.range)] }
        guard let first = anchor.spans.first, let last = anchor.spans.last else { return [] }
        guard anchor.spans.count == 1 else {
            let end = last.range.upperBound
            return [
                .object([
                    "type": .string("RangeSelector"), "startSelector": inParagraph(first.paragraphIndex, first.range),
                    "endSelector": inParagraph(last.paragraphIndex, end..<end),
                ])
            ]
        }
        return [quote, inParagraph(first.paragraphIndex, first.range)]
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
        TextDirection.isRightToLeft(language) ? "rtl" : "ltr"
    }
}
