import ArabicText
import DossierModel

/// Lines a page prints twice: a photo's alt text and caption in the text.
extension FurnitureClassifier {
    /// A line printed twice, line under line with no blank between, below the story's first
    /// paragraph and ending no sentence, is a photo's alt text and caption («النجم المصري محمد
    /// صلاح مع لاعبي المنتخب البلجيكي … بنتيجة 2-1» twice between two paragraphs). A story
    /// never tells one sentence twice in a row; a caption set in the text is printed so by
    /// sites that show the alt text when the picture does not load.
    static func markCaptionsPrintedTwiceInText(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard let first = lines.indices.first(where: { roles[$0] == nil && lines[$0].isProse }) else { return }
        for index in lines.indices.dropFirst(first + 1).dropLast() {
            let copy = index + 1
            guard roles[index] == nil, roles[copy] == nil, lines[index].wordCount >= 3,
                lines[copy].key == lines[index].key, lines[copy].block == lines[index].block,
                !lines[index].endsSentence
            else { continue }
            roles[index] = .furniture(.caption)
            roles[copy] = .furniture(.caption)
        }
    }
}
