// A browser tab's title over the page: the headline, a bar, and a name the page prints again.
extension FurnitureClassifier {
    /// The fewest words of the headline before the tab title's bar.
    private static let tabHeadlineWords = 3

    /// The words a name after the tab title's bar may have: a site's or an author's.
    private static let tabNameWords = 2...5

    /// Whether the line at `index`, the first of the header's `open` lines, is a browser tab's
    /// title: a headline of three words or more, one bar, then a name of two to five words
    /// that another header line prints alone or opens before a colon, a dash or a bar («كيف
    /// يمكن وقف هذا الانهيار؟ | نصر القفاص لذات مصر» over «نصر القفاص لذات مصر : حالنا أصعب
    /// …»). The line under it that opens with the name is a standfirst or a clip's caption,
    /// however many words it shares with the lead. A ticker's item names its section, which
    /// opens no line of the header.
    static func isTabTitle(_ index: Int, _ lines: [TextLine], open: [Int]) -> Bool {
        let text = lines[index].text
        guard index == open.first, let bar = text.firstIndex(of: "|") else { return false }
        let name = text[text.index(after: bar)...].trimmingCharacters(in: .whitespaces)
        let headline = TextLine.wordKey(String(text[..<bar]))
        guard !name.contains("|"), TextLine.wordCount(ofKey: headline) >= tabHeadlineWords,
            tabNameWords.contains(TextLine.wordCount(ofKey: TextLine.wordKey(name)))
        else { return false }
        return open.contains { other in
            guard other != index, lines[other].text.hasPrefix(name) else { return false }
            let rest = lines[other].text.dropFirst(name.count).drop(while: \.isWhitespace)
            return rest.first.map { ":-–—|".contains($0) } ?? true
        }
    }

    /// The fewest words of a breadcrumb's last part that name the page's headline.
    private static let crumbHeadlineWords = 3

    /// The headline a breadcrumb from the site's home ends on («الرئيسية » الرياضة » نهائي
    /// مثالي لمونديال استثنائي … »), cut short or not: the first open line of the next
    /// `crumbReach` that opens with the last part's words (three or more), however long it
    /// runs. A headline of thirty words, or one with «…» inside, reads as prose and would be
    /// taken for the lead. The breadcrumb is the page's when no paragraph stands above it: one
    /// under the story is another page's, pasted under it.
    static func markHeadlineEndingBreadcrumb(_ lines: [TextLine], _ roles: inout [Role?]) {
        let header = lines.indices.prefix { roles[$0] != nil || !lines[$0].isParagraph }
        guard
            let crumb = header.first(where: {
                roles[$0] == .furniture(.navigation) && LexicalFurniture.isHomeBreadcrumb(lines[$0])
            }),
            let last = LexicalFurniture.homeBreadcrumbParts(lines[crumb])?.last
        else { return }
        let key = TextLine.wordKey(String(last))
        guard TextLine.wordCount(ofKey: key) >= crumbHeadlineWords else { return }
        let reach = (crumb + 1)..<min(lines.count, crumb + 1 + crumbReach)
        // A section's kicker may stand between the crumb and the headline it names («المنتخب
        // المغربي» over «الركراكي أمامه الكثير …»): the headline is the open line that opens
        // with the crumb's words, not merely the first open one.
        guard
            let headline = reach.first(where: {
                roles[$0] == nil && LexicalFurniture.hasWordPrefix(lines[$0].key, key)
            })
        else { return }
        roles[headline] = .title
    }

    /// How many lines under a breadcrumb its headline is looked for in.
    private static let crumbReach = 3
}
