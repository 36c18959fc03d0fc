import ArabicText
import DossierModel

/// The loader's use of the Arabic date parser: how much of a line is a date, and the
/// publication date of an article's header lines.
enum DateSupport {
    /// The share of a line's non-space scalars covered by dates (0 when there is none).
    static func dateShare(of text: String) -> Double {
        let matches = ArabicDateParser.dates(in: text)
        guard !matches.isEmpty else { return 0 }
        let nonSpace = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        guard nonSpace > 0 else { return 0 }
        let scalars = Array(text.unicodeScalars)
        var covered = 0
        for match in matches {
            let range = match.range.clamped(to: 0..<scalars.count)
            covered += scalars[range].filter { !$0.properties.isWhitespace }.count
        }
        return Double(covered) / Double(nonSpace)
    }

    /// The publication date in byline lines (any precision), else in other header lines
    /// (day precision at least, so a year in a headline is not taken for a date).
    static func publicationDate(bylines: [String], header: [String]) -> PartialDate? {
        if let match = ArabicDateParser.publicationDate(in: bylines.joined(separator: "\n")) {
            return partialDate(match)
        }
        for line in header {
            if let match = ArabicDateParser.publicationDate(in: line), match.day != nil {
                return partialDate(match)
            }
        }
        return nil
    }

    static func partialDate(_ match: ArabicDateMatch) -> PartialDate {
        PartialDate(
            year: match.year, month: match.month, day: match.day, hour: match.hour, minute: match.minute,
            utcOffsetMinutes: match.utcOffsetMinutes)
    }
}
