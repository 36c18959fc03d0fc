import Foundation

/// Credits that share the dateline's line: a site crediting itself before the date
/// («صوت المهجر - صوت المهجر(متابعات) : الأحد, 12 مارس, 2023»), and a publication named
/// where a reporter's would be («الأحد 01-11-2015 | كتب: الوطن اليوم |»).
extension OutletDetector {
    /// The outlet of a dateline that opens with the site's credit of itself before a colon and
    /// the date after it: the site's name and a credit naming no outlet, after a mark
    /// (`selfCredit`) or in parentheses («صوت المهجر(متابعات)»), or the name, a dash and that
    /// again («صوت المهجر - صوت المهجر(متابعات)»: the site, then its credit in the author's
    /// place). A place's name before a date credits no one.
    static func datedSelfCredit(_ line: String) -> Detection? {
        // Cheapest first: no colon, no such line.
        guard line.utf8.contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":"),
            DateSupport.isDateLine(String(line[line.index(after: colon)...]))
        else { return nil }
        let credit = line[..<colon].trimmingCharacters(in: .whitespaces)
        if let detection = selfCredit(credit) { return detection }
        let name = withoutParenthesizedCredit(credit)
        guard name != credit else { return nil }
        let parts = name.split(whereSeparator: { "-–—".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard (1...2).contains(parts.count), let first = parts.first,
            parts.allSatisfy({ TextLine.wordKey($0) == TextLine.wordKey(first) }),
            isCreditName(first, words: 3, marks: tagMarks)
        else { return nil }
        return detection(named: first, evidence: credit)
    }

    /// `credit` without a credit naming no outlet in parentheses at its end («صوت
    /// المهجر(متابعات)» → «صوت المهجر»); as it is when it has none.
    static func withoutParenthesizedCredit(_ credit: String) -> String {
        guard credit.hasSuffix(")"), let open = credit.lastIndex(of: "("),
            isGenericCredit(String(credit[credit.index(after: open)..<credit.index(before: credit.endIndex)]))
        else { return credit }
        return credit[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// Whether `text` is a credit naming no outlet (`genericCredits`), or two of their words
    /// joined by «و» («أخبار ومتابعات», «تقارير ووكالات»).
    static func isGenericCredit(_ text: String) -> Bool {
        let key = TextLine.wordKey(text)
        if genericCredits.contains(key) { return true }
        let words = key.split(separator: " ")
        guard words.count == 2, words[1].hasPrefix("و"), words[1].count > 2 else { return false }
        let isCreditWord = { (word: Substring) in
            genericCredits.contains(String(word)) || joinedCreditWords.contains(String(word))
        }
        return isCreditWord(words[0]) && isCreditWord(words[1].dropFirst())
    }

    /// Words that name no outlet only joined to a credit that names none («أخبار ومتابعات»):
    /// alone, «أخبار» may be a section's or a site's name.
    private static let joinedCreditWords: Set<String> = ["اخبار", "تقارير"]

    /// The outlet named where a reporter's name stands, after «كتب:» or «بقلم» on a line
    /// («الأحد 01-11-2015 23:24 | كتب: الوطن اليوم |»): a paper crediting a story to its
    /// newsroom. Only a name shaped like a brand (`OutletBrand`: «الوطن اليوم», «مصر نيوز») or a
    /// publication's masthead («بوابة الوفد») is one; a person's name is neither.
    static func reporterCreditNamingOutlet(_ line: String) -> Detection? {
        // Cheapest first: «كتب» has a «ك» and «بقلم» a «ق», whose UTF-8 ends with 0x83 or 0x82.
        guard line.utf8.contains(where: { $0 == 0x83 || $0 == 0x82 }) else { return nil }
        for part in line.split(whereSeparator: { "|–—".contains($0) }) {
            let words = part.split(whereSeparator: { $0.isWhitespace || $0 == ":" })
            guard let first = words.first, reporterCreditVerbs.contains(TextLine.wordKey(String(first))),
                (2...4).contains(words.count)
            else { continue }
            let name = words.dropFirst().joined(separator: " ")
            if OutletBrand.credited(byLine: name) == name || masthead(name) != nil {
                return detection(named: name, evidence: part.trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    /// Verbs and labels that put a reporter's name after them, as word keys. «إعداد» is left
    /// out: its key is that of «أعداد» (a paper's issues: «أعداد جريدة الشروق» in a menu).
    private static let reporterCreditVerbs: Set<String> = ["كتب", "كتبت", "بقلم"]
}
