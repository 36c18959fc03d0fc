import DossierModel

/// A photo's caption at the top of the page that closes with its date after a full stop.
extension FurnitureClassifier {
    /// The most words such a caption runs: a name, a title and a place, then the date.
    static let datedCaptionWords = 20

    /// A photo's caption closing with its date after a full stop («Minister of Foreign Affairs
    /// Badr Abdelatty. February 23, 2025.»), above every other sentence of the page and over a
    /// headline-like line, reads as a sentence by its stop; taken for the lead, it would leave
    /// the headline and its byline in the body and the photo's source line over it («Facebook
    /// page of …») as the title. It is the photo's caption, as the same caption closing with a
    /// comma and its date is (`closesWithCaptionDate`). A lead opens with the story's words,
    /// not a name and a date, and runs longer.
    static func markDatedCaptionOverHeadline(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard let first = lines.indices.first(where: { roles[$0] == nil && lines[$0].isProse }),
            lines[first].wordCount <= datedCaptionWords, closesWithCaptionDate(lines[first].text, afterStop: true),
            let next = lines.indices[(first + 1)...].first(where: { roles[$0] == nil }), lines[next].isHeadlineLike,
            lines[next].wordCount >= 3
        else { return }
        roles[first] = .furniture(.caption)
    }
}
