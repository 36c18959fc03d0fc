import DossierModel
import Foundation
import Testing

/// The diagnostic codes: documented one by one, and listed in docs/diagnostics.md, which is made
/// from the enum's source (`DOSSIER_RECORD_CODES=1` rewrites it) so the two cannot drift apart.
struct DiagnosticCodeTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let enumSource = repository.appendingPathComponent("Sources/DossierModel/Diagnostic+Code.swift")
    private static let document = repository.appendingPathComponent("docs/diagnostics.md")

    /// One case of the enum as written in its source: its section, doc comment and raw value.
    private struct Entry: Equatable {
        let section: String
        let meaning: String
        let code: String
    }

    /// Every case of the enum source, in order; a case without a one-line doc comment has an empty meaning.
    private static func entries() throws -> [Entry] {
        let lines = try String(contentsOf: enumSource, encoding: .utf8).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var entries: [Entry] = []
        var section = ""
        var doc = ""
        for line in lines {
            if line.hasPrefix("/// ") {
                // A doc comment over several lines is one meaning.
                doc += (doc.isEmpty ? "" : " ") + line.dropFirst(4)
            } else if line.hasPrefix("// ") {
                section = String(line.dropFirst(3).dropLast(line.hasSuffix(".") ? 1 : 0))
            } else if line.hasPrefix("case "), let quote = line.firstIndex(of: "\"") {
                let code = line[line.index(after: quote)...].dropLast()
                entries.append(Entry(section: section, meaning: doc, code: String(code)))
                doc = ""
            } else if !line.isEmpty {
                doc = ""
            }
        }
        return entries
    }

    /// docs/diagnostics.md as made from `entries`.
    private static func markdown(_ entries: [Entry]) -> String {
        var text = """
            # Diagnostic codes

            Every problem dossier reports carries one of these codes, in brackets
            (`error: [yaml-syntax] …`) and in the `code` field of `--format json`. The codes are stable:
            scripts may match on them. This list is made from `Diagnostic.Code`
            (Sources/DossierModel/Diagnostic+Code.swift); a test keeps the two in step.

            """
        var section: String?
        for entry in entries {
            if entry.section != section {
                section = entry.section
                text += "\n## \(entry.section)\n\n| code | meaning |\n|---|---|\n"
            }
            text += "| `\(entry.code)` | \(entry.meaning.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return text
    }

    @Test func everyCaseHasAOneLineDocComment() throws {
        let entries = try Self.entries()
        #expect(entries.map(\.code) == Diagnostic.Code.allCases.map(\.rawValue))
        #expect(entries.filter { $0.meaning.isEmpty }.map(\.code) == [])
        #expect(entries.filter { $0.section.isEmpty }.map(\.code) == [])
    }

    @Test func codesAreLowercaseWordsJoinedByHyphens() {
        let bad = Diagnostic.Code.allCases.map(\.rawValue).filter { code in
            code.split(separator: "-", omittingEmptySubsequences: false).contains { word in
                word.isEmpty || !word.allSatisfy { $0.isASCII && $0.isLowercase }
            }
        }
        #expect(bad == [])
    }

    @Test func theDocumentListsEveryCode() throws {
        let expected = Self.markdown(try Self.entries())
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_CODES"] == "1" {
            try expected.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(actual == expected, "docs/diagnostics.md is out of date: run the tests with DOSSIER_RECORD_CODES=1")
    }

    @Test func theCodeIsPrintedAndEncodedAsItsRawValue() throws {
        let diagnostic = Diagnostic.error(.yamlSyntax, "bad", at: SourceLocation(path: "a.yml"))
        #expect(diagnostic.description == "a.yml:1:1: error: [yaml-syntax] bad")
        let json = String(decoding: try JSONEncoder().encode(diagnostic.code), as: UTF8.self)
        #expect(json == #""yaml-syntax""#)
        #expect(try JSONDecoder().decode(Diagnostic.Code.self, from: Data(json.utf8)) == .yamlSyntax)
    }
}
