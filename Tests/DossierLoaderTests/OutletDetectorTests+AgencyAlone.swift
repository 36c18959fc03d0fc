import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// A listed news agency's name alone on the line under the text («سونا», «وام») is the
    /// agency the story credits; a photo service's («Getty Images») credits a picture.
    @Test(arguments: [("سونا", "سونا"), ("وام", "وام"), ("وفا", "وفا"), ("Getty Images", nil)])
    func aListedAgencyAloneUnderTheText(_ credit: String, _ name: String?) {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", story.lead, "", story.second, "", credit]) == name)
    }
}
