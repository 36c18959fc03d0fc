import Testing

@testable import DossierLoader

/// A page without a headline has its lead's first sentence for a title; the outlet's tag that
/// opens the lead («الوصال – سجلت …») is read as the outlet, and is not part of that title.
struct StandInTitleTests {
    private static let second = "وقالت الوزارة في بيانها إن الحالات الجديدة سجلت في ثلاث محافظات خلال الأيام الماضية."

    @Test func theOutletsTagThatOpensTheLeadIsNoPartOfTheStandIn() throws {
        let lead = "الوصال – سجلت وزارة الصحة اليوم 98 حالة إصابة جديدة بالمرض، منها 39 حالة بين المواطنين."
        let detection = try ArticleDetection.detect(Array("\(lead)\n\n\(Self.second)\n".utf8))
        #expect(detection.outletName == "الوصال")
        #expect(detection.leadTitle == "سجلت وزارة الصحة اليوم 98 حالة إصابة جديدة بالمرض، منها 39 حالة بين المواطنين")
    }

    @Test func aLeadWithoutATagStandsInWhole() throws {
        let lead = "سجلت وزارة الصحة اليوم 98 حالة إصابة جديدة بالمرض، منها 39 حالة بين المواطنين."
        let detection = try ArticleDetection.detect(Array("\(lead)\n\n\(Self.second)\n".utf8))
        #expect(detection.leadTitle == "سجلت وزارة الصحة اليوم 98 حالة إصابة جديدة بالمرض، منها 39 حالة بين المواطنين")
    }

    /// The first sentence runs past a decimal point; a long one ends at its last comma within
    /// fifteen words, or is cut after fifteen with «…» when no clause of six words or more ends there.
    @Test func theFirstSentenceEndsAtAFullStopAndLongOnesAtAClause() {
        #expect(
            ArticleMetadata.firstSentence(of: "ارتفع التضخم في البلاد بنسبة 1.1% خلال الشهر الماضي. وقال البنك")
                == "ارتفع التضخم في البلاد بنسبة 1.1% خلال الشهر الماضي")
        #expect(
            ArticleMetadata.firstSentence(of: "*افتتح رئيس المجلس الجلسة صباح اليوم. ثم")
                == "افتتح رئيس المجلس الجلسة صباح اليوم")
        let long =
            "انتخب البرلمان اللبناني قائد الجيش العماد جوزيف عون رئيسا للجمهورية في الدورة الثانية، بعد شغور استمر "
            + "أكثر من عامين في قصر بعبدا."
        #expect(
            ArticleMetadata.firstSentence(of: long)
                == "انتخب البرلمان اللبناني قائد الجيش العماد جوزيف عون رئيسا للجمهورية في الدورة الثانية")
        let unbroken =
            "انتخب البرلمان اللبناني قائد الجيش العماد جوزيف عون رئيسا للجمهورية في الدورة الثانية بعد شغور استمر "
            + "أكثر من عامين."
        #expect(
            ArticleMetadata.firstSentence(of: unbroken)
                == "انتخب البرلمان اللبناني قائد الجيش العماد جوزيف عون رئيسا للجمهورية في الدورة الثانية بعد شغور…")
    }

    @Test func aTagIsKeptWhenTooFewWordsFollowIt() {
        #expect(ArticleMetadata.withoutTag("الوصال –", opening: "الوصال – خبر عاجل") == "الوصال – خبر عاجل")
        #expect(
            ArticleMetadata.withoutTag("الوصال –", opening: "الوصال – سجلت الوزارة 98 حالة") == "سجلت الوزارة 98 حالة")
    }
}
