import ArabicText
import DossierModel

/// Finds topic terms in paragraphs, on L2 stems, as whole token sequences (docs/arabic-text-engine.md §5.1).
///
/// Every term is reduced to its sequence of L2 token stems; a paragraph's tokens are stemmed
/// the same way, and a term hits where its stems follow each other separated by spaces only.
/// Within one topic the longest term wins at a position and hits never overlap; different
/// topics may hit the same words.
package struct TopicMatcher: Sendable {
    private struct Term: Sendable {
        package let topic: Int
        package let stems: [TokenText]
        package let text: String
    }

    private let topics: [Topic]
    /// Terms by their first stem, longest first then in topic/term order.
    private let termsByFirstStem: ByteStringTable<[Term]>

    /// Compiles the terms of every topic (a topic without terms uses its title).
    package init(topics: [Topic]) {
        self.topics = topics
        var index = ByteStringTable<[Term]>()
        for (topicIndex, topic) in topics.enumerated() {
            for term in topic.terms.isEmpty ? [topic.title] : topic.terms {
                let stems = ArabicTokenizer.tokens(in: ArabicNormalizer.searchKey(term)).map { TokenText($0.text) }
                guard let first = stems.first else { continue }
                index.modify(first.text, default: { [] }) {
                    $0.append(Term(topic: topicIndex, stems: stems, text: term))
                }
            }
        }
        index.modifyEach { terms in
            terms = terms.enumerated().sorted { lhs, rhs in
                lhs.element.stems.count != rhs.element.stems.count
                    ? lhs.element.stems.count > rhs.element.stems.count : lhs.offset < rhs.offset
            }.map(\.element)
        }
        termsByFirstStem = index
    }

    /// A hit in one piece of a text: topic id, L0 scalar range in the whole text, term, surface.
    package struct PieceHit: Sendable {
        package let topic: String
        package let range: Range<Int>
        package let term: String
        package let surface: String
    }

    /// Hits in one piece of a text, by position then topic id, with L0 scalar ranges in the
    /// whole text.
    ///
    /// A term's words are separated by spaces only, so no hit crosses a cut between pieces
    /// (`TextChunks` cuts after punctuation) or a line break: the pieces of a whole article
    /// give the hits of each of its paragraphs. The L2 tokens are the stems of the piece's L1
    /// tokens (`ArabicToken.searchStem`), one to one, so L1 ranges cover the whole words,
    /// clitics and suffixes included, and the separators between tokens are the L1 ones.
    package func hits(in piece: TokenizedPiece) -> [PieceHit] {
        let words = piece.tokens
        guard !words.isEmpty else { return [] }
        let stems = words.map { TokenText($0.searchStem(in: piece.key)) }
        var nextFree = Array(repeating: 0, count: topics.count)
        var found: [(term: Term, range: Range<Int>)] = []
        for position in stems.indices {
            guard let candidates = termsByFirstStem[stems[position].text] else { continue }
            for term in candidates where nextFree[term.topic] <= position {
                guard matches(term.stems, at: position, stems: stems, words: words, key: piece.key) else { continue }
                let end = position + term.stems.count
                nextFree[term.topic] = end
                found.append((term, words[position].sourceRange.lowerBound..<words[end - 1].sourceRange.upperBound))
            }
        }
        // Hits come by position, so their surfaces are copied in one walk of the text.
        let surfaces = piece.text.scalarSlices(found.map(\.range))
        let result = zip(found, surfaces).map { found, surface in
            PieceHit(
                topic: topics[found.term.topic].id,
                range: (found.range.lowerBound + piece.offset)..<(found.range.upperBound + piece.offset),
                term: found.term.text, surface: surface)
        }
        return result.sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.topic < $1.topic
        }
    }

    /// Whether `termStems` follow each other from `position` in the piece, separated by spaces only.
    private func matches(
        _ termStems: [TokenText], at position: Int, stems: [TokenText], words: [ArabicToken], key: NormalizedText
    ) -> Bool {
        guard position + termStems.count <= stems.count else { return false }
        for offset in termStems.indices {
            guard stems[position + offset] == termStems[offset] else { return false }
            if offset > 0 {
                let gap =
                    words[position + offset - 1].keyRange.upperBound..<words[position + offset].keyRange.lowerBound
                guard key.scalars[gap].allSatisfy({ $0 == " " }) else { return false }
            }
        }
        return true
    }
}
