import DossierModel

/// A site's tagline under its name in the header («النبأ» over «صحيفة إلكترونية بحرينية»):
/// the tagline names no outlet, the line over it does.
extension OutletDetector {
    /// Adjectives of taglines that end in neither «ي» nor «ة» («موقع إخباري مستقل»), as word keys.
    private static let plainAdjectives: Set<String> = ["مستقل", "شامل", "حر"]

    /// Whether `line` is a publication's tagline: its kind, then indefinite adjectives only
    /// («صحيفة بحرينية مستقلة», «جريدة إلكترونية مغربية», «موقع إخباري موريتاني مستقل»). The
    /// article is looked for on the words as written, since the match key folds «إلكترونية» to
    /// «الكترونيه». Feminine adjectives alone will do («صحيفة أمريكية»); masculine ones take two,
    /// as «موقع مصراوي» is a name.
    static func isTagline(_ line: String) -> Bool {
        let written = line.split(whereSeparator: \.isWhitespace)
        let words = TextLine.wordKey(line).split(separator: " ")
        guard (2...6).contains(words.count), written.count == words.count, let first = words.first,
            publicationKinds.contains(String(first))
        else { return false }
        let adjectives = Array(zip(written, words).dropFirst())
        guard adjectives.allSatisfy({ !$0.0.hasPrefix("ال") }) else { return false }
        if adjectives.allSatisfy({ $0.1.hasSuffix("ه") }) { return true }
        return adjectives.count >= 2
            && adjectives.allSatisfy {
                $0.1.hasSuffix("ه") || $0.1.hasSuffix("ي") || plainAdjectives.contains(String($0.1))
            }
    }

    /// The site's name on the header line right over its tagline: one to three words, no
    /// digits or punctuation, neither a menu's item nor a credit naming no one. A line taken
    /// for the headline, or for another story's, is no name, and one under it no tagline
    /// («إطلاق منصة تعليمية» over «منصة رقمية مجانية»).
    static func nameOverTagline(in header: [Furniture]) -> Detection? {
        let stories: [FurnitureKind] = [.title, .ticker, .related, .unrelated]
        for (above, item) in zip(header, header.dropFirst()) where item.line - above.line <= 2 {
            guard isTagline(item.text), !stories.contains(above.kind), item.kind != .title else { continue }
            let name = above.text.trimmingCharacters(in: .whitespaces)
            let key = TextLine.wordKey(name)
            guard (1...3).contains(key.split(separator: " ").count),
                !name.contains(where: { ":«»\"“”؟?!.،,/|".contains($0) }), !isGeneric(name),
                !FurnitureLexicon.navigationLines.contains(key), !isTagline(name)
            else { continue }
            return Detection(id: nil, name: name, evidence: "\(name) / \(item.text)", source: .masthead)
        }
        return nil
    }
}
