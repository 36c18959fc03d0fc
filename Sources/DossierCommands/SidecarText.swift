import DossierLoader
import DossierModel

/// The sidecar `dossier new article` writes: detected values as keys, each with a comment
/// saying where it came from, and comments for what was not found.
enum SidecarText {
    /// The YAML text for `detection` of the file named `inputName`; `knownOutlet` is the
    /// dossier's outlet the page names, if any (`KnownOutlets`).
    static func render(
        _ detection: ArticleDetection, knownOutlet: KnownOutlets.Match? = nil, inputName: String
    ) -> String {
        var lines = [
            "# Imported from \(inputName) by `dossier new article` (\(detection.encoding): \(detection.encodingNote)).",
            "# Every value below was detected; check it against the text, correct it or delete it.",
            "# Detection kept \(detection.bodyParagraphCount) body paragraphs and removed \(detection.furnitureCount) furniture lines.",
        ]
        if let title = detection.title {
            lines.append("# The headline line of the page:")
            lines.append("title: " + quoted(title))
        } else if let lead = detection.leadTitle, !lead.isEmpty {
            lines.append("# No headline was found; the lead's first sentence stands in. Check it, correct it,")
            lines.append("# then write `title_confirmed: true`: until then `check` lists this article.")
            lines.append("title: " + quoted(lead))
            lines.append("title_confirmed: false")
        } else {
            lines.append("# No headline was found and there is no lead to stand in. Add `title:`.")
        }
        if detection.language.isUndetermined {
            lines.append("# The language could not be told (\(detection.language.evidence)):")
            lines.append("# add `language: <tag>` (e.g. ar, en, fr).")
        } else {
            lines.append("# From the script and function words (\(detection.language.evidence)):")
            lines.append("language: " + detection.language.tag)
        }
        for warning in detection.dateWarnings { lines.append("# Warning: " + warning + ".") }
        if let published = detection.published {
            lines.append("# From the byline or the page header:")
            lines.append("published: " + published.iso)
        } else {
            lines.append(
                "# No publication date was found; add `published:` (e.g. 2024-10-25) if the page gives one, or `published: unknown`."
            )
        }
        if let known = knownOutlet {
            lines.append("# An outlet of this dossier («\(known.name)»), named by the page:")
            lines.append("outlet: " + known.id)
            lines.append("outlet_evidence: " + quoted(known.evidence))
        } else if let outletID = detection.outletID, let evidence = detection.outletEvidence {
            lines.append("# From the page's own credit:")
            lines.append("outlet: " + outletID)
            if let name = detection.outletName { lines.append("outlet_name: " + quoted(name)) }
            lines.append("outlet_evidence: " + quoted(evidence))
        } else if let name = detection.outletName, let evidence = detection.outletEvidence,
            let madeID = OutletID.made(fromName: name)
        {
            lines.append("# From the page's own credit, in Arabic only; the id is its letters in ASCII:")
            lines.append("outlet: " + madeID)
            lines.append("outlet_name: " + quoted(name))
            lines.append("outlet_evidence: " + quoted(evidence))
        } else if let name = detection.outletName, let evidence = detection.outletEvidence {
            lines.append("# The page names «\(name)» as its outlet but gives no Latin name to make an id from:")
            lines.append("#   \(evidence)")
            lines.append("# Add `outlet: <ascii-id>` and `outlet_name: \(quoted(name))`.")
        } else {
            lines.append("# No outlet was found; add `outlet: <id>` (or `outlet: unknown` with `outlet_evidence:`).")
        }
        if !detection.furniture.isEmpty {
            lines.append("# Removed from the body (line, why): list the first words of one under `body:` to keep it.")
            for item in detection.furniture {
                lines.append("#   " + RemovedLine.describe(item))
            }
        }
        return printable(lines.map(oneLine).joined(separator: "\n") + "\n")
    }

    /// `line` with the characters YAML reads as line breaks (line feed, carriage return, NEL,
    /// the Unicode line and paragraph separators) made spaces: a file named «new⏎line.txt» or a
    /// page's line holding U+2028 must not end a comment early and leave the rest to be read
    /// as YAML.
    static func oneLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { lineBreaks.contains($0) }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { lineBreaks.contains($0) ? " " : $0 }))
    }

    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// `text` without the characters YAML refuses anywhere in a file, comments included:
    /// control characters other than tab and line feed (a page's «\u{1B}[2J»), DEL and the C1
    /// controls but NEL, and the noncharacters U+FFFE and U+FFFF.
    static func printable(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x20...0x7E, 0x85, 0xA0...0xFFFD, 0x10000...: kept.append(scalar)
            default: continue
            }
        }
        return String(kept)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
