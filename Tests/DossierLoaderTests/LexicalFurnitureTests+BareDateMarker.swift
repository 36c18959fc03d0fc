import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// A standfirst, the headline printed again and a publication marker whose date the copy
    /// lost («تم النشر في»), with no blank line between them, are three lines: as long as
    /// wrapped lines, but a wrapped paragraph's last line closes its sentence. A wrapped
    /// paragraph whose last line opens with a marker's word and closes the sentence is joined.
    @Test(arguments: ["تم النشر في", "آخر تحديث", "نشر في"])
    func aBlockEndingWithABareDateMarkerIsNotWrapped(_ marker: String) {
        let block = [
            "الوزارة تتعاقد مع ثلاث شركات محلية لإنشاء محطات الضخ",
            "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية قريبا",
            marker,
        ].joined(separator: "\n")
        #expect(ParagraphSplitter.lines(of: block, firstLine: 1).map(\.line) == [1, 2, 3])
    }

    @Test func aWrappedParagraphEndingWithAMarkersWordIsJoined() {
        let wrapped =
            "وقالت الوزارة إن المحطة الجديدة ستغطي حاجة الأحياء كلها\nبعد أن تأخر تشغيلها عاما كاملا بسبب الخلاف الذي\nنشر في الصحف."
        #expect(ParagraphSplitter.lines(of: wrapped, firstLine: 1).map(\.line) == [1])
    }
}
