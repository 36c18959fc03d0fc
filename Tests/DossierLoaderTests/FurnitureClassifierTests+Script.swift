import Testing

@testable import DossierLoader

/// A headline is written in its story's script.
extension FurnitureClassifierTests {
    /// A line in Latin letters over an Arabic lead (an audio widget's «Preparing your listening
    /// player...») is not the headline, even as the only header line long enough to be one; a
    /// line in Arabic letters over an English lead is not either. An Arabic headline beside the
    /// widget's line is still the title.
    @Test func aHeaderLineInAnotherScriptIsNoHeadline() {
        let widget = "Preparing your listening player, please wait..."
        let arabic = Self.roles([widget, "", Self.lead, "", Self.second])
        #expect(arabic[widget] != "title" && arabic[widget] != "body", "\(arabic)")
        #expect(arabic[Self.lead] == "body" && arabic[Self.second] == "body")
        let titled = Self.roles([widget, "", Self.headline, "", Self.lead, "", Self.second])
        #expect(titled[Self.headline] == "title", "\(titled)")
        let masthead = "النشرة الإخبارية اليومية للمدينة"
        let englishLead =
            "The new desalination plant on the coast began pumping water into the public network on Sunday, "
            + "with a capacity of one hundred thousand cubic metres a day."
        let englishSecond =
            "The plant's director said the second phase would double its output within two years, once the "
            + "pipelines to the eastern districts are finished."
        let english = Self.roles([masthead, "", englishLead, "", englishSecond])
        #expect(english[masthead] != "title", "\(english)")
        #expect(FurnitureClassifier.hasArabicLetter("ﻻ بأس") && !FurnitureClassifier.hasArabicLetter("Extra time 90"))
    }
}
