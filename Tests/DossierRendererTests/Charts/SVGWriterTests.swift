import Foundation
import Testing

@testable import DossierRenderer

/// Coordinates are written as Foundation's formatter writes them to one decimal, without "-0".
struct SVGWriterTests {
    /// The number as `String(format: "%.1f")` gives it, a whole number without its decimal.
    private func formatted(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), rounded)
    }

    @Test func numbersAreWrittenAsTheFormatterWritesThem() {
        var values: [Double] = [
            0, -0.0, -0.04, 0.05, -0.05, 1.25, -1.25, 12.34, 99.95, -99.95, 100, 1e14, -1e14, 1e16 + 2, 12_345_678.75,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Double.random(in: -5_000...5_000, using: &generator)) }
        for value in values {
            #expect(SVGWriter.number(value) == formatted(value), "\(value)")
        }
        #expect(SVGWriter.number(0.04) == "0")
        #expect(SVGWriter.number(-0.04) == "0")
        #expect(SVGWriter.number(-1.25) == "-1.3")
        #expect(SVGWriter.number(.nan) == formatted(.nan))
    }
}
