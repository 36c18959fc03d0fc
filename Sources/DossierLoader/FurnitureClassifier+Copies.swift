import ArabicText
import DossierModel

/// Lines a page prints twice: a photo's alt text and caption in the text, a headline run
/// into its own copy, a standfirst printed again as the lead.
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

    /// Whether the first prose paragraph at `first` is the standfirst a page prints above its
    /// text, printed again as the opening of the next paragraph at `next`, after a credit tag
    /// of a few words or none («… في مدينة صنعاء.», then «ميدل ايست نيوز: شنت … في مدينة
    /// صنعاء. واستهدفت …»): the copy above the text is no paragraph of its own, and the lead,
    /// tag and all, is the story's. A story never opens by telling its lead twice.
    static func isStandfirstRepeatedByLead(_ first: TextLine, _ next: TextLine) -> Bool {
        guard first.wordCount >= standfirstWords, next.wordCount > first.wordCount else { return false }
        // Keys are normalized: their bytes compare as their text does, and cheaper.
        var lead = Substring(next.key).utf8[...]
        let standfirst = first.key.utf8
        for _ in 0...standfirstTagWords {
            if lead.starts(with: standfirst) { return true }
            guard let space = lead.firstIndex(of: UInt8(ascii: " ")) else { return false }
            lead = lead[lead.index(after: space)...]
        }
        return false
    }

    /// The fewest words of a standfirst `isStandfirstRepeatedByLead` compares: a shorter line
    /// may open a paragraph by chance.
    static let standfirstWords = 8

    /// The most words of the tag before the standfirst's copy in the lead («ميدل ايست نيوز»).
    static let standfirstTagWords = 4

    /// The text a line repeats when it is one text run into its own copy, with or without a
    /// space between («القبض على سائق … بالدائرى الأوسطىالقبض على سائق … بالدائرى الأوسطى»,
    /// a headline printed twice by a page whose copy lost the break between the two); nil
    /// otherwise. Such a line is the headline printed twice, not a headline of its own.
    static func halfOfDoubledLine(_ text: String) -> String? {
        let characters = Array(text)
        guard characters.count >= 2 else { return nil }
        for gap in 0...1 where (characters.count - gap) % 2 == 0 {
            let half = (characters.count - gap) / 2
            guard half >= 8 else { continue }
            let first = characters[..<half]
            let second = characters[(half + gap)...]
            if gap == 1, !characters[half].isWhitespace { continue }
            if first.elementsEqual(second) { return String(first) }
        }
        return nil
    }
}
