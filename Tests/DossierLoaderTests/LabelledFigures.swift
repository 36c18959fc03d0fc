import ArabicText
import DossierModel
import Foundation

@testable import DossierLoader

/// Detection measured against the hand labels of a set of `LabelledPage`s: precision and recall
/// for the body split, headline, date, outlet and language, with every miss listed.
struct LabelledFigures: CustomStringConvertible {
    var pages = 0
    /// Body lines, and those the split kept.
    var body = 0
    var bodyKept = 0
    /// Furniture lines (every label but `B`), and those the split kept as body.
    var furniture = 0
    var furnitureLeaked = 0
    /// Headlines detected (not made from the lead), and those equal to the label.
    var titlesDetected = 0
    var titlesRight = 0
    /// Pages whose expected date is a date; dates detected; detected dates that are right.
    var datesExpected = 0
    var datesDetected = 0
    var datesDetectedRight = 0
    /// Pages whose date (or its absence) is right.
    var datesRight = 0
    /// Dates taken from a capture-time line (`C`: the site's clock).
    var captureDates = 0
    var outletsExpected = 0
    var outletsDetected = 0
    var outletsRight = 0
    var languagesRight = 0
    /// Per language tag: pages expected in it, pages detected in it, and those right.
    var languageExpected: [String: Int] = [:]
    var languageDetected: [String: Int] = [:]
    var languageRightBy: [String: Int] = [:]
    var misses: [String] = []

    var bodyRecall: Double { ratio(bodyKept, body) }
    var bodyPrecision: Double { ratio(bodyKept, bodyKept + furnitureLeaked) }
    var leak: Double { ratio(furnitureLeaked, furniture) }
    var titleShare: Double { ratio(titlesRight, pages) }
    var dateShare: Double { ratio(datesRight, pages) }

    var description: String {
        let lines = [
            "body recall \(percent(bodyKept, body)) (\(bodyKept)/\(body) kept), precision \(percent(bodyKept, bodyKept + furnitureLeaked)); "
                + "furniture leaked \(percent(furnitureLeaked, furniture)) (\(furnitureLeaked)/\(furniture))",
            "headline right \(titlesRight)/\(pages) (\(percent(titlesRight, pages))); precision \(percent(titlesRight, titlesDetected)) of \(titlesDetected) detected",
            "date right \(datesRight)/\(pages) (\(percent(datesRight, pages))); precision \(percent(datesDetectedRight, datesDetected)) of \(datesDetected) detected, "
                + "recall \(percent(datesDetectedRight, datesExpected)) of \(datesExpected) expected; capture-time dates taken \(captureDates)",
            "outlet precision \(percent(outletsRight, outletsDetected)) of \(outletsDetected) detected, recall \(percent(outletsRight, outletsExpected)) of \(outletsExpected) expected",
            "language right \(languagesRight)/\(pages); "
                + Set(languageExpected.keys).union(languageDetected.keys).sorted().map { tag in
                    let right = languageRightBy[tag, default: 0]
                    return "\(tag) precision \(percent(right, languageDetected[tag, default: 0])), "
                        + "recall \(percent(right, languageExpected[tag, default: 0]))"
                }.joined(separator: "; "),
        ]
        return lines.joined(separator: "\n  ") + (misses.isEmpty ? "" : "\n    " + misses.joined(separator: "\n    "))
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(max(whole, 1)) }
    private func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "n/a" : "\(Int((ratio(part, whole) * 100).rounded()))%"
    }

    /// Measures detection on `pages`, judging dates "in the future" against a fixed day.
    static func measure(_ pages: [LabelledPage]) -> LabelledFigures {
        var figures = LabelledFigures()
        for page in pages { figures.add(page) }
        return figures
    }

    private mutating func add(_ page: LabelledPage) {
        let lines = ParagraphSplitter.lines(of: page.text, firstLine: 1)
        let split = ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
        let bodyLines = Set(split.paragraphs.map(\.line))
        let pageLines = page.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (line, label) in page.labels.sorted(by: { $0.key < $1.key }) {
            let kept = bodyLines.contains(line)
            if label == "B" {
                body += 1
                if kept {
                    bodyKept += 1
                } else {
                    misses.append("\(page.name):\(line) body lost: \(pageLines[line - 1])")
                }
            } else {
                furniture += 1
                if kept {
                    furnitureLeaked += 1
                    misses.append("\(page.name):\(line) furniture kept: \(pageLines[line - 1])")
                }
            }
        }
        let metadata = ArticleMetadata(split: split, sidecar: nil, today: PartialDate(year: 2026, month: 11, day: 30))
        pages += 1
        if metadata.provenance.title == .detected {
            titlesDetected += 1
            if metadata.title == page.title { titlesRight += 1 }
        }
        if metadata.provenance.title != .detected || metadata.title != page.title {
            misses.append("\(page.name): headline «\(metadata.title)», expected «\(page.title)»")
        }
        addDate(metadata.published.map { String($0.iso.prefix(10)) }, page: page, lines: pageLines)
        addOutlet(metadata.detectedOutlet?.name, page: page)
        languageExpected[page.language, default: 0] += 1
        languageDetected[metadata.language, default: 0] += 1
        if metadata.language == page.language {
            languagesRight += 1
            languageRightBy[page.language, default: 0] += 1
        } else {
            misses.append("\(page.name): language \(metadata.language), expected \(page.language)")
        }
    }

    private mutating func addDate(_ date: String?, page: LabelledPage, lines: [Substring]) {
        if page.date != "none" { datesExpected += 1 }
        if let date {
            datesDetected += 1
            if date == page.date { datesDetectedRight += 1 }
        }
        if (date ?? "none") == page.date {
            datesRight += 1
            return
        }
        misses.append("\(page.name): date \(date ?? "none"), expected \(page.date)")
        let clockDates = page.labels.filter { $0.value == "C" }.flatMap { line, _ in
            ArabicDateParser.dates(in: String(lines[line - 1])).filter(\.isFullDate).map {
                String(DateSupport.partialDate($0).iso.prefix(10))
            }
        }
        if let date, clockDates.contains(date) {
            captureDates += 1
            misses.append("\(page.name): date \(date) is the capture time")
        }
    }

    /// An outlet's name as compared: its word key without a leading publication kind, which a
    /// page prints in one place and leaves out in another («صحيفة صدى الشعب», «صدى الشعب»).
    private static func comparable(_ name: String) -> String {
        var words = TextLine.wordKey(name).split(separator: " ").map(String.init)
        if words.count > 1, OutletDetector.publicationKinds.contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    private mutating func addOutlet(_ name: String?, page: LabelledPage) {
        let expected = page.outlet == "none" ? nil : page.outlet
        if expected != nil { outletsExpected += 1 }
        if name != nil { outletsDetected += 1 }
        let same = name.map(Self.comparable) == expected.map(Self.comparable)
        if same, name != nil { outletsRight += 1 }
        if !same { misses.append("\(page.name): outlet «\(name ?? "none")», expected «\(expected ?? "none")»") }
    }
}
