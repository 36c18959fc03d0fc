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
