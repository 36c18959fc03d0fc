import Testing

@testable import ArabicText

/// Searches that share a text's `TokenizedPiece`s find what each finds alone.
@Suite struct TokenizedPieceTests {
    private static let text = String(
        repeating: "قال وبوتين، في «الكرملين» إنّ لافروف التقى بايدن.\nوأضاف: Biden والكرملين؟ ", count: 600)

    @Test func piecesTileTheTextWithTheirKeysAndTokens() {
        var tokens: [ArabicToken] = []
        var next = 0
        TokenizedPiece.forEach(in: Self.text) { piece in
            #expect(piece.offset == next)
            next += piece.text.unicodeScalars.count
            #expect(piece.key == ArabicNormalizer.matchKey(piece.text))
            tokens += piece.tokens.map { token in
                ArabicToken(
                    text: token.text, keyRange: token.keyRange,
                    sourceRange: (token.sourceRange.lowerBound + piece.offset)..<(token.sourceRange.upperBound
                        + piece.offset), script: token.script)
            }
        }
        #expect(next == Self.text.unicodeScalars.count)
        #expect(tokens.map(\.sourceRange) == ArabicTokenizer.tokens(in: Self.text).map(\.sourceRange))
        #expect(tokens.map(\.text) == ArabicTokenizer.tokens(in: Self.text).map(\.text))
    }

    @Test func twoScansOfSharedPiecesFindWhatEachFinderFindsAlone() {
        let people = MentionFinder(gazetteer: TestGazetteers.seeds)
        let places = MentionFinder(
            gazetteer: Gazetteer(entities: [GazetteerEntity(id: "kremlin", strongAliases: ["الكرملين"])]))
        var first = MentionScan(finder: people)
        var second = MentionScan(finder: places)
        TokenizedPiece.forEach(in: Self.text) { piece in
            first.add(piece)
            second.add(piece)
        }
        #expect(first.mentions().count > 600)
        #expect(first.mentions() == people.mentions(in: Self.text))
        #expect(second.mentions().count == 1_200)
        #expect(second.mentions() == places.mentions(in: Self.text))
    }

    @Test func searchStemsAreTheTokensOfTheSearchKey() {
        let text = "والعقوبات الاقتصادية وبالهدنة للكرملين و ال SpaceX ومفاوضاتهم كتابها ابنها"
        let key = ArabicNormalizer.matchKey(text)
        let stems = ArabicTokenizer.tokens(in: key).map { $0.searchStem(in: key) }
        #expect(stems == ArabicTokenizer.tokens(in: ArabicNormalizer.searchKey(text)).map(\.text))
        #expect(stems.contains("عقوب"))
    }
}
