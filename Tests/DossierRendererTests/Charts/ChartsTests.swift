import Foundation
import Testing

@testable import DossierRenderer

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects elements and attributes of an SVG document (test helper; XMLParser needs a class).
final class SVGCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String] = []
    private var current = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((name, attributes))
        current = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" || name == "desc" { texts.append(current) }
        current = ""
    }

    /// Parses `svg`; nil when it is not well-formed XML.
    static func parse(_ svg: String) -> SVGCollector? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGCollector()
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
}

private func number(_ value: String?) -> Double { Double(value ?? "") ?? .nan }

let barData = BarChartData(
    id: "mentions", title: "الإشارات حسب المنفذ", description: "عدد مرات ذكر كل فاعل في كل منفذ",
    series: ["الحرة", "إرم نيوز", "الشرق & <شركاه>"],
    groups: [
        .init(label: "إيلون ماسك", url: "../actors/elon-musk/index.html", values: [12, 7, 3]),
        .init(label: "فلاديمير بوتين", url: "../actors/vladimir-putin/index.html", values: [9, 0, 4]),
        .init(label: "SpaceX سبيس إكس ومؤسسات أخرى بأسماء طويلة جداً", values: [1]),
    ])
let networkData = NetworkChartData(
    id: "net", title: "شبكة الفاعلين", description: "الفاعلون المذكورون معاً",
    nodes: [
        .init(key: "putin", label: "بوتين", weight: 10, url: "../actors/putin/index.html"),
        .init(key: "musk", label: "ماسك", weight: 30, url: "../actors/musk/index.html"),
        .init(key: "trump", label: "ترامب", weight: 5),
        .init(key: "xi", label: "شي جين بينغ", weight: 2),
    ],
    edges: [
        .init(source: "musk", target: "putin", count: 8), .init(source: "trump", target: "musk", count: 3),
        .init(source: "xi", target: "putin", count: 1),
    ])
let timelineData = TimelineChartData(
    id: "years", title: "الأحداث عبر السنين", description: "عدد الأحداث في كل سنة",
    years: [
        .init(year: 2022, count: 3, url: "index.html#y-2022"), .init(year: 2024, count: 5), .init(year: 2021, count: 1),
    ])

@Suite("Charts")
struct ChartsTests {
    @Test(
        "every chart is well-formed SVG with role, title and description",
        arguments: [
            Charts.groupedBars(barData), Charts.network(networkData), Charts.timeline(timelineData),
        ])
    func wellFormed(svg: String) throws {
        let parsed = try #require(SVGCollector.parse(svg))
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        // A chart with links must not be an `img`: that role hides its links (axe nested-interactive).
        let hasLinks = !parsed.all("a").isEmpty
        #expect(root.attributes["role"] == (hasLinks ? "figure" : "img"))
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        let labelled = root.attributes["aria-labelledby"]?.split(separator: " ").map(String.init) ?? []
        let ids = Set(parsed.elements.compactMap { $0.attributes["id"] })
        #expect(labelled.count == 2 && labelled.allSatisfy(ids.contains))
        #expect(parsed.elements[1].name == "title" && parsed.elements[2].name == "desc")
        #expect(parsed.all("text").allSatisfy { $0["direction"] == "rtl" })
        #expect(!svg.contains("<script"))
    }

    @Test("output is deterministic")
    func deterministic() {
        #expect(Charts.groupedBars(barData) == Charts.groupedBars(barData))
        let shuffled = NetworkChartData(
            id: "net", title: networkData.title, description: networkData.description,
            nodes: networkData.nodes.reversed(),
            edges: networkData.edges.reversed())
        #expect(Charts.network(shuffled) == Charts.network(networkData))
    }

    @Test("bars grow from a common right baseline; longer value, further left")
    func barsFromTheRight() throws {
        let parsed = try #require(SVGCollector.parse(Charts.groupedBars(barData)))
        let bars = parsed.all("rect").filter { number($0["height"]) == 14 }
        #expect(bars.count == 9)
        let rightEdges = Set(bars.map { number($0["x"]) + number($0["width"]) })
        #expect(rightEdges.count == 1)
        let labels = parsed.all("text").filter { $0["font-weight"] == "bold" }
        #expect(labels.count == 3)
        #expect(labels.allSatisfy { number($0["x"]) > (rightEdges.first ?? 0) && $0["text-anchor"] == "start" })
        #expect(number(bars[0]["x"]) < number(bars[1]["x"]))  // 12 vs 7 for the first actor
        #expect(parsed.texts.contains("الشرق & <شركاه>"))
        #expect(
            parsed.all("a").map { $0["href"] } == [
                "../actors/elon-musk/index.html", "../actors/vladimir-putin/index.html",
            ])
        #expect(parsed.texts.contains("SpaceX سبيس إكس ومؤسسات أخرى بأسماء طويلة جداً"))  // full label kept in a title
    }

    @Test("every bar's count stands in one column between the baseline and the row labels")
    func countsBesideTheBaseline() throws {
        let parsed = try #require(SVGCollector.parse(Charts.groupedBars(barData)))
        let baseline = try #require(
            parsed.all("rect").filter { number($0["height"]) == 14 }.map { number($0["x"]) + number($0["width"]) }.first
        )
        let counts = parsed.all("text").filter { $0["font-size"] == "11" && $0["fill"] == ChartPalette.text }
        #expect(counts.count == 9)
        #expect(Set(counts.map { number($0["x"]) }).count == 1)
        let labelX = try #require(parsed.all("text").first { $0["font-weight"] == "bold" }.map { number($0["x"]) })
        #expect(counts.allSatisfy { number($0["x"]) > baseline && number($0["x"]) <= labelX - 170 })
    }

    @Test("past the palette's eight colours, a series' fill is its colour hatched: ten series, ten fills")
    func tenSeriesHaveTenFills() throws {
        let names = (1...10).map { "منفذ \($0)" }
        let data = BarChartData(
            id: "compare", title: "t", description: "d", series: names,
            groups: [.init(label: "ادعاء", values: (1...10).map(Double.init))])
        let parsed = try #require(SVGCollector.parse(Charts.groupedBars(data)))
        let bars = parsed.all("rect").filter { number($0["height"]) == 14 }
        #expect(Set(bars.map { $0["fill"] ?? "" }).count == 10)
        let swatches = parsed.all("rect").filter { number($0["height"]) == 12 }
        #expect(swatches.map { $0["fill"] } == bars.map { $0["fill"] })
        #expect(bars[8]["fill"] == "url(#compare-hatch-8)" && bars[9]["fill"] == "url(#compare-hatch-9)")
        #expect(parsed.all("pattern").map { $0["id"] } == ["compare-hatch-8", "compare-hatch-9"])
        #expect(!Charts.groupedBars(barData).contains("<pattern"))
    }

    @Test("network: heaviest node at the top, edge width grows with the count, nodes link")
    func network() throws {
        let parsed = try #require(SVGCollector.parse(Charts.network(networkData)))
        let circles = parsed.all("circle")
        #expect(circles.count == 4)
        let top = circles.min { number($0["cy"]) < number($1["cy"]) }
        #expect(number(top?["cx"]) == 320 && number(top?["r"]) == 18)
        let widths = parsed.all("line").map { number($0["stroke-width"]) }
        #expect(widths.count == 3 && widths.max() == 8 && widths.min() == 1)
        #expect(parsed.all("a").count == 2)
        #expect(parsed.texts.contains("شي جين بينغ"))
    }

    @Test("timeline: earliest year at the right, gaps drawn, one column per year with events")
    func timeline() throws {
        let parsed = try #require(SVGCollector.parse(Charts.timeline(timelineData)))
        let yearLabels = parsed.all("text").filter { $0["font-size"] == "11" && $0["fill"] == ChartPalette.muted }
        #expect(yearLabels.count == 4)  // 2021...2024
        let columns = parsed.all("rect")
        #expect(columns.count == 3)
        let xs = columns.map { number($0["x"]) }
        #expect(xs == xs.sorted(by: >))  // 2021, 2022, 2024 from right to left
        #expect(parsed.all("a").map { $0["href"] } == ["index.html#y-2022"])
    }

    @Test(
        "palette colours reach WCAG AA contrast on white",
        arguments: ChartPalette.series + [ChartPalette.text, ChartPalette.muted, ChartPalette.edge])
    func contrast(color: String) {
        #expect((ChartPalette.contrastRatio(color, "#ffffff") ?? 0) >= 4.5)
    }
}

/// A long timeline labels every year: the page lets the chart scroll instead of shrinking.
struct TimelineAxisTests {
    @Test func everyYearOfALongSpanIsLabelled() {
        let data = TimelineChartData(
            id: "long", title: "سنوات", description: "ثلاثون سنة",
            years: [.init(year: 1990, count: 2), .init(year: 2003, count: 1), .init(year: 2024, count: 4)])
        let svg = Charts.timeline(data)
        for year in 1990...2024 { #expect(svg.contains(">\(year)</text>"), "year \(year) has no label") }
    }

    /// A story's background centuries before it (1517 before 2021) is one break in the axis,
    /// not five hundred empty columns: the chart stays as wide as the story's own years.
    @Test func aLongRunOfEmptyYearsIsOneBreak() throws {
        let data = TimelineChartData(
            id: "background", title: "سنوات", description: "خلفية القصة",
            years: [.init(year: 1517, count: 1), .init(year: 2021, count: 2), .init(year: 2024, count: 4)])
        let svg = Charts.timeline(data)
        let parsed = try #require(SVGCollector.parse(svg))
        let labels = parsed.all("text").filter { $0["font-size"] == "11" && $0["fill"] == ChartPalette.muted }
        #expect(labels.count == 6)  // 1517, the break, 2021...2024
        #expect(svg.contains("<title>1518–2020</title>") && svg.contains(">…</text>"))
        #expect(!svg.contains(">1518</text>") && !svg.contains(">2020</text>"))
        #expect(number(parsed.all("svg").first?["width"]) < 400)  // six columns; 18,000 units with every year
    }
}
