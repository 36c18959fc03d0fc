import Foundation

/// Small helpers to write SVG text deterministically.
enum SVGWriter {
    /// Escapes text for XML content and attribute values.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A coordinate with at most one decimal, locale-independent, "-0" avoided. Written from
    /// the whole number of tenths: `String(format:)` went through Foundation's formatter for
    /// every coordinate of every chart.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else {
            let rounded = tenths / 10
            if rounded == rounded.rounded(), let whole = Int(exactly: rounded) { return String(whole) }
            return String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), rounded)
        }
        let count = Int(tenths)
        if count % 10 == 0 { return String(count / 10) }
        return (count < 0 ? "-" : "") + "\(count.magnitude / 10).\(count.magnitude % 10)"
    }

    /// A count as shown in a label: an integer when whole, else one decimal.
    static func value(_ value: Double) -> String { number(value) }

    /// The opening `<svg>` with the accessible name and description wired up. A chart with
    /// links is a `figure`: an `img` hides its children, links included, from assistive technology.
    static func open(
        id: String, width: Double, height: Double, title: String, description: String, hasLinks: Bool
    ) -> String {
        let prefix = escape(id)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"\(hasLinks ? "figure" : "img")\""
            + " width=\"\(number(width))\" height=\"\(number(height))\""
            + " viewBox=\"0 0 \(number(width)) \(number(height))\""
            + " aria-labelledby=\"\(prefix)-title \(prefix)-desc\" font-family=\"system-ui, 'Noto Sans Arabic', Tahoma, sans-serif\">"
            + "<title id=\"\(prefix)-title\">\(escape(title))</title>"
            + "<desc id=\"\(prefix)-desc\">\(escape(description))</desc>"
    }

    /// Right-to-left text at a point; `anchor` is relative to the RTL direction
    /// (`start` = the text's right end sits at `x`).
    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 13,
        weight: String? = nil, fill: String = ChartPalette.text
    ) -> String {
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\" direction=\"rtl\" text-anchor=\"\(anchor)\""
        attributes += " font-size=\"\(number(size))\" fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(escape(content))</text>"
    }

    /// Wraps `content` in a link when `url` is given.
    static func link(_ url: String?, _ content: String) -> String {
        guard let url, !url.isEmpty else { return content }
        return "<a href=\"\(escape(url))\">\(content)</a>"
    }

    /// The smallest 1, 2 or 5 times a power of ten that is at least `value` (1 for 0).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        // Fine steps, so the longest bar fills most of the plot (25 -> 30, not 50).
        for step in [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where step * magnitude >= value - 1e-9 {
            return step * magnitude
        }
        return 10 * magnitude
    }
}
