import DossierModel

/// Text made safe to print on a terminal: what a file name or a quoted passage may carry and a
/// terminal would act on is written out visibly, Swift style (`\u{1B}`). That is the control
/// characters (C0 but tab, DEL and C1: they move the cursor, change colours, ring, or break a
/// line and forge the next), and the bidi embeddings, overrides and isolates (U+202A–202E,
/// U+2066–2069: they reorder the rest of the line). The marks Arabic text often carries
/// (U+200E, U+200F, U+061C) only set the direction of their neighbours and are kept.
enum TerminalText {
    /// `text` with every such character escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` with every such character escaped but the line breaks, which stay: for reports
    /// that print an article's lines (`check --article`, `mentions`, `new article`'s sidecar).
    static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
            .joined(separator: "\n")
    }

    /// A diagnostic as `Diagnostic.description` prints it, its path, message and fix escaped
    /// (the line break before `fix:` is the format's own).
    static func describe(_ diagnostic: Diagnostic) -> String {
        var shown = diagnostic
        shown.message = escaped(diagnostic.message)
        shown.fix = diagnostic.fix.map(escaped)
        shown.location?.path = escaped(diagnostic.location?.path ?? "")
        return shown.description
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
