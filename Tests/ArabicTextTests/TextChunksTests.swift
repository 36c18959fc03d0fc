import Testing

@testable import ArabicText

/// Long texts are normalised, tokenised and searched a piece at a time; the pieces must give
/// exactly what the whole text gives.
@Suite struct TextChunksTests {
    /// Breaks followed by what could trip a cut: marks, tatweel, runs of spaces, CR LF, a NFC
    /// pair, a ligature and Latin words.
    private static let tricky =
        "قال بوتين،  ـإن الكرملين.\u{064E}مستعد؛\r\nوأضاف: e\u{0301}lan ﻻ SpaceX? «ماسك» ؟ \n\n  جديد!"

    private static func pieces(of text: String, minimum: Int) -> [(String, Int)] {
        var pieces: [(String, Int)] = []
        TextChunks.forEach(in: text, minimumScalars: minimum) { pieces.append(($0, $1)) }
        return pieces
    }

    @Test(arguments: [1, 2, 5, 8, 1_000])
    func piecesTileTheTextAndCutAfterBreaks(_ minimum: Int) {
        let pieces = Self.pieces(of: Self.tricky, minimum: minimum)
        #expect(pieces.map(\.0).joined() == Self.tricky)
        var offset = 0
        for (piece, start) in pieces {
            #expect(start == offset)
            offset += piece.unicodeScalars.count
        }
        for (piece, _) in pieces.dropLast() {
            #expect(piece.unicodeScalars.count >= minimum)
            #expect(["\n", ".", ",", ";", ":", "!", "?", "،", "؛", "؟"].contains(piece.unicodeScalars.last))
        }
        #expect(minimum > 100 ? pieces.count == 1 : pieces.count > 3)
    }

    @Test(arguments: [1, 3, 7])
    func keysOfThePiecesMakeTheKeyOfTheWhole(_ minimum: Int) {
        let whole = ArabicNormalizer.matchKey(Self.tricky)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        for (piece, start) in Self.pieces(of: Self.tricky, minimum: minimum) {
            let key = ArabicNormalizer.matchKey(piece)
            scalars += key.scalars
            offsets += key.sourceOffsets.dropLast().map { $0 + start }
        }
        #expect(scalars == whole.scalars)
        #expect(offsets + [Self.tricky.unicodeScalars.count] == whole.sourceOffsets)
    }

    @Test func tokensOfALongTextAreTheTokensOfTheWhole() {
        let text = String(repeating: Self.tricky + " ", count: 800)
        #expect(text.unicodeScalars.count > 4 * TextChunks.minimumScalars)
        var streamed: [ArabicToken] = []
        ArabicTokenizer.forEachToken(in: text) { streamed.append($0) }
        #expect(streamed == ArabicTokenizer.tokens(in: text))
    }

    /// The piece size counts scalars, not bytes: an Arabic text of more bytes than a piece has
    /// scalars but fewer scalars is one piece, and one scalar more past a break cuts it there.
    @Test func aPieceIsMeasuredInScalars() {
        let sentence = "قال الوزير إن الحكومة مستعدة. "
        let count = sentence.unicodeScalars.count
        let short = String(repeating: sentence, count: 20)
        #expect(short.utf8.count > 20 * count)
        #expect(Self.pieces(of: short, minimum: 20 * count + 1).map(\.0) == [short])
        let pieces = Self.pieces(of: short, minimum: 20 * count - 2)
        #expect(pieces.map(\.0) == [String(short.dropLast()), " "])
        #expect(pieces.map(\.1) == [0, 20 * count - 1])
        #expect(Self.pieces(of: "", minimum: 1).isEmpty)
    }

    @Test func aTextWithoutBreaksIsOnePiece() {
        let text = String(repeating: "بوتين وماسك ", count: 2_000)
        #expect(Self.pieces(of: text, minimum: TextChunks.minimumScalars).count == 1)
    }

    /// A weak alias far from the strong one that activates it, in another piece, still links;
    /// every range points at its surface in the whole text.
    @Test func mentionsAcrossPiecesResolveOverTheWholeText() {
        let filler = String(repeating: "وقالت الصحيفة إن الاتصالات مستمرة منذ سنوات. ", count: 600)
        let text = "استخدم ماسك الوجه يوميا. " + filler + "قال إيلون ماسك إن الشركة ستنمو.\n" + filler + "وأضاف ماسك"
        #expect(text.unicodeScalars.count > 4 * TextChunks.minimumScalars)
        let mentions = MentionFinder(gazetteer: TestGazetteers.mRows).mentions(in: text)
        #expect(
            mentions.map { "\($0.entityID ?? "?"):\($0.surface)" } == ["musk:ماسك", "musk:إيلون ماسك", "musk:ماسك"])
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.range])) == mention.surface)
        }
        #expect(mentions.last?.range.upperBound == scalars.count)
    }
}
