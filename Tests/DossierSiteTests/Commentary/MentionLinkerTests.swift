import ArabicText
import DossierRenderer
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Which mentions become links: once per window of paragraphs, role and name as one link.
struct MentionLinkerTests {
    private let linker = MentionLinker(href: { $0 == "unpaged" ? nil : "../actors/\($0)/" }, name: { "name of \($0)" })

    /// The mentions of `needles` found in order in `text` (paragraph `index`), numbered from `start`.
    private func mentions(
        _ text: String, _ needles: [(String, String, MentionStrength)], index: Int, start: Int
    ) -> [ActorMention] {
        let scalars = Array(text.unicodeScalars)
        var from = 0
        var found: [ActorMention] = []
        for (surface, actor, strength) in needles {
            let needle = Array(surface.unicodeScalars)
            guard
                let lower = (from...(scalars.count - needle.count)).first(where: {
                    Array(scalars[$0..<($0 + needle.count)]) == needle
                })
            else { continue }
            found.append(
                ActorMention(
                    id: "m-\(start + found.count)", actor: actor, article: "a", part: .paragraph(index),
                    range: lower..<(lower + needle.count), bodyRange: nil, alias: surface, surface: surface,
                    strength: strength))
            from = lower + needle.count
        }
        return found
    }

    private func kinds(_ spans: [InlineSpan]) -> [String] {
        spans.map { span in
            switch span.kind {
            case .link(_, let id, _, _): "link:\(id ?? "-"):\(span.range)"
            case .target(let id, _): "target:\(id ?? "-")"
            default: "other"
            }
        }
    }

    @Test func anActorIsLinkedOnceThenAgainAfterTheWindow() {
        let text = "قال ماسك إن ماسك يعرف."
        let count = MentionLinker.relinkDistance + 2
        let texts = Array(repeating: text, count: count)
        let all = (0..<count).map {
            mentions(text, [("ماسك", "musk", .strong), ("ماسك", "musk", .strong)], index: $0, start: $0 * 2 + 1)
        }
        let spans = linker.spans(texts: texts, mentions: all).map(kinds)
        #expect(spans[0] == ["link:m-1:4..<8", "target:m-2"])
        for index in 1..<MentionLinker.relinkDistance {
            #expect(spans[index] == ["target:m-\(index * 2 + 1)", "target:m-\(index * 2 + 2)"])
        }
        let again = MentionLinker.relinkDistance
        #expect(spans[again].first == "link:m-\(again * 2 + 1):4..<8")
        #expect(spans[again + 1].allSatisfy { $0.hasPrefix("target") })
    }

    @Test func roleAndNameSideBySideFormOneLink() {
        let text = "التقى الرئيس الروسي فلاديمير بوتين بالرئيس الصيني."
        let found = mentions(
            text,
            [("الرئيس الروسي", "putin", .weak), ("فلاديمير بوتين", "putin", .strong), ("الرئيس الصيني", "xi", .weak)],
            index: 0, start: 1)
        let spans = linker.spans(texts: [text], mentions: [found])[0]
        #expect(kinds(spans) == ["link:-:6..<34", "target:m-1", "target:m-2", "link:m-3:36..<49"])
        if case .link(let href, _, let className, let title) = spans[0].kind {
            #expect(href == "../actors/putin/" && className == "mention" && title == "name of putin")
        }
        if case .link(_, _, let className, _) = spans[3].kind { #expect(className == "mention mention-weak") }
    }

    @Test func aRoleApartFromTheNameOrOfAnotherActorStaysApart() {
        let text = "الرئيس الروسي، فلاديمير بوتين"
        let found = mentions(
            text, [("الرئيس الروسي", "putin", .weak), ("فلاديمير بوتين", "putin", .strong)], index: 0, start: 1)
        #expect(MentionLinker.groups(found, in: text).map(\.count) == [1, 1])
        let other = mentions(
            "الرئيس الروسي فلاديمير بوتين",
            [("الرئيس الروسي", "medvedev", .weak), ("فلاديمير بوتين", "putin", .strong)],
            index: 0, start: 1)
        #expect(MentionLinker.groups(other, in: "الرئيس الروسي فلاديمير بوتين").map(\.count) == [1, 1])
    }

    @Test func anActorWithoutAPageStaysATarget() {
        let text = "ذكر مجهول هنا"
        let found = mentions(text, [("مجهول", "unpaged", .strong)], index: 0, start: 1)
        #expect(kinds(linker.spans(texts: [text], mentions: [found])[0]) == ["target:m-1"])
    }
}

/// A note's backlink label: its first words as the page shows them, without Markdown's marks
/// and link targets.
struct NoteExcerptTests {
    @Test(
        arguments: [
            ("نص **قصير** عن [بوتين](actor:vladimir-putin).", "نص قصير عن بوتين."),
            ("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية…"),
            ("> اقتباس\n\nثم `رمز` و _ميل_", "اقتباس ثم رمز و ميل"),
            // Marks that are text to Markdown stay, as the page shows them.
            ("و_ميل_ و5 > 3", "و_ميل_ و5 > 3"),
            ("قوسان (عاديان) يبقيان", "قوسان (عاديان) يبقيان"),
        ])
    func words(markdown: String, expected: String) {
        #expect(NoteExcerpt.words(of: markdown) == expected)
    }
}

/// A note's marker follows the punctuation that closes its passage.
struct NoteMarkerPlacementTests {
    @Test(
        arguments: [
            ("دونالد ترمب، وقد", 11, 12),
            ("قال «نعم».", 8, 10),
            ("قال نعم ثم", 7, 7),
            ("قال نعم", 7, 7),
            ("بوتين؟!", 5, 7),
        ])
    func markerOffset(text: String, end: Int, expected: Int) {
        #expect(ArticlePageBuilder.markerOffset(after: end, in: text) == expected)
    }
}
