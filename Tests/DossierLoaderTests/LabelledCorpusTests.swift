import Testing

@testable import DossierLoader

/// Detection measured against hand labels on `Fixtures/loader/labelled/` (format in its
/// README). `real/` holds excerpts of real news pages from many sites, in fourteen parts: rules
/// were tuned on A, checked on B, and C to N were added afterwards as fresh checks; `next/`
/// holds the parts collected since (O to T), measured but not yet asserted.
/// `lookalike/` holds pages written here in the shape of real ones. The figures are printed
/// per set; the thresholds are the levels issue 14 asks for, asserted on the real pages, so a
/// change that loses body text, lets furniture in or takes a wrong date fails.
@Suite struct LabelledCorpusTests {
    @Test func figuresHoldOnTheRealPages() throws {
        let pages = try LabelledPage.load("real")
        #expect(pages.count >= 24)
        for half in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"] {
            let part = pages.filter { $0.half == half }
            Self.show("Real pages, half \(half) (\(part.count) pages)", LabelledFigures.measure(part))
        }
        let figures = LabelledFigures.measure(pages)
        Self.show("Real pages, all (\(pages.count) pages)", figures)
        #expect(figures.bodyRecall >= 0.97)
        #expect(figures.leak <= 0.05)
        #expect(figures.titleShare >= 0.9)
        #expect(figures.dateShare >= 0.95)
        #expect(figures.captureDates == 0)
        #expect(figures.languagesRight == figures.pages)
    }

    @Test func realPagesAreShortExcerptsWithTheirSource() throws {
        for page in try LabelledPage.load("real") + LabelledPage.load("next") {
            #expect(page.text.utf8.count < 2000, "\(page.name) is longer than an excerpt")
            #expect(page.source.hasPrefix("http"), "\(page.name) does not name its source")
            #expect(["ar", "en", "fr"].contains(page.language), "\(page.name)")
        }
    }

    /// `next/` holds the parts measured last, before their failures are worked on: their figures
    /// are printed, and what already holds on them is asserted (no capture-time date, every
    /// language).
    @Test func figuresOnTheNextParts() throws {
        let pages = try LabelledPage.load("next")
        for half in Set(pages.map(\.half)).sorted() {
            let part = pages.filter { $0.half == half }
            Self.show("Next pages, part \(half) (\(part.count) pages)", LabelledFigures.measure(part))
        }
        let figures = LabelledFigures.measure(pages)
        Self.show("Next pages, all (\(pages.count) pages)", figures)
        #expect(figures.captureDates == 0)
        #expect(figures.languagesRight == figures.pages)
    }

    @Test func figuresHoldOnTheLookalikePages() throws {
        let pages = try LabelledPage.load("lookalike")
        let figures = LabelledFigures.measure(pages)
        Self.show("Look-alike pages (\(pages.count) pages)", figures)
        #expect(figures.bodyRecall >= 0.97)
        #expect(figures.leak <= 0.05)
        #expect(figures.titleShare >= 0.9)
        #expect(figures.datesRight == figures.pages)
        #expect(figures.languagesRight == figures.pages)
    }

    /// Prints `figures` under `title`, a line at a time: printed as one block (five kilobytes
    /// with the misses of a hundred pages), «Next pages, all» never reached the output.
    static func show(_ title: String, _ figures: LabelledFigures) {
        print(title + ":")
        for line in "  \(figures)".split(separator: "\n") { print(line) }
    }
}
