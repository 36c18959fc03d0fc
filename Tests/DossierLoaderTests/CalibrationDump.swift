@testable import DossierLoader
import Foundation
import Testing

/// Prints per-paragraph overlap with the lead when `LOADER_DUMP=1`, to calibrate thresholds.
@Test func dumpOverlap() throws {
    guard ProcessInfo.processInfo.environment["LOADER_DUMP"] == "1" else { return }
    for folder in [FixturePaths.seeds + "/articles", FixturePaths.valid + "/articles"] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().filter { $0.hasSuffix(".txt") }
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let lines = ParagraphSplitter.lines(of: text, firstLine: 1)
            let prose = lines.filter(\.isProse)
            let lead = Set(prose.prefix(3).flatMap(\.tokens))
            print("== \(file)")
            for line in lines {
                let share = FurnitureClassifier.overlapShare(line.tokens, lead)
                print(String(format: "%4d %@ %.2f %3d ", line.line, line.isProse ? "P" : "h", share, Set(line.tokens).count) + String(line.text.prefix(50)))
            }
        }
    }
}
