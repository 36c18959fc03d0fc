import Testing

@testable import DossierLoader

/// A headline is written in its story's script.
extension FurnitureClassifierTests {
    /// The desalination story in English, for the pages whose story is not in Arabic.
    static let englishLead =
        "The new desalination plant on the coast began pumping water into the public network on Sunday, "
        + "with a capacity of one hundred thousand cubic metres a day."
    static let englishSecond =
        "The plant's director said the second phase would double its output within two years, once the "
        + "pipelines to the eastern districts are finished."

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
        let english = Self.roles([masthead, "", Self.englishLead, "", Self.englishSecond])
        #expect(english[masthead] != "title", "\(english)")
        #expect(FurnitureClassifier.hasArabicLetter("ﻻ بأس") && !FurnitureClassifier.hasArabicLetter("Extra time 90"))
    }

    /// A notice's sentences in another script above the story («You need a licence to watch live
    /// television on any device. It is the law.» over an Arabic page) are not its lead: the
    /// story under them is not taken for another one, and its headline is the title. An Arabic
    /// notice over an English story is not its lead either; an Arabic lead naming a Latin brand
    /// stays the lead.
    @Test func proseInAnotherScriptAboveTheStoryIsNotItsLead() {
        let notice = "You need a licence to watch live television on any device or channel. It is the law."
        let arabic = Self.roles([notice, "", Self.headline, "", Self.lead, "", Self.second])
        #expect(arabic[notice] != "body", "\(arabic)")
        #expect(arabic[Self.headline] == "title", "\(arabic)")
        #expect(arabic[Self.lead] == "body" && arabic[Self.second] == "body", "\(arabic)")
        let cookies = "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وبمتابعة التصفح فإنك توافق على ذلك."
        let english = Self.roles([cookies, "", Self.englishLead, "", Self.englishSecond])
        #expect(english[cookies] != "body" && english[Self.englishLead] == "body", "\(english)")
        let branded = "وقالت شركة Aqua Systems المشغلة للمحطة إن الاختبارات الأولى جاءت مطابقة للمواصفات المطلوبة."
        let named = Self.roles([Self.headline, "", branded, "", Self.lead, "", Self.second])
        #expect(named[branded] == "body" && named[Self.headline] == "title", "\(named)")
    }
}
