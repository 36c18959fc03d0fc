import Testing

@testable import DossierLoader

/// Lines a page prints twice, and a headline's standfirst that retells it.
extension FurnitureClassifierTests {
    /// A photo's alt text and caption, one line printed twice line under line between two
    /// paragraphs, is a caption; the story around it stays.
    @Test func captionPrintedTwiceInTheTextIsACaption() {
        let caption = "مدير المحطة يتفقد خطوط الضخ الجديدة برفقة عدد من المهندسين بعد الافتتاح"
        let roles = Self.roles([Self.headline, "", Self.lead, "", caption, caption, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
    }

    /// The headline run into its own copy on one line (the break between the two lost) is the
    /// headline printed twice: the line printed once is the title.
    @Test func headlineRunIntoItsCopyIsNotTheTitle() {
        let doubled = Self.headline + Self.headline
        let roles = Self.roles([Self.headline, "", doubled, "", Self.lead, "", Self.second])
        #expect(roles[Self.headline] == "title")
        #expect(roles[doubled] != "title" && roles[doubled] != "body")
        #expect(FurnitureClassifier.halfOfDoubledLine(Self.headline + " " + Self.headline) == Self.headline)
        #expect(FurnitureClassifier.halfOfDoubledLine(Self.headline) == nil)
    }

    /// A longer line under the headline that retells it is its standfirst, though the lead
    /// shares as many words with it as with the headline; it stays with the text.
    @Test func standfirstRetellingTheHeadlineIsNotTheTitle() {
        let headline = "افتتاح محطة تحلية المياه الجديدة في المدينة الساحلية"
        let standfirst = "محطة تحلية المياه الجديدة أكبر محطة في المدينة الساحلية ومحيطها"
        let roles = Self.roles([headline, "", standfirst, "", Self.lead, "", Self.second])
        #expect(roles[headline] == "title")
        #expect(roles[standfirst] == "body")
    }
}
