import ArabicText
import PropertyBased
import Testing

/// Quote anchoring on random articles: a passage cut from the text is found where it is, any
/// other quote is anchored inside the text or reported as an orphan, and nothing hangs.
/// The time limit stops a hang, nothing more: a busy machine took three minutes where an idle
/// one takes seconds.
@Suite(.timeLimit(.minutes(10)))
struct QuoteAnchorFuzzTests {
    private static let cut = Gen<Int>.value(in: 0...10_000)

    @Test func aPassageCutFromTheTextIsFoundExactly() async {
        await propertyCheck(count: 1200, input: FuzzText.arabicProse(words: 3...80), Self.cut, Self.cut) {
            prose, start, length in
            let text = ArabicNormalizer.displayText(prose)
            let scalars = Array(text.unicodeScalars)
            guard scalars.count > 4 else { return }
            let lower = start % (scalars.count - 1)
            let upper = min(scalars.count, lower + 2 + length % 60)
            var exact = String.UnicodeScalarView()
            exact.append(contentsOf: scalars[lower..<upper])
            let quote = String(exact)
            guard quote.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
            let result = QuoteAnchor.anchor(QuoteSelector(exact: quote, start: lower), in: text)
            let anchored = try #require(result.anchored, "\(quote) in \(text)")
            var found = String.UnicodeScalarView()
            found.append(contentsOf: scalars[anchored.range])
            #expect(String(found) == quote)
        }
    }

    @Test func anyQuoteIsAnchoredInsideTheTextOrIsAnOrphan() async {
        let hint = Gen<Int>.value(in: -5...500).optional
        await propertyCheck(
            count: 1500, input: FuzzText.string(upTo: 300), FuzzText.string(upTo: 40), FuzzText.string(upTo: 20), hint
        ) { article, quote, context, start in
            let text = ArabicNormalizer.displayText(article)
            let selector = QuoteSelector(exact: quote, prefix: context, suffix: context, start: start)
            switch QuoteAnchor.anchor(selector, in: text) {
            case .anchored(let anchored):
                #expect(anchored.range.lowerBound >= 0 && anchored.range.upperBound <= text.unicodeScalars.count)
                #expect(!anchored.range.isEmpty)
            case .orphan(let orphan):
                #expect((0...1).contains(orphan.score) && (0...1).contains(orphan.quoteScore))
                if let nearest = orphan.nearest { #expect(nearest.upperBound <= text.unicodeScalars.count) }
            }
        }
    }
}
