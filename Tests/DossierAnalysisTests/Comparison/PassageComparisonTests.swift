import ArabicText
import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis

@Suite("PassageComparison")
struct PassageComparisonTests {
    let result = PassageComparison().compare(damStory)

    @Test(
        "paraphrases across outlets are paired",
        arguments: [
            ("dam-a", 1, "dam-b", 3, "أربعات"),
            ("dam-a", 2, "dam-b", 2, "أسرة"),
            ("dam-a", 1, "dam-c", 1, "أربعات"),
        ])
    func paraphraseFound(a: String, i: Int, b: String, j: Int, word: String) {
        let pair = result.pairs.first {
            $0.first == PassageLocation(articleID: a, paragraph: i)
                && $0.second == PassageLocation(articleID: b, paragraph: j)
        }
        #expect(pair != nil, "\(result.pairs)")
        #expect((pair?.score ?? 0) >= 0.5)
        // The claim shows the words its best pair shares.
        let claim = result.claims.first { $0.passages.contains(PassageLocation(articleID: a, paragraph: i)) }
        #expect(claim?.sharedWords.contains(word) == true, "\(String(describing: claim))")
    }

    /// The shared words are read again from the paragraphs, as they are written there (hamza,
    /// taa marbuta), not as their keys, whether the tokens were made now or taken from a record.
    @Test("shared words are the words as written")
    func sharedWordsAsWritten() throws {
        let comparison = PassageComparison()
        let digests = ComparisonRecord.digests(of: damStory, generator: "generator-1")
        let (first, tokens, _) = comparison.compare(damStory, digests: digests, reusing: nil)
        let taken = comparison.compare(damStory, digests: digests, reusing: tokens).result
        #expect(taken == first)
        let texts = Dictionary(uniqueKeysWithValues: damStory.map { ($0.id, $0.paragraphs.map(\.text)) })
        var differFromKeys = 0
        for claim in taken.claims {
            #expect(!claim.sharedWords.isEmpty)
            for word in claim.sharedWords {
                #expect(
                    claim.passages.contains { texts[$0.articleID]?[$0.paragraph - 1].contains(word) == true }, "\(word)"
                )
                if ArabicNormalizer.matchKeyString(word) != word { differFromKeys += 1 }
            }
        }
        #expect(differFromKeys > 0)
    }

    @Test("unrelated paragraphs are not paired")
    func unrelatedNotMatched() {
        let unrelated: Set<PassageLocation> = [
            PassageLocation(articleID: "dam-a", paragraph: 3), PassageLocation(articleID: "dam-b", paragraph: 1),
            PassageLocation(articleID: "dam-c", paragraph: 2),
        ]
        for pair in result.pairs {
            #expect(!unrelated.contains(pair.first) && !unrelated.contains(pair.second), "\(pair)")
        }
    }

    @Test("claims group the passages and list their articles")
    func claimsGrouped() {
        let collapse = result.claims.first { $0.passages.contains(PassageLocation(articleID: "dam-c", paragraph: 1)) }
        #expect(collapse?.articleIDs == ["dam-a", "dam-b", "dam-c"])
        #expect(collapse?.passages.count == 3)
        let evacuation = result.claims.first { $0.passages.contains(PassageLocation(articleID: "dam-a", paragraph: 2)) }
        #expect(evacuation?.articleIDs == ["dam-a", "dam-b"])
        #expect(result.claims.first?.articleIDs.count == 3)
    }

    @Test("a claim holds at most one passage per article")
    func onePassagePerArticle() {
        let lead = "أعلنت وزارة الري أن سد أربعات انهار جزئياً بعد أمطار غزيرة استمرت ثلاثة أيام"
        let headline = "انهيار سد أربعات بعد أمطار غزيرة استمرت ثلاثة أيام بحسب وزارة الري"
        let articles = [comparisonArticle("x", [lead, headline]), comparisonArticle("y", [lead])]
        let result = PassageComparison().compare(articles)
        #expect(result.pairs.count == 2)
        #expect(result.claims.count == 1)
        #expect(result.claims.first?.passages.count == 2)
        #expect(result.claims.first?.passages.contains(PassageLocation(articleID: "x", paragraph: 1)) == true)
    }

    @Test("output does not depend on input order")
    func deterministic() {
        let shuffled = PassageComparison().compare([damStory[2], damStory[0], damStory[1]])
        #expect(shuffled == result)
        #expect(PassageComparison().compare(damStory) == result)
    }

    @Test("paragraphs of the same article are never paired")
    func sameArticleIgnored() {
        let repeated = comparisonArticle("solo", [damStory[0].paragraphs[0].text, damStory[0].paragraphs[0].text])
        #expect(PassageComparison().compare([repeated]).pairs.isEmpty)
    }

    @Test(
        "proclitics and spelling variants do not hide a copy",
        arguments: [
            (
                "قال الوزير إن بوتين طلب من ماسك تجنب تفعيل خدمة الإنترنت فوق تايوان",
                "وقال الوزير ان لبوتين طلباً من وماسك بتجنب تفعيل خدمه الانترنت فوق تايوان"
            ),
            (
                "أجلت فرق الإنقاذ ألفي أسرة من القرى المهددة بالفيضان",
                "أجلت فرق الانقاذ الفي اسره من القرى المهدده بالفيضان"
            ),
        ])
    func variants(a: String, b: String) {
        let pairs = PassageComparison().compare([comparisonArticle("x", [a]), comparisonArticle("y", [b])]).pairs
        #expect(pairs.count == 1)
        #expect((pairs.first?.score ?? 0) > 0.8)
    }

    @Test("a claim's passages carry as much of its first passage as their pair with it")
    func firstOverlapsAreThePairsWithTheFirstPassage() {
        // Passages 0 to 3 form a claim, 3 only through 2 (a chain); passage 4 is paired with 1
        // but outside it.
        let pairs = [(0, 1, 0.5), (0, 2, 0.8), (2, 3, 0.9), (1, 4, 0.95)].map {
            PassageComparison.IndexedPair(first: $0.0, second: $0.1, score: 0.9, wordOverlap: $0.2)
        }
        let claim = ClaimGrouping.Claim(passages: [0, 1, 2, 3], articles: [0, 1, 2, 3], bestScore: 0.9)
        let inside = PassageComparison.insideClaims([claim], pairs: pairs, passageCount: 5)
        #expect(inside.withFirst == [0, 0.5, 0.8, 0, 0])
        #expect(inside.best.map { $0.map { [$0.first, $0.second] } } == [[0, 1]])
    }

    @Test("each claim passage's first overlap is its pair with the claim's first passage")
    func firstOverlapsOfTheComparedClaims() {
        let boilerplate =
            "وقالت مصادر مطلعة إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة برعاية دولية."
        let words = boilerplate.split(separator: " ")
        // Copies that drop a different word each: their overlaps with one another differ.
        let copies = (0..<6).map { dropped in
            comparisonArticle(
                "wire-\(dropped)",
                [words.enumerated().filter { $0.offset != dropped * 2 }.map(\.element).joined(separator: " ")])
        }
        let compared = PassageComparison().compare(damStory + copies)
        #expect(!compared.claims.isEmpty)
        var overlaps: Set<Double> = []
        for claim in compared.claims {
            #expect(claim.firstOverlaps.count == claim.passages.count)
            let first = claim.passages[0]
            for (passage, overlap) in zip(claim.passages, claim.firstOverlaps) {
                let expected =
                    compared.pairs.first {
                        ($0.first == passage && $0.second == first) || ($0.second == passage && $0.first == first)
                    }?.wordOverlap ?? 0
                #expect(overlap == expected, "\(passage)")
                overlaps.insert(overlap)
            }
        }
        #expect(overlaps.count > 1, "\(overlaps)")
    }

    @Test("a passage's closest partners are those a full sort would put first")
    func closestPartnersAreTheFirstOfTheSortedPairs() {
        var generator = SystemRandomNumberGenerator()
        let here = PassageLocation(articleID: "m", paragraph: 2)
        for _ in 0..<50 {
            let pairs = (0..<Int.random(in: 0...40, using: &generator)).map { index in
                let other = PassageLocation(articleID: "a\(index % 9)", paragraph: index)
                // Few distinct overlaps, so that ties are broken by location.
                let overlap = Double(Int.random(in: 1...4, using: &generator)) / 4
                return other < here
                    ? PassagePair(first: other, second: here, score: 1, wordOverlap: overlap)
                    : PassagePair(first: here, second: other, score: 1, wordOverlap: overlap)
            }
            let result = PassageComparisonResult(pairs: pairs, claims: [])
            let sorted = pairs.map { ($0.first == here ? $0.second : $0.first, $0.wordOverlap) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for limit in [1, 5] {
                let closest = result.closestPartners(of: here, limit: limit)
                #expect(closest.map(\.0) == sorted.prefix(limit).map(\.0))
                #expect(closest.map(\.1) == sorted.prefix(limit).map(\.1))
            }
        }
        #expect(PassageComparisonResult(pairs: [], claims: []).closestPartners(of: here, limit: 5).isEmpty)
    }

    @Test(
        "a proclitic is cut only when the corpus has the bare word",
        arguments: [
            ("وبوتين", "بوت"), ("بوتين", "بوت"), ("لبوتين", "بوت"), ("والعقوبات", "عقوب"), ("للكرملين", "كرمل"),
            ("الكرملين", "كرمل"), ("ماسك", "ماسك"), ("وماسك", "وماسك"), ("لافروف", "لافروف"), ("spacex", "spacex"),
        ])
    func stems(token: String, stem: String) {
        let terms = ComparisonTerms(vocabulary: ["بوتين", "العقوبات", "الكرملين"])
        #expect(terms.stem(token) == stem)
    }
}

/// The shared words shown on the comparison page leave out function words, bare or behind «و»/«ف».
struct ComparisonStopWordTests {
    @Test(arguments: [
        ("وفي", true), ("ففي", true), ("في", true), ("حين", true), ("وإن", true), ("وبرز", false), ("ستارلينك", false),
        ("وب", false),
    ])
    func stopWord(surface: String, expected: Bool) {
        #expect(ComparisonStopWords.isStopWord(surface: surface) == expected)
    }

    /// A paragraph repeated across many articles (a wire boilerplate) is scored against a
    /// capped number of candidates, so the work stays linear; the real paraphrases are kept.
    @Test func aParagraphRepeatedEverywhereIsComparedWithACappedNumberOfCandidates() {
        let boilerplate =
            "وقالت مصادر مطلعة إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة برعاية دولية."
        let copies = (0..<40).map { comparisonArticle(String(format: "wire-%02d", $0), [boilerplate]) }
        var options = PassageComparison.Options()
        options.maximumCandidates = 5
        let capped = PassageComparison(options: options).compare(damStory + copies)
        let byFirst = Dictionary(grouping: capped.pairs, by: \.first)
        #expect(byFirst.values.allSatisfy { $0.count <= 5 }, "\(byFirst.mapValues(\.count))")
        #expect(!byFirst.isEmpty)
        // Every later copy shares as much with the first: the tie goes to the earliest five.
        let first = PassageLocation(articleID: "wire-00", paragraph: 1)
        #expect(byFirst[first]?.map(\.second.articleID).sorted() == (1...5).map { String(format: "wire-%02d", $0) })
        // Without the cap each of the 40 copies pairs with every later one.
        let uncapped = PassageComparison().compare(damStory + copies)
        #expect(uncapped.pairs.count > capped.pairs.count)
        // The dam story's paraphrases are found with or without the cap.
        let damPairs = { (result: PassageComparisonResult) in
            result.pairs.filter { $0.first.articleID.hasPrefix("dam") && $0.second.articleID.hasPrefix("dam") }
        }
        #expect(damPairs(capped).count == damPairs(uncapped).count)
        #expect(!damPairs(capped).isEmpty)
    }
}
