import ArabicText
import Testing

/// One mention-finder case: a text and the resolved mentions expected, as "id:surface".
struct MentionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: [String]
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }
}

@Suite("Mention finder: docs/arabic-text-engine.md §12.2, M rows")
struct MentionRowTests {
    static let cases: [MentionCase] = [
        MentionCase("M1", "التقى ماكرون وبوتين في باريس", ["putin:وبوتين"]),
        MentionCase("M2a", "رسالة لبوتين", ["putin:لبوتين"]),
        MentionCase("M2b", "فبوتين", ["putin:فبوتين"]),
        MentionCase("M3a", "والكرملين نفى ذلك", ["kremlin:والكرملين"]),
        MentionCase("M3b", "وبالكرملين", ["kremlin:وبالكرملين"]),
        MentionCase("M4", "نقلت للكرملين رسالة", ["kremlin:للكرملين"]),
        MentionCase("M5", "الرئيس فلاديمير بوتين", ["putin:فلاديمير بوتين"]),
        MentionCase("M6", "البوتينية الجديدة", []),
        MentionCase("M7", "قال إيلون ماسك إن الشركة ستنمو. وأضاف ماسك أن", ["musk:إيلون ماسك", "musk:ماسك"]),
        MentionCase("M8", "استخدم ماسك الوجه يوميا", []),
        MentionCase("M9", "تماسك الحكومة ضروري", []),
        MentionCase("M10a", "قال إيان بريمر", ["ian_bremmer:إيان بريمر"]),
        MentionCase("M10b", "قال إيلي بريمر", ["eli_bremmer:إيلي بريمر"]),
        MentionCase(
            "M11", "قال إيان بريمر إن الأزمة طويلة، ثم قال بريمر", ["ian_bremmer:إيان بريمر", "ian_bremmer:بريمر"]),
        MentionCase(
            "M12", "التقى إيان بريمر وإيلي بريمر أمس، وقال بريمر",
            ["ian_bremmer:إيان بريمر", "eli_bremmer:وإيلي بريمر"]),
        MentionCase("M13", "وقال بريمر", []),
        MentionCase("M14", "قال لافروف", ["lavrov:لافروف"]),
        MentionCase("M15", "وزير الخارجية سيرغي لافروف", ["lavrov:سيرغي لافروف"]),
        MentionCase("M16", "رسالة لبلينكن", ["blinken:لبلينكن"]),
        MentionCase("M17", "وواشنطن ترد", ["washington:وواشنطن"]),
        MentionCase("M18a", "على الحكومة أن", []),
        MentionCase("M18b", "المرشد علي خامنئي", ["khamenei:علي خامنئي"]),
        MentionCase("M19a", "أعلن البنتاجون", ["pentagon:البنتاجون"]),
        MentionCase("M19b", "رسالة للبنتاغون", ["pentagon:للبنتاغون"]),
        MentionCase("M20a", "قال ترمب", ["trump:ترمب"]),
        MentionCase("M20b", "رسالة لترامب", ["trump:لترامب"]),
        MentionCase("M20c", "السياسات الترامبية", []),
        MentionCase("M21a", "الرئيس شي جين بينج", ["xi:شي جين بينج"]),
        MentionCase("M21b", "الرئيس الصيني شي", []),
        MentionCase("M22a", "أطلقت سبيس أكس", ["spacex:سبيس أكس"]),
        MentionCase("M22b", "أطلقت SpaceX صاروخا", ["spacex:SpaceX"]),
        MentionCase("M23a", "خدمة Starlink", ["starlink:Starlink"]),
        MentionCase("M23b", "زيلنسكي يزور كييف", ["zelensky:زيلنسكي"]),
    ]

    @Test(arguments: cases)
    func row(_ testCase: MentionCase) {
        let found = TestGazetteers.resolved(testCase.text).map(\.description)
        #expect(found == testCase.expected)
    }

    @Test func ambiguousWeakMentionIsReportedWithCandidates() {
        let mentions = MentionFinder(gazetteer: TestGazetteers.mRows)
            .mentions(in: "التقى إيان بريمر وإيلي بريمر أمس، وقال بريمر")
        #expect(mentions.count == 3)
        let last = mentions.last
        #expect(last?.entityID == nil)
        #expect(last?.strength == .weak)
        #expect(last?.status == .ambiguous(candidates: ["eli_bremmer", "ian_bremmer"]))
        #expect(last?.surface == "بريمر")
        #expect(last?.alias == "بريمر")
    }

    @Test func rangesAreL0ScalarOffsetsAndProcliticIsReported() {
        let text = "التقى ماكرون وبوتين في باريس"
        let mentions = MentionFinder(gazetteer: TestGazetteers.mRows).mentions(in: text)
        #expect(mentions.count == 1)
        #expect(mentions.first?.range == 13..<19)
        #expect(mentions.first?.proclitic == "و")
        #expect(mentions.first?.alias == "بوتين")
        #expect(mentions.first?.strength == .strong)
    }

    /// A name written joined («عبدالفتاح») is the two words it is spelt as apart, in an alias and
    /// in the text alike, behind proclitics too; other words opening with «عبد» stay whole.
    @Test func aJoinedNameMatchesItsSpacedSpellingBothWays() {
        let gazetteer = Gazetteer(entities: [
            GazetteerEntity(id: "burhan", strongAliases: ["عبد الفتاح البرهان"]),
            GazetteerEntity(id: "abdullah", strongAliases: ["عبدالله بن زايد"]),
            GazetteerEntity(id: "abadi", strongAliases: ["العبادي"]),
        ])
        let text =
            "قال عبدالفتاح البرهان إن عبد الله بن زايد ولعبدالله بن زايد والعبادي عبدوا الطريق، وعبدالفتاح البرهان عاد"
        let found = MentionFinder(gazetteer: gazetteer).mentions(in: text).map { "\($0.entityID ?? "?"):\($0.surface)" }
        #expect(
            found == [
                "burhan:عبدالفتاح البرهان", "abdullah:عبد الله بن زايد", "abdullah:ولعبدالله بن زايد", "abadi:والعبادي",
                "burhan:وعبدالفتاح البرهان",
            ])
        #expect(
            ArabicTokenizer.tokens(in: "ولعبدالرحمن عبدان عبدالي").map(\.text) == [
                "ولعبد", "الرحمن", "عبدان", "عبدالي",
            ])
        let token = ArabicTokenizer.tokens(in: "قال عبدُالله")
        #expect(token.map(\.sourceRange) == [0..<3, 4..<8, 8..<12])
    }

    @Test func weakMentionBeforeTheStrongOneIsStillResolved() {
        let found = TestGazetteers.resolved("قال ماسك أمس إن إيلون ماسك سيزور برلين").map(\.description)
        #expect(found == ["musk:ماسك", "musk:إيلون ماسك"])
    }

    /// A ligature that L1 writes as several words («ﷺ», four) is one character of the text:
    /// aliases matching two of its words, of one actor or of two, give one mention over it,
    /// never two over the same character (nested links on the page).
    @Test func aLigatureExpandedToSeveralWordsIsMentionedOnce() {
        let text = "قال النبي ﷺ في الحديث"
        let oneActor = Gazetteer(entities: [GazetteerEntity(id: "a", strongAliases: ["الله", "عليه وسلم"])])
        let twoActors = Gazetteer(entities: [
            GazetteerEntity(id: "a", strongAliases: ["الله"]), GazetteerEntity(id: "b", strongAliases: ["عليه وسلم"]),
        ])
        for gazetteer in [oneActor, twoActors] {
            let mentions = MentionFinder(gazetteer: gazetteer).mentions(in: text)
            #expect(mentions.map(\.range) == [10..<11])
            #expect(mentions.map(\.entityID) == ["a"])
        }
    }

    /// A name inside a web address is no mention («…/tech/musk-putin?ref=putin»); the same
    /// name in the text around it is.
    @Test func aNameInsideAWebAddressIsNoMention() {
        let gazetteer = Gazetteer(entities: [GazetteerEntity(id: "putin", strongAliases: ["بوتين", "Putin"])])
        let text =
            "نقلت الصحيفة https://www.wsj.com/tech/musk-putin?ref=Putin أن بوتين تحدث، وانظر www.example.org/putin."
        let mentions = MentionFinder(gazetteer: gazetteer).mentions(in: text)
        #expect(mentions.map(\.surface) == ["بوتين"])
    }
}
