import DossierModel
import Testing

@testable import DossierLoader

/// A ticker copied as one line.
extension LexicalFurnitureTests {
    /// Three headlines or more joined by runs of spaces are a ticker; a paragraph with stray
    /// double spaces, or sentences set apart by wide spaces, is none.
    @Test func headlinesJoinedByRunsOfSpacesAreATicker() {
        let ticker =
            "ارتفاع اسعار الذهب    تراجع اسعار النفط    المنتخب الوطني يواصل تحضيراته لودية ساحل العاج    الاتحاد يخطط للتعاقد مع مدرب فرنسا"
        #expect(LexicalFurniture.kind(of: TextLine(text: ticker, line: 1, block: 0)) == .ticker)
        let paragraph =
            "فاز  المنتخب الوطني الأول لكرة القدم،على  نظيره الزامبي، بنتيجة هدفين مقابل هدف واحد، مساء اليوم الجمعة، بمركب أدرار بمدينة أكادير."
        #expect(!LexicalFurniture.isSpacedTicker(paragraph))
        let sentences =
            "بدأت المحطة ضخ المياه صباح الأحد.    وقال المدير إن المرحلة الثانية ستبدأ قريبا.    وأضاف أن الكلفة بلغت مليون دينار."
        #expect(!LexicalFurniture.isSpacedTicker(sentences))
    }
}
