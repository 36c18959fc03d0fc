import DossierRenderer
import Foundation
import Testing

/// The interface words live in one home (Sources/DossierRenderer/Strings/), each once; no other
/// Swift source and no script spells an Arabic word of its own.
struct UIStringsTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Folders and files whose Arabic literals are data, not interface words, and why.
    private static let arabicDataSources: [String: String] = [
        "Sources/DossierRenderer/Strings/": "the strings home itself",
        "Sources/ArabicText/": "the text engine's lexicons (proclitics, stop words, month names, folding)",
        "Sources/DossierLoader/": "the loader's detection lexicons (furniture, bylines, datelines, outlets)",
        "Sources/DossierAnalysis/Comparison/": "the comparison's stop words and light stemmer",
        "Sources/DossierAnalysis/Search/TermCollector.swift": "the search terms' letter folding",
        "Sources/DossierSite/Commentary/ArticlePageBuilder+Analysis.swift": "Arabic punctuation that ends a highlight",
        "Sources/DossierCommands/StarterFiles.swift": "the example article `dossier init` writes: content",
        "Sources/DossierModel/StarterText.swift": "the placeholders `dossier init` writes, which the loader looks for",
    ]

    /// True for a scalar of the Arabic blocks (letters, punctuation, digits, presentation forms).
    private static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    private static func containsArabic(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isArabic)
    }

    /// Every file under `folder` (relative to the repository) whose name ends with `suffix`.
    private static func files(under folder: String, endingWith suffix: String) -> [String] {
        let root = repository.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.map { folder + "/" + $0 }.sorted()
    }

    /// The lines of `path` holding Arabic outside comments, as `path:line`.
    private static func arabicCodeLines(_ path: String, skippingComments: Bool) throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            var code = Substring(line)
            if skippingComments {
                if code.trimmingCharacters(in: .whitespaces).hasPrefix("//") { return nil }
                if let comment = code.range(of: " // ") { code = code[..<comment.lowerBound] }
            }
            return containsArabic(code) ? "\(path):\(number + 1)" : nil
        }
    }

    /// Every string the templates can reach from `labels`, by its path.
    private static func strings(in value: Any, path: String = "labels") -> [(String, String)] {
        if let text = value as? String { return [(path, text)] }
        // A count's `other` is made from its `many`, not written: its written forms are the four.
        if let count = value as? ArabicCount {
            return [("one", count.one), ("two", count.two), ("few", count.few), ("many", count.many)].map {
                (path + "." + $0.0, $0.1)
            }
        }
        return Mirror(reflecting: value).children.enumerated().flatMap { index, child in
            strings(in: child.value, path: path + "." + (child.label ?? String(index)))
        }
    }

    @Test func noArabicWordIsDefinedTwice() {
        let arabic = Self.strings(in: UIStrings.arabic).filter { Self.containsArabic($0.1) }
        let paths = Dictionary(grouping: arabic, by: \.1).filter { $0.value.count > 1 }.mapValues { $0.map(\.0) }
        #expect(paths.isEmpty, "defined more than once: \(paths)")
        #expect(arabic.count > 100)
    }

    @Test func noSwiftSourceOutsideTheHomeSpellsArabic() throws {
        let sources = Self.files(under: "Sources", endingWith: ".swift")
        #expect(sources.count > 100)
        let outside = sources.filter { path in !Self.arabicDataSources.keys.contains { path.hasPrefix($0) } }
        let found = try outside.flatMap { try Self.arabicCodeLines($0, skippingComments: true) }
        #expect(found == [], "Arabic outside Sources/DossierRenderer/Strings/: move it to UIStrings")
    }

    @Test func noScriptSpellsArabic() throws {
        let scripts = Self.files(under: "Templates", endingWith: ".js")
        #expect(scripts.contains("Templates/assets/search.js"))
        let found = try scripts.flatMap { try Self.arabicCodeLines($0, skippingComments: false) }
        #expect(found == [], "scripts read their words from the page's data attributes (see search.mustache)")
    }

    @Test func noTemplateSpellsArabic() throws {
        let templates = Self.files(under: "Templates", endingWith: ".mustache")
        #expect(templates.contains("Templates/base.mustache"))
        let found = try templates.flatMap { try Self.arabicCodeLines($0, skippingComments: false) }
        #expect(found == [], "templates read their words from `labels` (UIStrings)")
    }
}
