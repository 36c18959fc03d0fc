import Testing

@testable import DossierLoader

/// Sections under a short line that go on with the story though their words drift from the
/// lead: a head that is a sentence of the story, a sentence announcing a list.
extension FurnitureClassifierTests {
    /// The roles of the camp's story (`campStory`) with `section` under it.
    private static func campRoles(_ section: [String]) -> [String: String] {
        roles(campStory + section)
    }

    /// A short line set apart by blank lines that opens on a connective («وفي العيادات: طبيب
    /// وصيدلية.») is a sentence of the story, not another story's headline: the paragraph under
    /// it stays, where under a headline-like line it is set aside.
    @Test func aHeadOpeningOnAConnectiveContinuesTheStory() {
        let paragraph = "أكد مدير الصحة بالولاية أن العيادات تعمل على مدار الساعة، مبينا أن العيادات تضم مختبرا."
        let head = "وفي العيادات: طبيب وصيدلية."
        let kept = Self.campRoles(["", head, "", paragraph])
        #expect(kept[head] == "body" && kept[paragraph] == "body", "\(kept)")
        #expect(Self.campRoles(["", "عيادات في المخيم", "", paragraph])[paragraph] == "unrelated")
    }

    /// A section whose first line announces a list («… الأقسام التالية:» over bulleted items)
    /// is the story's: another story's teaser opens with its lead, not with a list.
    @Test func aSectionAnnouncingAListContinuesTheStory() {
        let announcing = "تضم العيادات الجديدة التي افتتحت أمس الأقسام التالية:"
        let items = ["- قسم لرعاية الأطفال والرضع", "- صيدلية ومختبر للتحاليل الطبية"]
        let roles = Self.campRoles(["عيادات في المخيم", announcing] + items)
        for line in [announcing] + items { #expect(roles[line] == "body", "\(line): \(roles)") }
    }

    /// A headline-like line that shares no word with the paragraph under it, which opens on the
    /// conjunction «و», is a link to another story set in the text: the link is set aside and
    /// the paragraph stays. Over a paragraph that takes up its words, or one that opens on its
    /// own news, the line is another story's headline and both are set aside.
    @Test func aLinkOverAParagraphOpeningOnAConjunctionLeavesTheParagraph() {
        let link = "منتخب الشباب يتأهل إلى نهائي البطولة العربية"
        let paragraph = "وتسلمت العائلات حصصا من الدقيق والزيت، فيما تعهدت منظمة دولية بإرسال شاحنات إضافية."
        let kept = Self.campRoles(["", link, "", paragraph])
        #expect(kept[link] == "related" && kept[paragraph] == "body", "\(kept)")
        let teaser = "وتأهل منتخب الشباب إلى نهائي البطولة بعد فوزه على نظيره بهدفين نظيفين مساء أمس."
        let other = Self.campRoles(["", link, "", teaser])
        #expect(other[link] == "unrelated" && other[teaser] == "unrelated", "\(other)")
        let ownNews = "تسلمت العائلات حصصا من الدقيق والزيت، فيما تعهدت منظمة دولية بإرسال شاحنات إضافية."
        #expect(Self.campRoles(["", link, "", ownNews])[ownNews] == "unrelated")
    }
}

extension FurnitureClassifierTests {
    /// A section going on with the one above it («أسواق المحافظات» over «وفي أسواق المحافظات
    /// …») goes on with the story that one told: under another story appended to the page and
    /// set aside, it is that story's, not the page's. Under the page's own story, the same
    /// section stays in the body.
    @Test func aSectionGoingOnWithAnAppendedStoryIsThatStorys() {
        let gold = [
            "تراجعت أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي، مع ارتفاع الدولار وتراجع الطلب على المشغولات.",
            "وقال تجار الذهب إن سعر الغرام من عيار واحد وعشرين انخفض بنحو اثنين في المئة منذ بداية الشهر.",
        ]
        let subheading = "أسواق المحافظات"
        let goingOn = "وفي أسواق المحافظات، تراجع الإقبال على الشراء وقال باعة إنهم خفضوا هامش الربح لجذب الزبائن."
        let appended = Self.roles(
            [Self.strike.headline] + Self.strike.lead + ["", Self.goldHeadline] + gold + ["", subheading, goingOn])
        for line in [Self.goldHeadline] + gold + [subheading, goingOn] {
            #expect(appended[line] == "unrelated", "\(line): \(appended[line] ?? "none")")
        }
        for line in Self.strike.lead { #expect(appended[line] == "body", "\(line)") }
        let own = Self.roles([Self.strike.headline] + Self.strike.lead + ["", subheading, goingOn])
        #expect(own[goingOn] == "body", "\(own)")
    }
}

extension FurnitureClassifierTests {
    /// A line closing on a colon («ورثته بالقصيدة:») announces the short lines under it, a poem
    /// or a quotation: they and the paragraph after them are the story's, though their words
    /// are not the lead's, whether the line heads them or ends the story above them. The same verses under a headline-like line, or under a label closing
    /// on a colon that is no sentence of the story («قصائد أخرى:»), are set aside.
    @Test func verseUnderALineClosingOnAColonContinuesTheStory() {
        let verses = [
            "لم تعلمني كيف تكفن القصيدة", "وقد غسلناها بدمع المحاجر", "ولم تعلمني كيف يدفن الشعر",
            "يا أبي فما وسعتك بيروت",
        ]
        let paragraph = "نشر الشاعر الراحل أكثر من عشرين ديوانا، وترجمت قصائده إلى لغات عدة في العقود الأخيرة."
        let kept = Self.campRoles(["", "وكتبت إحدى النازحات بالقصيدة:"] + verses + ["", paragraph])
        for line in verses + [paragraph] { #expect(kept[line] == "body", "\(line): \(kept)") }
        // The line closing on a colon may be the story's last line, with the verses right under it,
        // their halves set apart by runs of spaces.
        let halves = ["الكتب أنفع صاحب      في كل حال ومذهب", "من رام علماً نافعاً      فليقرأ الكتب ويطلب"]
        let closing = "وختم المتحدث كلمته بالدعوة إلى دعم القراءة في المخيمات."
        let underTheStory = Self.campRoles(["وأنشد أحد النازحين في الخيمة قصيدة قال فيها:"] + halves + [closing])
        for line in halves + [closing] { #expect(underTheStory[line] == "body", "\(line): \(underTheStory)") }
        for head in ["قصيدة الشاعر الراحل", "قصائد أخرى:"] {
            let other = Self.campRoles(["", head] + verses + ["", paragraph])
            #expect(other[paragraph] == "unrelated", "\(head): \(other)")
        }
    }
}
