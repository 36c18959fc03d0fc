import DossierModel
import Testing

@testable import DossierLoader

/// A blog's post-navigation label run into the story's last paragraph.
@Suite struct PostNavigationTests {
    static let headline = "افتتاح أول مكتبة عامة في الحي القديم بعد ترميم المبنى"
    static let lead =
        "افتتحت البلدية صباح الاثنين أول مكتبة عامة في الحي القديم، بعد ترميم مبنى يعود إلى مطلع القرن الماضي استمر ثلاث سنوات."
    static let last = "وقالت مديرة المكتبة إن القاعة ستفتح أبوابها للطلاب مساء كل يوم حتى العاشرة."

    /// The split of `lines`, as the loader makes it.
    static func split(_ lines: [String]) -> ArticleSplit {
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        return ArticleSplit(lines: textLines, roles: FurnitureClassifier.classify(textLines))
    }

    /// «تصفّح المقالات» glued to the last paragraph's full stop, or after a space, is the page's
    /// menu: the paragraph keeps its own words, the label is navigation on the same line. A
    /// sentence ending on the same words keeps them.
    @Test func postNavigationRunIntoTheLastParagraphIsMenu() {
        for glued in [Self.last + "تصفّح المقالات", Self.last + " تصفح المقالات"] {
            let split = Self.split([Self.headline, "", Self.lead, "", glued, "", "السابق", "مهرجان الشعر يختتم دورته"])
            #expect(split.paragraphs.map(\.text) == [Self.lead, Self.last], "\(glued)")
            #expect(
                split.furniture.contains { $0.kind == .navigation && $0.text.hasSuffix("المقالات") && $0.line == 5 })
        }
        let own = "وأضافت أن الموقع الجديد للمكتبة سيتيح للقراء من بيوتهم تصفح المقالات."
        #expect(Self.split([Self.headline, "", Self.lead, "", own]).paragraphs.map(\.text) == [Self.lead, own])
        let unstopped = "وأضافت أن الموقع الجديد للمكتبة سيتيح للقراء من بيوتهم أن تصفح المقالات"
        #expect(PostNavigation.gluedLabel(in: TextLine(text: unstopped, line: 1, block: 0)) == nil)
    }
}
