import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// A listed place and the paper's name in parentheses on a line of its own over the lead
    /// («دبي (البيان)») credits the paper; a credit naming no outlet there does not.
    @Test(arguments: [
        ("دبي (البيان)", "البيان"), ("أبوظبي ( الخليج )", "الخليج"), ("المنامة (الأيام)", "الأيام"),
        ("غزة (خاص)", nil), ("عدن (متابعات)", nil),
    ])
    func aPlaceAndThePapersNameInParentheses(_ credit: String, _ name: String?) {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", credit, "", story.lead, "", story.second]) == name)
    }

    /// A picture's alternative text left where its thumbnail failed to load («news Image») is
    /// shaped like a brand and names no outlet; brands keep their names.
    @Test func aPicturesAlternativeTextNamesNoOutlet() {
        #expect(OutletBrand.credited(byLine: "news Image") == nil)
        #expect(OutletBrand.credited(byLine: "Post photo") == nil)
        #expect(OutletBrand.credited(byLine: "Alwasat News") == "Alwasat News")
        let story = Self.waterStory
        #expect(Self.outlet(["• الصلاة القادمة", "news Image", "منذ ساعتين", story.lead, "", story.second]) == nil)
    }
}

extension OutletDetectorTests {
    /// The paper's name and a listed place joined by a slash over the lead («الرشيد/ عمان»)
    /// credit the paper as a dash would; a reporter's name before the place names none.
    @Test(arguments: [("الرشيد/ عمان", "الرشيد"), ("الأيام /المنامة", "الأيام"), ("سامي الخطيب/ بغداد", nil)])
    func aPapersNameAndAPlaceJoinedByASlash(_ credit: String, _ name: String?) {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", credit, "", story.lead, "", story.second]) == name)
    }

    /// A site's name and two credits naming no outlet («النهار – متابعة – وكالات») credit the
    /// site, and close the story as furniture.
    @Test func aSitesNameAndTwoCreditsNamingNoOutlet() {
        #expect(OutletDetector.selfCredit("النهار – متابعة – وكالات")?.name == "النهار")
        #expect(OutletDetector.selfCredit("صوت الحي / خاص / متابعات")?.name == "صوت الحي")
        #expect(OutletDetector.selfCredit("النهار – بيروت – وكالات") == nil)
        let story = Self.waterStory
        let credit = "النهار – متابعة – وكالات"
        #expect(FurnitureClassifierTests.roles([story.headline, story.lead, story.second, credit])[credit] == "byline")
    }
}

extension OutletDetectorTests {
    /// A listed place and the paper's name joined by a spaced underscore («الخرطوم _ السلطة»),
    /// the dash typed beside the minus key, credit the paper as a dash would; an underscore
    /// inside a name's credit («الرائد نت_متابعة») still joins the name to its credit.
    @Test(arguments: [("الخرطوم _ السلطة", "السلطة"), ("عدن __ الأيام", "الأيام"), ("الخرطوم _ خاص", nil)])
    func aPlaceAndThePapersNameJoinedByAnUnderscore(_ credit: String, _ name: String?) {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", credit, "", story.lead, "", story.second]) == name)
        #expect(OutletDetector.selfCredit("الرائد نت_متابعة")?.name == "الرائد نت")
    }

    /// A brand's «24» in parentheses after the place opening the lead («أربيل (كوردستان 24)-»)
    /// credits the brand; a date there («غزة (24 مارس)-») names none.
    @Test(arguments: [
        ("أربيل (كوردستان 24)- ", "كوردستان 24"), ("عمان (الأردن 24) - ", "الأردن 24"),
        ("غزة (24 مارس) - ", nil),
    ])
    func aBrandsNumberInParenthesesAfterThePlace(_ tag: String, _ name: String?) {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", tag + story.lead, "", story.second]) == name)
    }
}
