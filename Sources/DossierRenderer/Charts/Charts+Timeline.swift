import Foundation

extension Charts {
    /// Layout constants of the timeline chart.
    private enum Timeline {
        static let margin = 24.0
        static let column = 36.0
        static let plotHeight = 140.0
        static let minimumWidth = 320.0
    }

    /// Events per year as columns on a year axis; the earliest year is at the right.
    ///
    /// Every year between the first and the last is drawn (0 when absent) so gaps show, and
    /// every year is labelled: each has its own 36-unit column, wide enough for four digits at
    /// 11 units, and the page lets a wide chart scroll rather than shrink.
    public static func timeline(_ data: TimelineChartData) -> String {
        var counts: [Int: TimelineChartData.Year] = [:]
        for entry in data.years { counts[entry.year] = entry }
        let first = data.years.map(\.year).min() ?? 0
        let last = data.years.map(\.year).max() ?? 0
        let years = data.years.isEmpty ? [] : Array(first...last)
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
        for (index, year) in years.enumerated() {
            let center = width - Timeline.margin - (Double(index) + 0.5) * Timeline.column
            let entry = counts[year]
            let count = entry?.count ?? 0
            var column = ""
            if count > 0 {
                let barHeight = Double(count) / maximum * Timeline.plotHeight
                column +=
                    "<rect x=\"\(SVGWriter.number(center - Timeline.column * 0.35))\" y=\"\(SVGWriter.number(baseline - barHeight))\""
                    + " width=\"\(SVGWriter.number(Timeline.column * 0.7))\" height=\"\(SVGWriter.number(barHeight))\" fill=\"\(ChartPalette.color(0))\">"
                    + "<title>\(year): \(count)</title></rect>"
                column += SVGWriter.text(
                    String(count), x: center, y: baseline - barHeight - 4, anchor: "middle", size: 11)
            }
            column += SVGWriter.text(
                String(year), x: center, y: baseline + 16, anchor: "middle", size: 11, fill: ChartPalette.muted)
            svg += "<g class=\"year\">" + SVGWriter.link(count > 0 ? entry?.url : nil, column) + "</g>"
        }
        return svg + "</svg>"
    }
}
