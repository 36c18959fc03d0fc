import ArabicText
import Foundation

/// Mention-finder throughput, 500 entities vs 5: run with
/// `swift run -c release --scratch-path /work/build-bench` from `Benchmarks/`.
/// The text is the seed articles concatenated until it reaches the target size.

let seedsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../seeds/articles").standardizedFileURL
let targetBytes = 4 * 1024 * 1024

func loadCorpus() throws -> String {
    let files = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
        .filter { $0.hasSuffix(".txt") }.sorted()
    let texts = try files.map { try String(contentsOf: seedsDirectory.appendingPathComponent($0), encoding: .utf8) }
    let joined = ArabicNormalizer.displayText(texts.joined(separator: "\n\n"))
    var corpus = ""
    while corpus.utf8.count < targetBytes { corpus += joined + "\n\n" }
    return corpus
}

let realEntities: [GazetteerEntity] = [
    GazetteerEntity(id: "putin", strongAliases: ["فلاديمير بوتين", "بوتين", "بوتن"]),
    GazetteerEntity(id: "musk", strongAliases: ["إيلون ماسك"], weakAliases: ["ماسك"]),
    GazetteerEntity(id: "trump", strongAliases: ["دونالد ترامب", "ترامب", "ترمب"]),
    GazetteerEntity(id: "kremlin", strongAliases: ["الكرملين"]),
    GazetteerEntity(id: "starlink", strongAliases: ["ستارلينك", "Starlink"]),
]

/// Deterministic Arabic-looking names (a linear congruential generator, no randomness between runs).
func syntheticEntities(count: Int) -> [GazetteerEntity] {
    let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    func word() -> String { String((0..<(4 + next(4))).map { _ in letters[next(letters.count)] }) }
    return (0..<count).map { index in
        let first = word()
        let last = word()
        return GazetteerEntity(
            id: "synthetic-\(index)", strongAliases: ["\(first) \(last)", "ال" + last], weakAliases: [last])
    }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func measure(_ name: String, entities: [GazetteerEntity], text: String) {
    let finder = MentionFinder(gazetteer: Gazetteer(entities: entities))
    let megabytes = Double(text.utf8.count) / 1_048_576
    var rates: [Double] = []
    var found = 0
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        found = finder.mentions(in: text).count
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rates.append(megabytes / seconds)
    }
    print(String(format: "%@: %d entities, %.1f MB, %d mentions, median %.2f MB/s (runs: %@)",
        name, entities.count, megabytes, found, median(rates),
        rates.map { String(format: "%.2f", $0) }.joined(separator: ", ")))
}

do {
    let corpus = try loadCorpus()
    measure("5 entities", entities: realEntities, text: corpus)
    measure("500 entities", entities: realEntities + syntheticEntities(count: 495), text: corpus)
} catch {
    print("cannot read seeds: \(error)")
}
