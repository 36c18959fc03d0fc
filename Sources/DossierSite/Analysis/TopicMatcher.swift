import ArabicText
import DossierModel

/// Finds topic terms in paragraphs, on L2 stems, as whole token sequences (docs/arabic-text-engine.md §5.1).
///
/// Every term is reduced to its sequence of L2 token stems; a paragraph's tokens are stemmed
/// the same way, and a term hits where its stems follow each other separated by spaces only.
/// Within one topic the longest term wins at a position and hits never overlap; different
/// topics may hit the same words.
struct TopicMatcher: Sendable {
    private struct Term: Sendable {
        let topic: Int
        let stems: [String]
        let text: String
    }

    private let topics: [Topic]
    /// Terms by their first stem, longest first then in topic/term order.
    private let termsByFirstStem: [String: [Term]]

    /// Compiles the terms of every topic (a topic without terms uses its title).
    init(topics: [Topic]) {
        self.topics = topics
        var index: [String: [Term]] = [:]
        for (topicIndex, topic) in topics.enumerated() {
            for term in topic.terms.isEmpty ? [topic.title] : topic.terms {
                let stems = ArabicTokenizer.tokens(in: ArabicNormalizer.searchKey(term)).map(\.text)
                guard let first = stems.first else { continue }
                index[first, default: []].append(Term(topic: topicIndex, stems: stems, text: term))
            }
        }
        termsByFirstStem = index.mapValues { terms in
            terms.enumerated().sorted { lhs, rhs in
                lhs.element.stems.count != rhs.element.stems.count
                    ? lhs.element.stems.count > rhs.element.stems.count : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    /// Hits in one paragraph, by position then topic id.
    ///
    /// A long paragraph is searched a piece at a time (`TextChunks`: cuts fall on punctuation,
    /// and a term's words are separated by spaces only, so no hit crosses a cut), which keeps
    /// its keys and tokens small; the pieces come in order, so their hits do too.
    func hits(in paragraph: String, article: String, paragraphIndex: Int, paragraphOffset: Int) -> [TopicHit] {
        var result: [TopicHit] = []
        TextChunks.forEach(in: paragraph) { piece, pieceOffset in
            for hit in hits(in: piece) {
                let range = (hit.range.lowerBound + pieceOffset)..<(hit.range.upperBound + pieceOffset)
                result.append(
                    TopicHit(
                        topic: topics[hit.topic].id, article: article, paragraphIndex: paragraphIndex, range: range,
                        bodyRange: (range.lowerBound + paragraphOffset)..<(range.upperBound + paragraphOffset),
                        term: hit.term, surface: hit.surface))
            }
        }
        return result
    }

    /// A hit in one piece of a paragraph: topic index, scalar range in the piece, term, surface.
    private struct PieceHit {
        let topic: Int
        let range: Range<Int>
        let term: String
        let surface: String
    }

    /// Hits in one piece of a paragraph, by position then topic index.
    private func hits(in piece: String) -> [PieceHit] {
        let stemmed = ArabicNormalizer.searchKey(piece)
        let stems = ArabicTokenizer.tokens(in: stemmed)
        guard !stems.isEmpty else { return [] }
        // The stemmer keeps every token (at least two letters), so L1 and L2 tokens correspond
        // one to one; L1 ranges cover the whole words, clitics and suffixes included.
        let words = ArabicTokenizer.tokens(in: ArabicNormalizer.matchKey(piece))
        let ranges = words.count == stems.count ? words.map(\.sourceRange) : stems.map(\.sourceRange)
        let scalars = Array(piece.unicodeScalars)
        var nextFree = Array(repeating: 0, count: topics.count)
        var result: [PieceHit] = []
        for position in stems.indices {
            guard let candidates = termsByFirstStem[stems[position].text] else { continue }
            for term in candidates where nextFree[term.topic] <= position {
                guard matches(term.stems, at: position, tokens: stems, key: stemmed) else { continue }
                let end = position + term.stems.count
                nextFree[term.topic] = end
                let range = ranges[position].lowerBound..<ranges[end - 1].upperBound
                var surface = String.UnicodeScalarView()
                surface.append(contentsOf: scalars[range])
                result.append(PieceHit(topic: term.topic, range: range, term: term.text, surface: String(surface)))
            }
        }
        return result.sorted {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound : topics[$0.topic].id < topics[$1.topic].id
        }
    }

    private func matches(_ stems: [String], at position: Int, tokens: [ArabicToken], key: NormalizedText) -> Bool {
        guard position + stems.count <= tokens.count else { return false }
        for offset in stems.indices {
            let token = tokens[position + offset]
            guard token.text == stems[offset] else { return false }
            if offset > 0 {
                let gap = tokens[position + offset - 1].keyRange.upperBound..<token.keyRange.lowerBound
                guard key.scalars[gap].allSatisfy({ $0 == " " }) else { return false }
            }
        }
        return true
    }
}
