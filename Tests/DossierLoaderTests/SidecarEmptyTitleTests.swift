import DossierLoader
import DossierModel
import Foundation
import Testing

/// A sidecar's `title:` given as an empty or blank text does not set the title: it says so, at
/// its line, instead of letting the detected title through without a word. (`title:` with no
/// value at all is YAML's null, as if the key were absent.)
struct SidecarEmptyTitleTests {
    @Test(arguments: ["\"\"", "\"   \""])
    func anEmptyTitleIsAWarningAtItsLine(value: String) throws {
        let (folder, source) = try FixturePaths.copyOfValid("title")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sidecar = source + "/articles/book-fair.yml"
        let text = try String(contentsOfFile: sidecar, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "title: معرض الرياض الدولي للكتاب يفتح أبوابه", with: "title: \(value)").utf8
        ).write(to: URL(fileURLWithPath: sidecar))
        let result = try DossierLoader.load(sourceFolder: source)
        let warnings = result.diagnostics.filter { $0.message.contains("`title` is empty") }
        #expect(warnings.map(\.severity) == [.warning], "\(result.diagnostics)")
        #expect(warnings.first?.location?.line == 1)
        #expect(warnings.first?.location?.path.hasSuffix("articles/book-fair.yml") == true)
    }
}
