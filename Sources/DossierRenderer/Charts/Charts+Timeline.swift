import Foundation

extension Charts {
    /// Layout constants of the timeline chart.
    private enum Timeline {
        static let margin = 24.0
        static let column = 36.0
        static let plotHeight = 140.0
        static let minimumWidth = 320.0
        /// The most empty years in a row drawn year by year; a longer run is one break.
        static let longestDrawnGap = 25
    }

    /// A column of the timeline's axis: a year, or a long run of empty years drawn as one
    /// break.
    private enum TimelineColumn {
        case year(Int)
        case gap(first: Int, last: Int)
    }

    /// The columns from the first year of `years` to the last: each year, but for runs of
    /// more than `longestDrawnGap` empty years, which are one break each.
    private static func timelineColumns(_ years: Set<Int>) -> [TimelineColumn] {
        var columns: [TimelineColumn] = []
        var previous: Int?
        for year in years.sorted() {
            if let previous, year - previous - 1 > Timeline.longestDrawnGap {
                columns.append(.gap(first: previous + 1, last: year - 1))
            } else if let previous {
                columns += (previous + 1..<year).map(TimelineColumn.year)
            }
            columns.append(.year(year))
            previous = year
        }
        return columns
    }

    /// Events per year as columns on a year axis; the earliest year is at the right.
    ///
    /// Every year between the first and the last is drawn (0 when absent) so gaps show, and
    /// every year is labelled: each has its own 36-unit column, wide enough for four digits at
    /// 11 units, and the page lets a wide chart scroll rather than shrink. A run of more than
    /// `longestDrawnGap` empty years (a story's background centuries earlier, 1517 before
    /// 2022) is one column, a break labelled «…» with the years it stands for in its title.
    public static func timeline(_ data: TimelineChartData) -> String {
        var counts: [Int: TimelineChartData.Year] = [:]
        for entry in data.years { counts[entry.year] = entry }
        let years = timelineColumns(Set(counts.keys))
        let maximum = SVGWriter.niceCeiling(Double(data.years.map(\.count).max() ?? 0))
        let width = max(Timeline.minimumWidth, 2 * Timeline.margin + Double(years.count) * Timeline.column)
        let top = Timeline.margin + 16
        let baseline = top + Timeline.plotHeight
        let height = baseline + 28 + Timeline.margin

        var svg = SVGWriter.open(
            id: data.id, width: width, height: height, title: data.title, description: data.description,
            hasLinks: data.years.contains { $0.url != nil })
        svg +=
            "<line x1=\"\(SVGWriter.number(Timeline.margin))\" y1=\"\(SVGWriter.number(baseline))\""
            + " x2=\"\(SVGWriter.number(width - Timeline.margin))\" y2=\"\(SVGWriter.number(baseline))\" stroke=\"\(ChartPalette.muted)\"/>"
        for (index, column) in years.enumerated() {
            let center = width - Timeline.margin - (Double(index) + 0.5) * Timeline.column
            switch column {
            case .year(let year):
                svg += yearColumn(counts[year], year: year, center: center, baseline: baseline, maximum: maximum)
            case .gap(let first, let last):
                svg +=
                    "<g class=\"gap\"><title>\(first)–\(last)</title>"
                    + SVGWriter.text(
                        "…", x: center, y: baseline + 16, anchor: "middle", size: 11, fill: ChartPalette.muted)
                    + "</g>"
            }
        }
        return svg + "</svg>"
    }

    /// One year's column: its bar and count when it has entries (a link to the year's page),
    /// and its label.
    private static func yearColumn(
        _ entry: TimelineChartData.Year?, year: Int, center: Double, baseline: Double, maximum: Double
    ) -> String {
        let count = entry?.count ?? 0
        var column = ""
        if count > 0 {
            let barHeight = Double(count) / maximum * Timeline.plotHeight
            column +=
                "<rect x=\"\(SVGWriter.number(center - Timeline.column * 0.35))\" y=\"\(SVGWriter.number(baseline - barHeight))\""
                + " width=\"\(SVGWriter.number(Timeline.column * 0.7))\" height=\"\(SVGWriter.number(barHeight))\" fill=\"\(ChartPalette.color(0))\">"
                + "<title>\(year): \(count)</title></rect>"
            column += SVGWriter.text(String(count), x: center, y: baseline - barHeight - 4, anchor: "middle", size: 11)
        }
        column += SVGWriter.text(
            String(year), x: center, y: baseline + 16, anchor: "middle", size: 11, fill: ChartPalette.muted)
        return "<g class=\"year\">" + SVGWriter.link(count > 0 ? entry?.url : nil, column) + "</g>"
    }
}
