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

    @Test func aTagIsKeptWhenTooFewWordsFollowIt() {
        #expect(ArticleMetadata.withoutTag("الوصال –", opening: "الوصال – خبر عاجل") == "الوصال – خبر عاجل")
        #expect(
            ArticleMetadata.withoutTag("الوصال –", opening: "الوصال – سجلت الوزارة 98 حالة") == "سجلت الوزارة 98 حالة")
    }
}
