import Testing

@testable import DossierLoader

/// The story-overlap score that decides whether a section is an inserted story must be the
/// same in every run: Swift seeds `Set` and `Dictionary` order per process, so ties must be
/// broken by the text, not by hash order.
@Suite struct SectionOverlapTests {
    /// Ten words, each in both lines, so all ten tie; the eight scored are the first eight
    /// of the text, all in the profile. Broken by `Set` order, a random eight of the ten
    /// would be scored, all eight from the profile only once in 45 runs.
    @Test func tiesAreBrokenByFirstOccurrence() {
        let words = [
            "الحكومة", "البرلمان", "الكتلة", "الائتلاف", "التصويت", "الجلسة", "الوزراء", "المرشح", "الملعب", "المباراة",
        ]
        let section = [words, words]
        let profile = Set(words.prefix(8))
        #expect(FurnitureClassifier.topicOverlap(section, profile) == 1)
        #expect(FurnitureClassifier.topicOverlap([Array(words.reversed()), words], Set(words.suffix(8))) == 1)
    }

    /// A word repeated within one line counts once for that line.
    @Test func aWordCountsOncePerLine() {
        let section = [["المرشح", "المرشح", "الجلسة"], ["الجلسة", "الملعب"]]
        // Recurring words: only «الجلسة» (in two lines); «المرشح» twice in one line does not recur.
        #expect(FurnitureClassifier.topicOverlap(section, ["الجلسة"]) == 1)
        #expect(FurnitureClassifier.topicOverlap(section, ["المرشح"]) == 0)
    }

    /// Ignored words (an office, «الحكومة») are no topic words when three others recur: a
    /// section on another parliament shares only the office with the story. Recurring on the
    /// office and one other word («شرق»), the section says too little without the office, and
    /// is judged with it.
    @Test func ignoredWordsLeaveTheTopicWhenThreeOthersRecur() {
        let office = "الحكومة"
        let isOffice = { (word: String) in word == office }
        let other = [[office, "الكويت", "الاستجواب", "الغانم"], [office, "الكويت", "الاستجواب", "الغانم"]]
        #expect(FurnitureClassifier.topicOverlap(other, [office]) == 0.25)
        #expect(FurnitureClassifier.topicOverlap(other, [office], ignoring: isOffice) == 0)
        let thin = [[office, "شرق", "سرت"], [office, "شرق", "الدبيبة"]]
        #expect(FurnitureClassifier.topicOverlap(thin, [office], ignoring: isOffice) == 0.5)
    }
}
