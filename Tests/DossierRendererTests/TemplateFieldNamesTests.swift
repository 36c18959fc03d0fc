import Foundation
import Testing

@testable import DossierRenderer

/// `TemplateFieldNames.all`, the names templates may use, is made from the `case "…":` labels of
/// every model's `child(named:)` switch (`DOSSIER_RECORD_FIELDS=1` rewrites its file), so a field
/// added to a model cannot be warned about as unknown, nor a removed one pass.
struct TemplateFieldNamesTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")
    private static let listFile = sources.appendingPathComponent(
        "DossierRenderer/Templating/TemplateFieldNames.swift")

    /// Every Swift file under Sources/, by path relative to it, with its text.
    private static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        var files: [(String, String)] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            files.append((path, try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The labels of the `case "…":` lines of every `+TemplateParent.swift` file, sorted.
    private static func answeredNames() throws -> [String] {
        let labels = try swiftFiles().filter { $0.path.hasSuffix("+TemplateParent.swift") }.flatMap { file in
            file.text.split(separator: "\n").compactMap { line -> String? in
                let line = line.trimmingCharacters(in: .whitespaces)
                guard line.hasPrefix("case \""), let end = line.dropFirst(6).firstIndex(of: "\"") else { return nil }
                return String(line[line.index(line.startIndex, offsetBy: 6)..<end])
            }
        }
        return Set(labels).sorted()
    }

    /// The list's file as made from `names`.
    private static func listSource(_ names: [String]) -> String {
        """
        // Made by TemplateFieldNamesTests from the `case "…":` labels of every `+TemplateParent.swift`
        // file; after adding, renaming or removing a model's field, run the tests with
        // DOSSIER_RECORD_FIELDS=1 to write it again.

        /// Every name some page model answers in `child(named:)`: what `TemplateFieldCheck` takes
        /// a template's names to be.
        enum TemplateFieldNames {
            static let all: Set<String> = [
        \(names.map { "        \"\($0)\"," }.joined(separator: "\n"))
            ]
        }

        """
    }

    @Test func theListIsMadeFromEveryModelsSwitch() throws {
        let expected = Self.listSource(try Self.answeredNames())
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_FIELDS"] == "1" {
            try expected.write(to: Self.listFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.listFile, encoding: .utf8)
        #expect(
            actual == expected, "TemplateFieldNames.swift is out of date: run the tests with DOSSIER_RECORD_FIELDS=1")
        #expect(TemplateFieldNames.all.contains("contentHTML"))
    }

    /// The list is only as good as the files it is read from: every switch templates read
    /// through is in a `+TemplateParent.swift` file.
    @Test func everyModelsSwitchIsInATemplateParentFile() throws {
        let elsewhere = try Self.swiftFiles().filter {
            $0.text.contains("func child(named name: String) -> (any TemplateValue)? {")
                && !$0.path.hasSuffix("+TemplateParent.swift")
        }
        #expect(elsewhere.map(\.path) == [])
    }
}
