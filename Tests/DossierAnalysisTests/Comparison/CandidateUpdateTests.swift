import DossierModel
import DossierTestFixtures
import Testing

@testable import DossierAnalysis

/// A rebuild takes the candidates of the passages it did not change from the previous
/// comparison (`PassageComparison.updatedCandidates`): whatever changed between two builds,
/// the candidates and the comparison are those of comparing from nothing (a list's mark of
/// having been cut may stay set where comparing anew finds nothing cut: see `CandidateLists`).
@Suite struct CandidateUpdateTests {
    /// Sentences of one story told several ways, which articles mix into paragraphs: their
    /// shingles recur across articles, as copied and paraphrased news does.
    private static let sentences = [
        "أعلنت وزارة الري أن سد أربعات انهار جزئياً صباح الأحد بعد أمطار غزيرة",
        "وقال المتحدث باسم الوزارة إن فرق الإنقاذ أجلت ألفي أسرة من القرى الواقعة أسفل السد",
        "انهيار سد أربعات شرق السودان يجبر آلاف الأسر على النزوح نحو المرتفعات",
        "وأكد شهود أن المياه غمرت المزارع والطرق وقطعت الاتصالات عن عشرات القرى",
        "وطالبت منظمات الإغاثة بفتح ممرات آمنة لإيصال الغذاء والدواء إلى المتضررين",
        "ويقول مهندسون إن السد لم يخضع لصيانة شاملة منذ إنشائه قبل ثلاثة عقود",
        "وأرسلت الحكومة فرقاً طبية وخياماً إلى مدينة بورتسودان لاستقبال النازحين",
        "وحذرت الأرصاد من أمطار جديدة قد تزيد منسوب المياه في الوديان خلال الأيام المقبلة",
    ]
    /// Words that come and go with the articles holding them: the vocabulary changes, and with
    /// it which stems the comparison gives some words (`ComparisonTerms`).
    private static let rareWords = [
        "المكتبات", "مكتبة", "الكاتبون", "كاتب", "والمدارس", "مدرسة", "المهندسين", "بالمهندس", "الصيانات",
        "صيانته",
    ]

    /// Options small enough that lists are cut (`maximumCandidates`) and shingles become and
    /// stop being boilerplate (`maximumPostings`) as articles come and go.
    private static let options = PassageComparison.Options(maximumPostings: 6, maximumCandidates: 3)

    @Test(arguments: 1...12)
    func candidatesUpdatedAcrossRebuildsAreThoseChosenAnew(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let comparison = PassageComparison(options: Self.options)
        var articles = (0..<8).map { article(id: "a\(10 + $0 * 10)", random: &random) }
        var previous = comparison.compare(articles, digests: digests(articles), reusing: nil, basis: "b")
        for step in 0..<14 {
            switch random.next(below: 5) {
            case 0, 1:
                articles.append(article(id: "a\(random.next(below: 100))-\(step)", random: &random))
            case 2 where articles.count > 2:
                articles.remove(at: random.next(below: articles.count))
            case 3:
                let index = random.next(below: articles.count)
                var paragraphs = articles[index].paragraphs.map(\.text)
                paragraphs[random.next(below: paragraphs.count)] = paragraph(random: &random)
                articles[index] = comparisonArticle(articles[index].id, paragraphs)
            default:
                let index = random.next(below: articles.count)
                articles[index] = comparisonArticle(
                    articles[index].id, articles[index].paragraphs.map(\.text) + [paragraph(random: &random)])
            }
            let updated = comparison.compare(
                articles, digests: digests(articles), reusing: previous.tokens, candidates: previous.candidates,
                basis: "b")
            let anew = comparison.compare(articles, digests: digests(articles), reusing: nil, basis: "b")
            let (kept, chosen) = (updated.candidates.lists, anew.candidates.lists)
            #expect(kept.passageCount == chosen.passageCount, "seed \(seed), step \(step)")
            for passage in 0..<min(kept.passageCount, chosen.passageCount) {
                #expect(kept.others(of: passage) == chosen.others(of: passage), "seed \(seed), step \(step)")
                #expect(kept.counts(of: passage) == chosen.counts(of: passage), "seed \(seed), step \(step)")
                // A list taken keeps its cut mark when what was cut is gone (it cannot see it).
                #expect(kept.isTruncated(passage) || !chosen.isTruncated(passage), "seed \(seed), step \(step)")
            }
            #expect(updated.result == anew.result, "seed \(seed), step \(step)")
            previous = updated
        }
    }

    @Test func theRecordedListOfAnUnchangedPassageIsTaken() throws {
        let comparison = PassageComparison(options: Self.options)
        var random = SplitMix(seed: 99)
        let articles = (0..<6).map { article(id: "a\($0)", random: &random) }
        let first = comparison.compare(articles, digests: digests(articles), reusing: nil, basis: "b")
        let lists = first.candidates.lists
        let passage = try #require((0..<lists.passageCount).first { !lists.others(of: $0).isEmpty })
        // The first passage with candidates is recorded with none: taken as recorded, it keeps none.
        var emptiedSlice = CandidateLists.Slice()
        for index in 0..<lists.passageCount {
            let length = index == passage ? 0 : lists.others(of: index).count
            emptiedSlice.append(
                others: lists.others(of: index).prefix(length), counts: lists.counts(of: index).prefix(length),
                truncated: false)
        }
        let emptied = CandidateLists(concatenating: [emptiedSlice])
        let doctored = RecordedCandidates(
            basis: "b", locations: first.candidates.locations, signatures: first.candidates.signatures,
            lists: emptied, boilerplate: first.candidates.boilerplate)
        let added = articles + [article(id: "a9", random: &random)]
        let taken = comparison.compare(
            added, digests: digests(added), reusing: first.tokens, candidates: doctored, basis: "b")
        let kept = taken.candidates.lists.others(of: passage)
        #expect(kept.allSatisfy { taken.candidates.locations[Int($0)].articleID == "a9" })
        let anew = comparison.compare(added, digests: digests(added), reusing: nil, basis: "b").candidates.lists
        #expect(anew.others(of: passage) != kept)
        // Recorded under another basis (other options, another binary), the lists are not taken.
        let other = comparison.compare(
            added, digests: digests(added), reusing: first.tokens, candidates: doctored, basis: "c")
        #expect(other.candidates.lists == anew)
    }

    @Test func aRebuildThatOnlyAddsTakesTheVerdictsOfUnchangedPairs() {
        let comparison = PassageComparison()
        var random = SplitMix(seed: 7)
        let articles = (0..<40).map { article(id: "a\(100 + $0)", random: &random) }
        let first = comparison.compare(articles, digests: digests(articles), reusing: nil, basis: "b")
        let added = articles + [article(id: "a999", random: &random)]
        let updated = comparison.compare(
            added, digests: digests(added), reusing: first.tokens, candidates: first.candidates, basis: "b")
        let anew = comparison.compare(added, digests: digests(added), reusing: nil, basis: "b")
        #expect(updated.result == anew.result)
        // Scoring is deterministic: a rebuild that scored every pair again would record the
        // bounds scoring anew does. Taken verdicts keep their previous bounds, widened.
        #expect(updated.candidates.bounds != anew.candidates.bounds)
        // Removing an article moves the weights too, by what the recorded frequencies tell:
        // the verdicts of unchanged pairs are still taken, and the result is comparing anew's.
        let removed = Array(added.dropFirst())
        let afterRemoval = comparison.compare(
            removed, digests: digests(removed), reusing: updated.tokens, candidates: updated.candidates, basis: "b")
        let removedAnew = comparison.compare(removed, digests: digests(removed), reusing: nil, basis: "b")
        #expect(afterRemoval.result == removedAnew.result)
        #expect(afterRemoval.candidates.bounds != removedAnew.candidates.bounds)
    }

    /// Two passages sharing five words, which twenty other articles also use, score under the
    /// threshold; once those articles are removed the five words are rare, and the pair is
    /// reported. Its recorded bound must not be taken: the drift of its weights comes from the
    /// frequencies the previous build recorded, not from what the rebuild added (nothing).
    @Test func aPairThatRemovalsBringOverTheThresholdIsScoredAgain() throws {
        let comparison = PassageComparison()
        let shared = (0..<5).map(Self.word)
        let own = { (first: Int, count: Int) in (first..<first + count).map(Self.word) }
        let background = (0..<40).map {
            comparisonArticle("b\($0 + 10)", [own(100 + $0 * 6, 6).joined(separator: " ")])
        }
        let fillers = (0..<20).map {
            comparisonArticle("f\($0 + 10)", [(shared + own(500 + $0 * 3, 3)).joined(separator: " ")])
        }
        let pair = [
            comparisonArticle("x", [(shared + own(900, 3)).joined(separator: " ")]),
            comparisonArticle("y", [(shared + own(910, 3)).joined(separator: " ")]),
        ]
        let before = background + fillers + pair
        let first = comparison.compare(before, digests: digests(before), reusing: nil, basis: "b")
        let isThePair = { (result: PassageComparisonResult) in
            result.pairs.contains { $0.first.articleID == "x" && $0.second.articleID == "y" }
        }
        #expect(!isThePair(first.result))
        // The pair was scored and found under the threshold: its bound is recorded.
        let lists = first.candidates.lists
        let x = try #require(first.candidates.locations.firstIndex { $0.articleID == "x" })
        let y = try #require(first.candidates.locations.firstIndex { $0.articleID == "y" })
        let others = lists.others(of: x)
        let position = try #require(others.firstIndex(of: Int32(y))) - others.startIndex
        #expect(first.candidates.bounds[lists.starts[x] + position] != ScoreBound.unknown)

        let after = background + pair
        let updated = comparison.compare(
            after, digests: digests(after), reusing: first.tokens, candidates: first.candidates, basis: "b")
        let anew = comparison.compare(after, digests: digests(after), reusing: nil, basis: "b")
        #expect(isThePair(anew.result))
        #expect(updated.result == anew.result)
    }

    /// A word of four letters none of which a comparison stem cuts (no proclitic, article or
    /// suffix letter), different for each `number`.
    private static func word(_ number: Int) -> String {
        let letters = Array("جحخدذرزسشصضطظعغقم")
        var (rest, word) = (number, "")
        for _ in 0..<4 {
            word.append(letters[rest % letters.count])
            rest /= letters.count
        }
        return word
    }

    private func digests(_ articles: [Article]) -> [String: [UInt8]] {
        ComparisonRecord.digests(of: articles, generator: "generator-1")
    }

    private func article(id: String, random: inout SplitMix) -> Article {
        comparisonArticle(id, (0..<(3 + random.next(below: 3))).map { _ in paragraph(random: &random) })
    }

    private func paragraph(random: inout SplitMix) -> String {
        var words = Self.sentences[random.next(below: Self.sentences.count)]
        if random.next(below: 2) == 0 { words += "، " + Self.sentences[random.next(below: Self.sentences.count)] }
        if random.next(below: 3) == 0 { words += " " + Self.rareWords[random.next(below: Self.rareWords.count)] }
        return words + "."
    }
}

extension SplitMix {
    /// A number in `0..<bound`.
    fileprivate mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
