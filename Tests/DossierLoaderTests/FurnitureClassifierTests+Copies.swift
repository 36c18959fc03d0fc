import Testing

@testable import DossierLoader

/// Lines a page prints twice.
extension FurnitureClassifierTests {
    /// A photo's alt text and caption, one line printed twice line under line between two
    /// paragraphs, is a caption; the story around it stays.
    @Test func captionPrintedTwiceInTheTextIsACaption() {
        let caption = "مدير المحطة يتفقد خطوط الضخ الجديدة برفقة عدد من المهندسين بعد الافتتاح"
        let roles = Self.roles([Self.headline, "", Self.lead, "", caption, caption, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
    }
}
