import Testing

@testable import DossierLoader

/// Headlines lose the flags, emoji, literal tags and glued video durations sites decorate them
/// with, and nothing else.
@Suite struct HeadlineTextTests {
    @Test(arguments: [
        ("🇱🇧 البرلمان ينتخب رئيساً للجمهورية", "البرلمان ينتخب رئيساً للجمهورية"),
        ("🔴 عاجل | انقطاع الكهرباء في العاصمة", "عاجل | انقطاع الكهرباء في العاصمة"),
        ("الفيضانات تجتاح المدينة 🌊🌊", "الفيضانات تجتاح المدينة"),
        ("<strong>الحكومة تستقيل</strong>", "الحكومة تستقيل"),
        ("⚽️ المنتخب يتأهل إلى النهائي", "المنتخب يتأهل إلى النهائي"),
        ("5 قتلى في انفجار بميناء عدن", "5 قتلى في انفجار بميناء عدن"),
        ("«لن نتراجع»: النقابات تواصل الإضراب", "«لن نتراجع»: النقابات تواصل الإضراب"),
        ("سعر الدولار < 50 جنيهاً لأول مرة", "سعر الدولار < 50 جنيهاً لأول مرة"),
        ("🇫🇷", "🇫🇷"),
        ("ماكرون يستضيف القمة في باريس٠٠:٠٢:١٢", "ماكرون يستضيف القمة في باريس"),
        ("Macron hosts the summit in Paris03:41", "Macron hosts the summit in Paris"),
        ("الاجتماع المقبل يبدأ الساعة 10:30", "الاجتماع المقبل يبدأ الساعة 10:30"),
    ])
    func cleaned(_ line: String, _ title: String) {
        #expect(HeadlineText.cleaned(line) == title)
    }
}
