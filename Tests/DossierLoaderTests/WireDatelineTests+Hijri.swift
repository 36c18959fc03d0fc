import DossierModel
import Testing

@testable import DossierLoader

/// The Gulf agencies' dateline: place, Hijri date, «الموافق», Gregorian date, agency.
@Suite struct WireDatelineHijriTests {
    static let body =
        "افتتح وزير النقل الطريق الساحلي الجديد أمام حركة الشاحنات بعد أشهر من الأعمال، بطول ثمانين كيلومترا."

    /// The dateline dates the wire and names its agency, with «م» after the date or not; a
    /// Hijri date with no agency after the Gregorian one, or no «الموافق» between, is none.
    @Test func aGulfWireDatelineDatesTheStoryAndNamesTheAgency() {
        let wire = WireDateline(openingLead: "جدة 5 رجب 1446 هـ الموافق 5 يناير 2025 م واس " + Self.body)
        #expect(wire?.agency == "واس")
        #expect(wire?.tag == "جدة 5 رجب 1446 هـ الموافق 5 يناير 2025 م واس")
        #expect(
            WireDateline(openingLead: "الدوحة 5 رجب 1446 هـ الموافق 5 يناير 2025 قنا " + Self.body)?.agency == "قنا")
        #expect(WireDateline(openingLead: "جدة 5 رجب 1446 هـ الموافق 5 يناير 2025 م " + Self.body) == nil)
        #expect(WireDateline(openingLead: "جدة 5 رجب 1446 هـ 5 يناير 2025 م واس " + Self.body) == nil)
        let lines = ParagraphSplitter.lines(
            of: "جدة 5 رجب 1446 هـ الموافق 5 يناير 2025 م واس " + Self.body
                + "\nوقال الوزير إن المرحلة الثانية من المشروع ستنجز خلال عامين، بعد استكمال الجسور.", firstLine: 1)
        let split = ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
        let today = PartialDate(year: 2026, month: 1, day: 1)
        #expect(
            PublicationDateChooser.choose(split, today: today).date.map(PublicationDateChooser.day)
                == PartialDate(year: 2025, month: 1, day: 5))
        #expect(OutletDetector.detect(in: split)?.name == "واس")
    }
}
