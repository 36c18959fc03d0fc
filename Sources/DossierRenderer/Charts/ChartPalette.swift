import Foundation

/// Colours of the charts, chosen for WCAG AA contrast on a white background (tested: every
/// colour here reaches 4.5:1 against white).
///
/// Every series colour has a contrast ratio of at least 4.5:1 with white (so it works for text
/// as well as for bars, which need 3:1 under WCAG 1.4.11); neighbours differ in hue and
/// lightness so the legend does not rely on one cue.
public enum ChartPalette {
    /// Text colour.
    public static let text = "#1a1a1a"
    /// Secondary text and axis lines.
    public static let muted = "#4d4d4d"
    /// Light grid lines (decorative).
    public static let grid = "#d9d9d9"
    /// Edge colour of the network.
    public static let edge = "#6b6b6b"
    /// Series colours, cycled.
    public static let series = ["#1f5f99", "#a34a00", "#2e7d32", "#7b1fa2", "#c62828", "#00695c", "#5d4037", "#37474f"]

    /// The colour of series `index`, cycling through `series`.
    public static func color(_ index: Int) -> String { series[((index % series.count) + series.count) % series.count] }

    /// The fill of series `index` in the chart `chartID`: its colour for the first round of
    /// `series`, then that colour hatched, a different angle each round (`hatches`), so a
    /// chart of ten outlets has ten fills.
    public static func fill(_ index: Int, chartID: String) -> String {
        index < series.count ? color(index) : "url(#\(SVGWriter.escape(chartID))-hatch-\(index))"
    }

    /// The `<defs>` of the hatched fills of a chart of `count` series (empty up to `series.count`).
    public static func hatches(count: Int, chartID: String) -> String {
        guard count > series.count else { return "" }
        let patterns = (series.count..<count).map { index in
            let angle = [45, -45, 0, 90][(index / series.count - 1) % 4]
            return
                "<pattern id=\"\(SVGWriter.escape(chartID))-hatch-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                + " patternTransform=\"rotate(\(angle))\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                + "<rect width=\"3.5\" height=\"6\" fill=\"\(color(index))\"/></pattern>"
        }
        return "<defs>" + patterns.joined() + "</defs>"
    }

    /// WCAG relative-luminance contrast ratio of two `#rrggbb` colours (nil when malformed).
    public static func contrastRatio(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    private static func luminance(_ hex: String) -> Double? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055).powed(2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}

extension Double {
    fileprivate func powed(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
