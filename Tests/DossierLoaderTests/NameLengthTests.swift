import DossierLoader
import DossierModel
import Foundation
import Testing

/// A name or title longer than any (a whole text pasted after `title:`) is an error at its
/// line: it would be shown whole wherever what it names is listed (an 880 kB sidecar title and
/// 20 actors made a 32 MB site). A long real headline is read as it is.
struct NameLengthTests {
    /// `text` with the value of `key:` on the line opening with it replaced by `value`.
    private func replacing(_ key: String, with value: String, in text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(key + ":") ? key + ": " + value : String(line)
        }.joined(separator: "\n")
    }

    @Test(arguments: [
        ("articles/book-fair.yml", "title"), ("articles/book-fair.yml", "outlet_name"),
        ("actors/united-nations.md", "name"), ("dossier.yml", "title"),
    ])
    func aNameLongerThanAnyIsAnErrorAtItsLine(path: String, key: String) throws {
        let (folder, source) = try FixturePaths.copyOfValid("name-length")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = URL(fileURLWithPath: source + "/" + path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let long = String(repeating: "عنوان ", count: 300)
        try replacing(key, with: long, in: text).write(to: url, atomically: true, encoding: .utf8)
        let result = try DossierLoader.load(sourceFolder: source)
        let errors = result.diagnostics.filter { $0.code == .nameTooLong }
        #expect(errors.count == 1, "\(result.diagnostics)")
        let error = try #require(errors.first)
        #expect(error.severity == .error)
        #expect(error.location?.path == url.path)
        let keyLine = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(key + ":") })
        #expect(error.location?.line == keyLine + 1)
        #expect(error.message.contains("`\(key)` has \(long.trimmingCharacters(in: .whitespaces).count) characters"))
    }

    @Test func aLongHeadlineIsRead() throws {
        let (folder, source) = try FixturePaths.copyOfValid("name-length")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = URL(fileURLWithPath: source + "/articles/book-fair.yml")
        let headline = String(repeating: "معرض الرياض الدولي للكتاب يفتح أبوابه، ", count: 24)
            .trimmingCharacters(in: .whitespaces)
        #expect(headline.count <= 1_000)
        let text = try String(contentsOf: url, encoding: .utf8)
        try replacing("title", with: headline, in: text).write(to: url, atomically: true, encoding: .utf8)
        let result = try DossierLoader.load(sourceFolder: source)
        #expect(!result.diagnostics.contains { $0.code == .nameTooLong }, "\(result.diagnostics)")
        #expect(result.dossier.articles.first { $0.id == "book-fair" }?.title == headline)
    }
}
