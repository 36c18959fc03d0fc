import DossierModel

/// Links to other stories that a site sets between the story's paragraphs with a media tag.
extension FurnitureClassifier {
    /// A line between two of the story's paragraphs that closes with a media tag in
    /// parentheses and reads as no prose («في ظهور نادر…الملك يستقبل وزيرا (فيديو)», «… (صور)»)
    /// is a link to another story: sites tag their teasers so, and a subheading of the story
    /// has no tag. A headline closes so too, above the text: only lines between the first and
    /// the last paragraph are read.
    static func markMediaTaggedTeasers(
        _ lines: [TextLine], _ roles: inout [Role?], from first: Int, through last: Int
    ) {
        guard first + 1 < last else { return }
        for index in (first + 1)..<last
        where roles[index] == nil && lines[index].isHeadlineLike && closesWithMediaTag(lines[index].text) {
            roles[index] = .furniture(.related)
        }
    }

    /// Whether `text` closes with a media tag in parentheses: «(فيديو)», «(صور)», «(Video)».
    static func closesWithMediaTag(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return mediaTags.contains(TextLine.wordKey(String(inner)))
    }

    /// The tags a teaser closes with, as word keys.
    private static let mediaTags = Set(
        [
            "فيديو", "بالفيديو", "صور", "بالصور", "فيديو وصور", "صور وفيديو", "بالفيديو والصور", "شاهد",
            "video", "photos", "watch",
        ]
        .map(TextLine.wordKey))
}
