import ArabicText
import Testing

@Suite("Latin runs (docs/arabic-text-engine.md §8.1)")
struct LatinRunsTests {
    /// Wraps each run the way the renderer will, to compare with the B rows of docs/arabic-text-engine.md §12.5.
    static func wrapped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var position = 0
        for range in LatinRuns.ranges(in: text) {
            out += String(String.UnicodeScalarView(scalars[position..<range.lowerBound]))
            out += "<span dir=\"ltr\" lang=\"en\">" + String(String.UnicodeScalarView(scalars[range])) + "</span>"
            position = range.upperBound
        }
        return out + String(String.UnicodeScalarView(scalars[position...]))
    }

    @Test(arguments: [
        (
            "B1", "أطلقت SpaceX صاروخ Starship",
            "أطلقت <span dir=\"ltr\" lang=\"en\">SpaceX</span> صاروخ <span dir=\"ltr\" lang=\"en\">Starship</span>"
        ),
        ("B2", "منصة X (تويتر سابقاً)", "منصة <span dir=\"ltr\" lang=\"en\">X</span> (تويتر سابقاً)"),
        ("B3", "بلغت 1.8 مليار دولار", "بلغت 1.8 مليار دولار"),
        ("C++ keeps plus", "لغة C++.", "لغة <span dir=\"ltr\" lang=\"en\">C++</span>."),
        ("version with space", "نظام iOS 17.2 الجديد", "نظام <span dir=\"ltr\" lang=\"en\">iOS 17.2</span> الجديد"),
        (
            "URL", "موقع https://example.org/a، ثم",
            "موقع <span dir=\"ltr\" lang=\"en\">https://example.org/a</span>، ثم"
        ),
        ("e-mail", "راسلوا info@example.com.", "راسلوا <span dir=\"ltr\" lang=\"en\">info@example.com</span>."),
        (
            "two words", "صحيفة Wall Street Journal قالت",
            "صحيفة <span dir=\"ltr\" lang=\"en\">Wall Street Journal</span> قالت"
        ),
        ("guillemets outside", "«سبيس إكس SpaceX»", "«سبيس إكس <span dir=\"ltr\" lang=\"en\">SpaceX</span>»"),
        ("ampersand inside", "شركة AT&T الأميركية", "شركة <span dir=\"ltr\" lang=\"en\">AT&T</span> الأميركية"),
        (
            "URL with a query, one run", "انظر https://www.wsj.com/tech/musk-putin?mod=hp_lead_pos1&id=42.",
            "انظر <span dir=\"ltr\" lang=\"en\">https://www.wsj.com/tech/musk-putin?mod=hp_lead_pos1&id=42</span>."
        ),
        (
            "name, then an address", "موقع SpaceX www.spacex.com/a?b=1، ثم",
            "موقع <span dir=\"ltr\" lang=\"en\">SpaceX</span> <span dir=\"ltr\" lang=\"en\">www.spacex.com/a?b=1</span>، ثم"
        ),
        (
            "addresses in capitals, one run each", "راجع HTTPS://EXAMPLE.ORG/A?B=1 أو WWW.Example.org/x?y=2.",
            "راجع <span dir=\"ltr\" lang=\"en\">HTTPS://EXAMPLE.ORG/A?B=1</span> أو "
                + "<span dir=\"ltr\" lang=\"en\">WWW.Example.org/x?y=2</span>."
        ),
    ])
    func row(_ name: String, _ input: String, _ expected: String) {
        #expect(Self.wrapped(input) == expected, "\(name)")
    }

    @Test func addressesToLinkGoOnThroughOtherScriptsInTheirPath() {
        let text = "راجع https://ar.wikipedia.org/wiki/بوتين، وwww.example.org، وhttps://a.example/x?y=1."
        let links = WebAddressRuns.linkRanges(in: text).map {
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0]))
        }
        // «و» joined to an address («وwww.») is the conjunction before it.
        #expect(links == ["https://ar.wikipedia.org/wiki/بوتين", "www.example.org", "https://a.example/x?y=1"])
        #expect(WebAddressRuns.ranges(in: "https://ar.wikipedia.org/wiki/بوتين").map(\.count) == [30])
    }

    @Test func rangesAreScalarOffsets() {
        #expect(LatinRuns.ranges(in: "منصة X (تويتر)") == [5..<6])
        #expect(LatinRuns.ranges(in: "بلا لاتينية 2024").isEmpty)
    }
}
