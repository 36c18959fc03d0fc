import Foundation

/// Charts as inline SVG strings: no JavaScript, accessible (`role="img"`, or `figure` when linked; `<title>`, `<desc>`),
/// laid out right to left, deterministic for the same input.
///
/// Right to left means: row labels sit at the right edge, bars grow from a baseline on the
/// right towards the left (their counts in a column between the two), time runs from right (earliest) to left, and every `<text>` carries
/// `direction="rtl"` so `text-anchor="start"` puts the text's right end at its `x`.
public enum Charts {
    /// Layout constants of the bar chart.
    private enum Bars {
        static let width = 640.0
        static let margin = 16.0
        static let labelWidth = 170.0
        /// The column of counts between the bars' baseline and the row labels.
        static let valueColumn = 40.0
        static let barHeight = 14.0
        static let barGap = 2.0
        static let groupGap = 14.0
        static let legendRow = 20.0
        static let maxLabel = 28
    }

    /// A grouped horizontal bar chart (e.g. mentions per actor per outlet), bars growing from the right.
    public static func groupedBars(_ data: BarChartData) -> String {
        let seriesCount = max(data.series.count, 1)
        let maximum = SVGWriter.niceCeiling(data.groups.flatMap(\.values).max() ?? 0)
        let plotRight = Bars.width - Bars.margin - Bars.labelWidth - Bars.valueColumn
        let plotLeft = Bars.margin
        let plotWidth = plotRight - plotLeft
        let legendHeight = Double(data.series.count) * Bars.legendRow
        let axisTop = Bars.margin + legendHeight + 18
        let groupHeight = Double(seriesCount) * (Bars.barHeight + Bars.barGap) - Bars.barGap + Bars.groupGap
        let height = axisTop + 8 + Double(data.groups.count) * groupHeight + Bars.margin
        func x(_ value: Double) -> Double { plotRight - max(value, 0) / maximum * plotWidth }

        var svg = SVGWriter.open(
            id: data.id, width: Bars.width, height: height, title: data.title, description: data.description,
            hasLinks: data.groups.contains { $0.url != nil })
        svg += ChartPalette.hatches(count: data.series.count, chartID: data.id)
        svg += "<g class=\"legend\">"
        for (index, name) in data.series.enumerated() {
            let top = Bars.margin + Double(index) * Bars.legendRow
            let swatchX = Bars.width - Bars.margin - 12
            svg +=
                "<rect x=\"\(SVGWriter.number(swatchX))\" y=\"\(SVGWriter.number(top))\" width=\"12\" height=\"12\" fill=\"\(ChartPalette.fill(index, chartID: data.id))\"/>"
            svg += SVGWriter.text(name, x: swatchX - 6, y: top + 11)
        }
        svg += "</g><g class=\"axis\">"
        for step in 0...2 {
            let value = maximum * Double(step) / 2
            let position = x(value)
            svg +=
                "<line x1=\"\(SVGWriter.number(position))\" y1=\"\(SVGWriter.number(axisTop))\" x2=\"\(SVGWriter.number(position))\""
                + " y2=\"\(SVGWriter.number(height - Bars.margin))\" stroke=\"\(step == 0 ? ChartPalette.muted : ChartPalette.grid)\"/>"
            svg += SVGWriter.text(
                SVGWriter.value(value), x: position, y: axisTop - 4, anchor: "middle", size: 11,
                fill: ChartPalette.muted)
        }
        svg += "</g>"
        for (row, group) in data.groups.enumerated() {
            let top = axisTop + 8 + Double(row) * groupHeight
            let blockHeight = groupHeight - Bars.groupGap
            let label = truncated(group.label)
            var labelSVG = SVGWriter.text(
                label, x: Bars.width - Bars.margin, y: top + blockHeight / 2 + 4, weight: "bold")
            if label != group.label {
                labelSVG = labelSVG.replacingOccurrences(
                    of: "</text>", with: "<title>\(SVGWriter.escape(group.label))</title></text>")
            }
            svg += "<g class=\"group\">" + SVGWriter.link(group.url, labelSVG)
            for index in 0..<data.series.count {
                let value = index < group.values.count ? group.values[index] : 0
                let y = top + Double(index) * (Bars.barHeight + Bars.barGap)
                let left = x(value)
                svg +=
                    "<rect x=\"\(SVGWriter.number(left))\" y=\"\(SVGWriter.number(y))\" width=\"\(SVGWriter.number(plotRight - left))\""
                    + " height=\"\(SVGWriter.number(Bars.barHeight))\" fill=\"\(ChartPalette.fill(index, chartID: data.id))\">"
                    + "<title>\(SVGWriter.escape(data.series[index])): \(SVGWriter.value(value))</title></rect>"
                // The count stands in a column beside the baseline, not past the bar's end: a
                // phone shows the chart's right part in a scroller, whose edge cut a long bar's
                // «330» to «0».
                svg += SVGWriter.text(
                    SVGWriter.value(value), x: plotRight + Bars.valueColumn - 6, y: y + Bars.barHeight - 3, size: 11)
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// A label cut to `Bars.maxLabel` scalars with an ellipsis (the full text goes in a `<title>`).
    static func truncated(_ label: String) -> String {
        let scalars = label.unicodeScalars
        guard scalars.count > Bars.maxLabel else { return label }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(Bars.maxLabel - 1))
        return String(view) + "…"
    }
}
