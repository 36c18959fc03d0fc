import ArabicText
import DossierModel
import Testing

@testable import DossierRenderer

/// Plain text to HTML: escaping, Latin isolation, dates.
struct HTMLTextTests {
    @Test(
        "isolatingLatin escapes and wraps Latin runs",
        arguments: [
            ("نص عربي فقط", "نص عربي فقط"),
            ("<ب>&", "&lt;ب&gt;&amp;"),
            ("منصة X الأميركية", #"منصة <span dir="ltr" lang="en">X</span> الأميركية"#),
            (
                "«Tesla» و«SpaceX»",
                #"«<span dir="ltr" lang="en">Tesla</span>» و«<span dir="ltr" lang="en">SpaceX</span>»"#
            ),
            ("شركة AT&T <الأميركية>", #"شركة <span dir="ltr" lang="en">AT&amp;T</span> &lt;الأميركية&gt;"#),
            ("عام 2024 فقط", "عام 2024 فقط"),
        ])
    func isolatesLatin(text: String, html: String) {
        #expect(HTMLText.isolatingLatin(text) == html)
    }

    /// Escaping scalar by scalar, as the rule reads: the byte-wise escaping must agree with it.
    private static func referenceEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                if (0x7F...0x9F).contains(scalar.value) { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(
        "escape drops forbidden controls and noncharacters and escapes markup",
        arguments: [
            "", "نص عربي فقط", "<ب>&\"'", "a\u{0}b\u{1F}c\nd\te\rf", "x\u{FFFE}y\u{FFFF}z\u{FFFD}w\u{FEFF}v",
            "\u{EFBF}\u{F000}ﻻ", "emoji 👍🏽 and é (e\u{301})", "AT&T «مرحبا» <b>'x'</b>",
            "a\u{7F}b\u{80}c\u{85}d\u{9F}e\u{A0}f©\u{1B}[31m", "\u{C2}\u{9F}",
        ])
    func escapes(text: String) {
        #expect(HTMLText.escape(text) == Self.referenceEscape(text))
        #expect(Array(HTMLText.escape(text).utf8) == Array(Self.referenceEscape(text).utf8))
    }

    /// Isolation as the rule reads: the text cut at the runs' scalar offsets, each piece escaped.
    private static func referenceIsolatingLatin(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>) -> String {
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[range])
            return referenceEscape(piece)
        }
        var result = ""
        var position = 0
        for range in LatinRuns.ranges(in: text) where range.lowerBound >= position && range.upperBound <= scalars.count
        {
            result += piece(position..<range.lowerBound) + #"<span dir="ltr" lang="en">"# + piece(range) + "</span>"
            position = range.upperBound
        }
        return result + piece(position..<scalars.count)
    }

    /// The byte offset of each scalar, read off the bytes, is where the scalar's encoding starts.
    @Test(arguments: ["", "a", "نص عربي", "Ἀθῆναι ₿ 😀 e\u{0301}", "x\r\ny & <z> ب"])
    func utf8OffsetsAreWhereEachScalarStarts(_ text: String) {
        var expected = [0]
        for scalar in text.unicodeScalars { expected.append(expected.last! + UTF8.width(scalar)) }
        #expect(HTMLText.utf8Offsets(of: text) == expected)
    }

    @Test(
        "isolatingLatin keeps every scalar around the runs",
        arguments: [
            "قالت \u{FFFF}Apple<Inc> إن «iOS 17.2» e\u{301}té وAT&T\u{1}", "Ünïcödé Ḁḁ 👍🏽 X", "x", "ب SpaceX",
        ])
    func isolatesAroundRuns(text: String) {
        #expect(HTMLText.isolatingLatin(text) == Self.referenceIsolatingLatin(text))
    }

    @Test(
        "dates are shown in Arabic at their precision",
        arguments: [
            (PartialDate(year: 2024), "2024", "2024"),
            (PartialDate(year: 2024, month: 10), "أكتوبر 2024", "2024-10"),
            (PartialDate(year: 2024, month: 5, day: 3), "3 مايو 2024", "2024-05-03"),
            (
                PartialDate(year: 2024, month: 10, day: 25, hour: 18, minute: 53), "25 أكتوبر 2024، 18:53",
                "2024-10-25T18:53"
            ),
        ])
    func displaysDates(date: PartialDate, text: String, iso: String) {
        let display = DisplayDate(date)
        #expect(display.textHTML == text)
        #expect(display.iso == iso)
    }

    @Test func timeZoneIsIsolated() {
        let date = PartialDate(year: 2023, month: 7, day: 13, hour: 10, minute: 30, utcOffsetMinutes: 180)
        #expect(DisplayDate(date).textHTML == #"13 يوليو 2023، 10:30 (<span dir="ltr" lang="en">UTC+03:00</span>)"#)
    }

    @Test(
        "direction follows the language",
        arguments: [
            ("ar", "rtl"), ("ar-EG", "rtl"), ("fa", "rtl"), ("en", "ltr"), ("fr-FR", "ltr"), ("und", "auto"),
        ])
    func direction(language: String, direction: String) {
        #expect(TextDirection.of(language: language) == direction)
    }

    @Test(
        "Latin runs are isolated only in right-to-left or unknown text",
        arguments: [
            ("ar", #"قال <span dir="ltr" lang="en">Reuters</span> إن"#),
            ("und", #"قال <span dir="ltr" lang="en">Reuters</span> إن"#),
            (nil, #"قال <span dir="ltr" lang="en">Reuters</span> إن"#), ("en", "قال Reuters إن"),
        ])
    func textInItsLanguage(language: String?, html: String) {
        #expect(HTMLText.text("قال Reuters إن", language: language) == html)
    }

    @Test func languageAttributesIsolateForeignText() {
        #expect(HTMLText.languageAttributes(nil) == "")
        #expect(HTMLText.languageAttributes("fr") == #" lang="fr" dir="ltr""#)
        #expect(HTMLText.textAttributes(nil) == #" dir="auto""#)
        #expect(HTMLText.textAttributes("und") == #" lang="und" dir="auto""#)
    }
}
