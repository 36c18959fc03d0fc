import Testing

@testable import DossierLoader

/// Another page pasted under the story without a headline, its paragraphs laid out otherwise.
extension FurnitureClassifierTests {
    /// Under a story whose paragraphs each stand in a block of their own, a block of three
    /// paragraphs or more on another subject is another page pasted under it, set aside though
    /// no headline opens it. The story's own last paragraphs copied without blank lines, and the
    /// same paragraphs on another subject after a story laid out one paragraph a line, stay.
    @Test func aPageOfAnotherLayoutPastedUnderTheStoryIsSetAside() {
        let story = [Self.headline, "", Self.lead, "", Self.second, "", Self.third, ""]
        let pasted = [
            "تعادل فريقا النصر والهلال بهدف لمثله في المباراة التي جمعتهما مساء الجمعة على ملعب المدينة الرياضية.",
            "وسجل مهاجم النصر هدف التقدم في الدقيقة العشرين، قبل أن يدرك الهلال التعادل من ركلة جزاء.",
            "ويتصدر النصر ترتيب الدوري برصيد ثلاثين نقطة، بفارق نقطتين عن الهلال صاحب المركز الثاني.",
        ]
        let roles = Self.roles(story + pasted)
        #expect(roles[Self.third] == "body", "\(roles)")
        for line in pasted { #expect(roles[line] == "unrelated", "\(line): \(roles)") }
        let ownEnd = [
            Self.fourth,
            "وأشار المدير إلى أن المحطة ستوفر المياه لأكثر من مئتي ألف نسمة في المدينة الساحلية وضواحيها.",
            "وتخطط الشركة المشغلة لمحطة التحلية لبناء محطة ثانية بالطاقة الشمسية في الأحياء الشرقية.",
        ]
        let own = Self.roles(story + ownEnd)
        for line in ownEnd { #expect(own[line] == "body", "\(line): \(own)") }
        let oneLayout = Self.roles([Self.headline, Self.lead, Self.second, Self.third] + pasted)
        #expect(oneLayout[pasted[0]] == "body", "\(oneLayout)")
    }
}
