import ArabicText
import Testing

@Suite("Gazetteer lint (docs/arabic-text-engine.md §4.6)")
struct GazetteerLintTests {
    static func kinds(_ entities: [GazetteerEntity]) -> [String] {
        GazetteerLint.findings(for: entities).map {
            "\($0.entityID):\($0.alias):\($0.kind):\($0.severity.rawValue)"
        }
    }

    @Test(arguments: [
        ("two letters rejected", [GazetteerEntity(id: "xi", strongAliases: ["شي"])], ["xi:شي:tooShort:error"]),
        (
            "two letters rejected even weak",
            [GazetteerEntity(id: "xi", strongAliases: ["شي جين بينغ"], weakAliases: ["شي"])],
            ["xi:شي:tooShort:error"]
        ),
        ("three letters flagged", [GazetteerEntity(id: "un", strongAliases: ["بان"])], ["un:بان:short:warning"]),
        (
            "three letters already weak is fine",
            [GazetteerEntity(id: "x", strongAliases: ["منصة إكس"], weakAliases: ["إكس"])], []
        ),
        (
            "function word already weak is fine",
            [GazetteerEntity(id: "ali", strongAliases: ["علي خامنئي"], weakAliases: ["علي"])], []
        ),
        (
            "folds onto على", [GazetteerEntity(id: "ali", strongAliases: ["علي"])],
            ["ali:علي:short:warning", "ali:علي:foldsOntoCommonWord:warning"]
        ),
        (
            "folds onto إلى", [GazetteerEntity(id: "x", strongAliases: ["الي"])],
            ["x:الي:short:warning", "x:الي:foldsOntoCommonWord:warning"]
        ),
        (
            "stopword itself", [GazetteerEntity(id: "x", strongAliases: ["على"])],
            ["x:على:short:warning", "x:على:stopword:warning"]
        ),
        ("multi-token with short token is fine", [GazetteerEntity(id: "xi", strongAliases: ["شي جين بينغ"])], []),
        ("empty alias", [GazetteerEntity(id: "x", strongAliases: ["«»"])], ["x:«»:empty:error"]),
        (
            "strong alias shared",
            [
                GazetteerEntity(id: "ian", strongAliases: ["إيان بريمر", "بريمر"]),
                GazetteerEntity(id: "eli", strongAliases: ["إيلي بريمر", "بريمر"]),
            ], ["ian:بريمر:sharedAlias:warning", "eli:بريمر:sharedAlias:warning"]
        ),
        (
            "shared via spelling variant",
            [
                GazetteerEntity(id: "a", strongAliases: ["أحمد زكي"]),
                GazetteerEntity(id: "b", strongAliases: ["احمد زكى"]),
            ], ["a:أحمد زكي:sharedAlias:warning", "b:احمد زكى:sharedAlias:warning"]
        ),
        (
            "strong for one, weak for other",
            [
                GazetteerEntity(id: "musk", strongAliases: ["ماسك"]),
                GazetteerEntity(id: "mask", strongAliases: ["قناع"], weakAliases: ["ماسك"]),
            ], ["musk:ماسك:sharedAlias:warning", "mask:ماسك:sharedAlias:warning"]
        ),
        (
            "weak shared is fine",
            [
                GazetteerEntity(id: "ian", strongAliases: ["إيان بريمر"], weakAliases: ["بريمر"]),
                GazetteerEntity(id: "eli", strongAliases: ["إيلي بريمر"], weakAliases: ["بريمر"]),
            ], []
        ),
        ("same entity twice is not shared", [GazetteerEntity(id: "p", strongAliases: ["بوتين", "بوتين"])], []),
        (
            "weak alias a word of another's name",
            [
                GazetteerEntity(id: "joseph", strongAliases: ["جوزاف عون"], weakAliases: ["عون", "قائد الجيش"]),
                GazetteerEntity(id: "michel", strongAliases: ["ميشال عون"]),
            ], ["joseph:عون:weakAliasInOtherName:warning"]
        ),
        (
            "weak alias words inside another's longer name",
            [
                GazetteerEntity(id: "a", strongAliases: ["علي"], weakAliases: ["عبد الله"]),
                GazetteerEntity(id: "b", strongAliases: ["الملك عبد الله الثاني"]),
            ], ["a:علي:short:warning", "a:علي:foldsOntoCommonWord:warning", "a:عبد الله:weakAliasInOtherName:warning"]
        ),
        (
            "weak alias a word of its own name only is fine",
            [GazetteerEntity(id: "joseph", strongAliases: ["جوزاف عون", "الرئيس عون"], weakAliases: ["عون"])], []
        ),
        (
            "a part of a word is not a word",
            [
                GazetteerEntity(id: "joseph", strongAliases: ["جوزاف عون"], weakAliases: ["عون"]),
                GazetteerEntity(id: "aouni", strongAliases: ["التيار العوني"]),
            ], []
        ),
    ])
    func lint(_ name: String, _ entities: [GazetteerEntity], _ expected: [String]) {
        #expect(Self.kinds(entities) == expected, "\(name)")
    }

    @Test func namesakeFindingNamesTheOtherActorAndTheFix() throws {
        let finding = try #require(
            GazetteerLint.findings(for: [
                GazetteerEntity(id: "joseph-aoun", strongAliases: ["جوزاف عون"], weakAliases: ["عون"]),
                GazetteerEntity(id: "michel-aoun", strongAliases: ["ميشال عون"]),
            ]).first)
        #expect(finding.message.contains("«ميشال عون», a name of michel-aoun"))
        #expect(finding.fix?.contains("`weak_aliases:` of michel-aoun") == true)
        #expect(finding.fix?.contains("`exclude:` of joseph-aoun") == true)
    }

    /// Only a person is called by one word of the name: «إكس» alone is the platform, not «سبيس إكس».
    @Test func onlyPeoplesNamesCount() {
        let entities = [
            GazetteerEntity(id: "x-twitter", strongAliases: ["منصة إكس"], weakAliases: ["إكس"]),
            GazetteerEntity(id: "spacex", strongAliases: ["سبيس إكس"]),
            GazetteerEntity(id: "joseph", strongAliases: ["جوزاف عون"], weakAliases: ["عون"]),
            GazetteerEntity(id: "michel", strongAliases: ["ميشال عون"]),
        ]
        let findings = GazetteerLint.findings(for: entities, people: ["joseph", "michel"])
        #expect(findings.map(\.alias) == ["عون"])
    }

    @Test func messagesNameTheFix() {
        let finding = GazetteerLint.findings(for: [GazetteerEntity(id: "ali", strongAliases: ["علي"])]).last
        #expect(finding?.message.contains("«على»") == true)
        #expect(finding?.message.contains("weak") == true)
    }
}
