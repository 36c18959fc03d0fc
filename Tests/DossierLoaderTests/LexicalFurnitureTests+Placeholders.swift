import DossierModel
import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// A template's slot printed unfilled on a line of its own («{long_qoute_1}») is navigation;
    /// braces around words, a sentence or an empty pair are not a slot.
    @Test(arguments: [
        ("{long_qoute_1}", FurnitureKind?.some(.navigation)), ("{{ad_slot}}", .navigation),
        (" {related.box-2} ", .navigation), ("{x}", nil), ("{}", nil), ("{{long_qoute_1}", nil),
        ("{1_box}", nil), ("{قال الوزير}", nil),
        ("{long_qoute_1} قال النائب إن الوضع الاقتصادي في طريقه للتعافي.", nil),
    ])
    func templatePlaceholder(_ text: String, _ expected: FurnitureKind?) {
        #expect(LexicalFurniture.kind(of: TextLine(text: text, line: 1, block: 0)) == expected, "\(text)")
    }
}
