import DossierModel

/// File stems used as ids: ASCII, because they become URL path segments.
enum Identifier {
    /// The longest id: it names output files (`data/articles/<id>.json`), and a file name may
    /// have at most 255 bytes.
    static let maximumLength = 200

    /// `isValid`'s rule, for the messages that refuse an id.
    static let rule =
        "at most \(maximumLength) lower-case ASCII letters, digits, `-` and `_`, beginning with a letter or a digit"

    /// True for `[a-z0-9][a-z0-9_-]*` of at most `maximumLength` characters.
    static func isValid(_ id: String) -> Bool {
        guard id.utf8.count <= maximumLength, let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The file name without folders and without its last extension.
    static func stem(of relativePath: String) -> String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The last extension, lower-cased, without the dot.
    static func fileExtension(of relativePath: String) -> String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// The diagnostic for a file whose stem is not a valid id.
    static func invalidDiagnostic(stem: String, path: String) -> Diagnostic {
        let nonASCII = stem.unicodeScalars.contains { !$0.isASCII }
        let why =
            nonASCII
            ? "contains non-ASCII characters"
            : stem.utf8.count > maximumLength
                ? "is longer than \(maximumLength) characters" : "must match [a-z0-9][a-z0-9_-]*"
        return .error(
            .badID, "file name `\(stem)` is not a valid id: it \(why); the file is skipped",
            at: SourceLocation(path: path),
            fix:
                "Rename the file to \(rule) (for example `musk-putin`); Arabic names go inside the file."
        )
    }
}
