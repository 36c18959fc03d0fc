import ArabicText
import Testing

@Suite("Mention finder: phrasing from news articles")
struct SeedPhrasingMentionTests {
    static let cases: [MentionCase] = [
        // Proclitics on the first token, including on weak aliases once activated.
        MentionCase(
            "و on weak after strong", "إيلون ماسك يرد. “محادثات سرية” بين بوتين وماسك",
            ["musk:إيلون ماسك", "putin:بوتين", "musk:وماسك"]),
        MentionCase("ل on weak", "إيلون ماسك: موقع “إكس” التابع لماسك", ["musk:إيلون ماسك", "musk:لماسك"]),
        MentionCase(
            "ب on weak", "أشاد بوتين بماسك علناً، وإيلون ماسك رد", ["putin:بوتين", "musk:بماسك", "musk:وإيلون ماسك"]),
        MentionCase("بال on article name", "معلومة اتصالات ماسك بالكرملين", ["kremlin:بالكرملين"]),
        MentionCase("لل with quote mark", "أخبرني أيضاً ما هي الخطوط الحمراء للكرملين”.", ["kremlin:للكرملين"]),
        MentionCase("و on article name", "أوكرانيا وستارلينك لمعالجة هذه القضية", ["starlink:وستارلينك"]),
        MentionCase("ل on Arabic name", "خلال الحملة الانتخابية لترامب في بنسلفانيا", ["trump:لترامب"]),
        MentionCase("ل on ناسا", "قلقاً خاصاً لناسا ووزارة الدفاع", ["nasa:لناسا"]),
        MentionCase("و on ناسا", "لوزارة الدفاع وناسا", ["nasa:وناسا"]),
        MentionCase("و before guillemet", "لشركتي «تسلا» و«سبيس إكس»", ["spacex:سبيس إكس"]),
        MentionCase("وسبيس", "مؤسس شركتي تسلا وسبيس إكس، كان", ["spacex:وسبيس إكس"]),
        // Spelling variants listed as aliases; folding handles hamza.
        MentionCase("بوتن variant", "ضغط بوتن على ماسك", ["putin:بوتن"]),
        MentionCase(
            "ترمب variant, full name listed only as ترامب", "حملة المرشح الجمهوري للرئاسة دونالد ترمب", ["trump:ترمب"]),
        MentionCase("البنتاجون", "قال متحدث باسم وزارة الدفاع الأميركية البنتاجون:", ["pentagon:البنتاجون"]),
        MentionCase("البنتاغون", "ورفض البنتاغون حتى الآن دحض أو تأكيد", ["pentagon:البنتاغون"]),
        MentionCase("سبيس أكس alef-hamza", "يمتلك أيضاً سبيس أكس، وهي شركة", ["spacex:سبيس أكس"]),
        MentionCase("سبيس اكس bare alef", "شركة سبيس اكس", ["spacex:سبيس اكس"]),
        MentionCase("Arabic and Latin gloss", "«سبيس إكس SpaceX»", ["spacex:سبيس إكس", "spacex:SpaceX"]),
        MentionCase(
            "Latin case fold", "SPACEX and spacex and Starlink",
            ["spacex:SPACEX", "spacex:spacex", "starlink:Starlink"]),
        MentionCase("Latin inside Arabic", "الأقمار الصناعية Starlink في تايوان", ["starlink:Starlink"]),
        MentionCase("شي جين بينج", "كخدمة للرئيس الصيني شي جين بينج", ["xi:شي جين بينج"]),
        MentionCase("شي جين بينغ", "للزعيم الصيني شي جين بينغ.", ["xi:شي جين بينغ"]),
        MentionCase("زيلينسكي full name", "الرئيس الأوكراني فولوديمير زيلينسكي،", ["zelensky:فولوديمير زيلينسكي"]),
        MentionCase(
            "بيل نيلسون then نيلسون", "قال مدير وكالة ناسا، بيل نيلسون، ثم قال نيلسون",
            ["nasa:ناسا", "bill_nelson:بيل نيلسون", "bill_nelson:نيلسون"]),
        MentionCase("diacritics and tatweel", "قال بُوتِين ثم بوتـــين", ["putin:بُوتِين", "putin:بوتـــين"]),
        MentionCase("presentation forms", "\u{FE8D}\u{FEDF}كرملين", ["kremlin:\u{FE8D}\u{FEDF}كرملين"]),
        // Bremmer: two people, one weak surname, one extra spelling.
        MentionCase(
            "إيان بريمير variant", "كتب عالم السياسة إيان بريمير، وكتب بريمير",
            ["ian_bremmer:إيان بريمير", "ian_bremmer:بريمير"]),
        MentionCase(
            "لبريمير weak", "إيان بريمير قال. ونفى ماسك أنه قال شيئاً لبريمير.",
            ["ian_bremmer:إيان بريمير", "ian_bremmer:لبريمير"]),
        MentionCase(
            "إيلي بريمر then بريمر", "إيلي بريمر، مخطط استراتيجي. وأشار بريمر إلى",
            ["eli_bremmer:إيلي بريمر", "eli_bremmer:بريمر"]),
        MentionCase(
            "بريمر weak with both people", "إيان بريمر وإيلي بريمر، وأضاف بريمر",
            ["ian_bremmer:إيان بريمر", "eli_bremmer:وإيلي بريمر"]),
        MentionCase("بريمير only Ian's weak", "إيلي بريمر قال، وكتب بريمير", ["eli_bremmer:إيلي بريمر"]),
        // Negatives: tokens that contain a name, common words equal to a weak alias.
        MentionCase("تماسك", "تماسك الحكومة ضروري", []),
        MentionCase("تمسكوا", "ونشر “تمسكوا بأوكرانيا القوية”", []),
        MentionCase("ماسك noun, no strong", "أمسك الشرطي ماسك الباب بقوة", []),
        MentionCase("ماسكالمصدر glued caption", "إيلون ماسكالمصدر: رويترز", []),
        MentionCase("بوتينية", "النزعة البوتينية في روسيا", []),
        MentionCase("الترامبية", "السياسات الترامبية", []),
        MentionCase("ستارلينكية", "ستارلينكيه", []),
        MentionCase("X is not SpaceX", "على منصة “إكس”", []),
        MentionCase("إكس alone", "إكس", []),
        MentionCase("later token must match", "سبيس جديدة", []),
        MentionCase("tokens split by punctuation", "شي، جين بينغ", []),
        MentionCase("no proclitic on later tokens", "إيلون وماسك", []),
        MentionCase("enclitic not allowed", "بوتينه", []),
        MentionCase("line break between tokens", "إيلون\nماسك", []),
        MentionCase("longest wins", "الرئيس فلاديمير بوتين وبوتن", ["putin:فلاديمير بوتين", "putin:وبوتن"]),
    ]

    @Test(arguments: cases)
    func phrasing(_ testCase: MentionCase) {
        let found = TestGazetteers.resolved(testCase.text, in: TestGazetteers.seeds).map(\.description)
        #expect(found == testCase.expected)
    }

    @Test func weakNounWithoutStrongMentionIsAmbiguousNotLinked() {
        let mentions = MentionFinder(gazetteer: TestGazetteers.seeds).mentions(in: "أمسك الشرطي ماسك الباب")
        #expect(mentions.count == 1)
        #expect(mentions.first?.status == .ambiguous(candidates: ["musk"]))
        #expect(mentions.first?.isResolved == false)
    }

    @Test(arguments: [
        ("قال لقناة \"الحرة\" إنه", ["alhurra:لقناة \"الحرة"]),
        ("في حديث لقناة «الحرة»، وقالت الحرة", ["alhurra:لقناة «الحرة", "alhurra:الحرة"]),
        ("بثت قناة “الحرة” تقريرا", ["alhurra:قناة “الحرة"]),
        ("على قناة، الحرة أيضا", []),
    ])
    func quotationMarksMayStandInsideAName(_ text: String, _ expected: [String]) {
        let gazetteer = Gazetteer(entities: [
            GazetteerEntity(id: "alhurra", strongAliases: ["قناة الحرة"], weakAliases: ["الحرة"])
        ])
        #expect(TestGazetteers.resolved(text, in: gazetteer).map(\.description) == expected)
    }

    @Test func exclusionDropsOnlyItsEntity() {
        let gazetteer = Gazetteer(entities: [
            GazetteerEntity(id: "parliament", strongAliases: ["المجلس"], exclusions: ["المجلس الدستوري"]),
            GazetteerEntity(id: "court", strongAliases: ["المجلس الدستوري"]),
        ])
        let finder = MentionFinder(gazetteer: gazetteer)
        let texts: [(String, [String?])] = [
            ("قرر المجلس الدستوري", ["court"]),
            ("قرر المجلس أمس", ["parliament"]),
            ("وللمجلس رأي", ["parliament"]),
        ]
        for (text, expected) in texts {
            #expect(finder.mentions(in: text).map(\.entityID) == expected, "\(text)")
        }
        let excludedOnly = MentionFinder(
            gazetteer: Gazetteer(entities: [
                GazetteerEntity(id: "parliament", strongAliases: ["المجلس"], exclusions: ["المجلس الدستوري"])
            ]))
        #expect(excludedOnly.mentions(in: "قرر المجلس الدستوري ثم المجلس").map(\.surface) == ["المجلس"])
    }

    @Test func sharedStrongAliasIsAmbiguous() {
        let gazetteer = Gazetteer(entities: [
            GazetteerEntity(id: "a", strongAliases: ["جونسون"]),
            GazetteerEntity(id: "b", strongAliases: ["جونسون"]),
        ])
        let mentions = MentionFinder(gazetteer: gazetteer).mentions(in: "قال جونسون")
        #expect(mentions.map(\.status) == [.ambiguous(candidates: ["a", "b"])])
    }

    @Test func bareReadingBeatsProcliticReading() {
        let gazetteer = Gazetteer(entities: [
            GazetteerEntity(id: "lavrov", strongAliases: ["لافروف"]),
            GazetteerEntity(id: "fake", strongAliases: ["افروف"]),
        ])
        #expect(MentionFinder(gazetteer: gazetteer).mentions(in: "قال لافروف").map(\.entityID) == ["lavrov"])
        #expect(MentionFinder(gazetteer: gazetteer).mentions(in: "قال ولافروف").map(\.entityID) == ["lavrov"])
    }

    @Test func shortAliasesAreNotIndexed() {
        let gazetteer = Gazetteer(entities: [GazetteerEntity(id: "xi", strongAliases: ["شي"])])
        #expect(MentionFinder(gazetteer: gazetteer).mentions(in: "الرئيس شي").isEmpty)
    }
}
