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
    ])
    func lint(_ name: String, _ entities: [GazetteerEntity], _ expected: [String]) {
        #expect(Self.kinds(entities) == expected, "\(name)")
    }

    @Test func messagesNameTheFix() {
        let finding = GazetteerLint.findings(for: [GazetteerEntity(id: "ali", strongAliases: ["علي"])]).last
        #expect(finding?.message.contains("«على»") == true)
        #expect(finding?.message.contains("weak") == true)
    }
}
