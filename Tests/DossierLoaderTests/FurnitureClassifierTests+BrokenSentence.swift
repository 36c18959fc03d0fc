import Testing

@testable import DossierLoader

/// A story whose sentences are broken into lines by hand, with no stop at their ends.
extension FurnitureClassifierTests {
    /// The first line of a sentence broken by hand, twelve words or more over a line that goes
    /// on with «و» and does not end a sentence either, is the story's first line, not its
    /// headline: under a page with no prose by shape, and over a lead that reads as prose. A
    /// long headline over a lead opening with a verb whose first letter is «و» and ending with
    /// a stop stays the headline, and so does one over a lead in a block of its own.
    @Test func theFirstLineOfASentenceBrokenByHandIsNoHeadline() {
        let opening = "عقد مجلس الأمن الدولي جلسة طارئة مساء أمس في مقره بمدينة نيويورك بطلب من عدة دول أعضاء"
        let goesOn = "وناقش الأعضاء مشروع قرار يدعو إلى وقف فوري لإطلاق النار في المنطقة الحدودية بين البلدين الجارين"
        let footer = ["", "التعليقات مغلقة."]
        let alone = Self.roles([opening, goesOn] + footer)
        #expect(alone[opening] == "body" && alone[goesOn] == "body", "\(alone)")
        #expect(!alone.values.contains("title"), "\(alone)")
        let reported = "وأكد المندوب الفرنسي خلال الجلسة أن بلاده تدعم مشروع القرار وتدعو إلى تبنيه دون تأخير"
        let more = "وتنتهي الجلسة المقبلة بالتصويت على مشروع القرار بعد مشاورات مغلقة بين الأعضاء الدائمين في المجلس."
        let overProse = Self.roles([opening, reported, "", more] + footer)
        #expect(overProse[opening] == "body" && overProse[reported] == "body", "\(overProse)")
        let headline = "مجلس الأمن الدولي يعقد جلسة طارئة في نيويورك لبحث التصعيد العسكري على الحدود بين البلدين"
        let agreed = "وافق مجلس الأمن الدولي مساء أمس على عقد جلسة طارئة لبحث التصعيد العسكري على الحدود بين البلدين."
        #expect(Self.roles([headline, agreed, "", more] + footer)[headline] == "title")
        #expect(Self.roles([headline, "", reported, "", more] + footer)[headline] == "title")
    }

    /// A figure that ends the story's last sentence, broken off on a line of its own under a
    /// paragraph with no stop («… بنسبة» over «12.5 %.»), is the story's; the same figure under
    /// a paragraph that ended its sentence is not.
    @Test func aFigureClosingTheLastSentenceIsTheStorys() {
        let broken =
            "وأوضح مدير المحطة أن استهلاك المياه في الأحياء الشرقية ارتفع خلال الصيف الماضي مقارنة بالعام السابق بنسبة"
        let figure = "12.5 %."
        let page = [Self.headline, "", Self.lead, "", Self.second, "", broken, "", figure, "", "شارك", "فيسبوك"]
        let roles = Self.roles(page)
        #expect(roles[broken] == "body" && roles[figure] == "body", "\(roles)")
        let stopped = Self.roles([Self.headline, "", Self.lead, "", Self.second, "", figure, "", "شارك", "فيسبوك"])
        #expect(stopped[figure] != "body", "\(stopped)")
    }
}
