import DossierModel

extension PublicationDateChooser {
    /// The lines under the body that open the next page, pasted with an article appended to
    /// this one: a line with the masthead's credits («رئيس التحرير») among the three under it, or
    /// the weather among the three from it («10.4 C», «Tunisia»), when another story is set
    /// aside below the body. A date there is the next page's top bar («الخميس 02 مايو 2024» over
    /// «رئيس التحرير»), which the site prints on every page: neither this article's date nor
    /// the appended one's. `appended` is the first line of the story appended under the body
    /// (`ArticleSplit.appendedStoryLine`).
    static func nextPageBar(in split: ArticleSplit, appended: Int?) -> Set<Int> {
        guard appended != nil, let last = split.paragraphs.last?.line else { return [] }
        let under = split.furniture.filter { $0.line > last }.map { TextLine(text: $0.text, line: $0.line, block: 0) }
        let credits = under.map(isMastheadCredit)
        let weather = under.map { hasTemperature($0.text) }
        return Set(
            under.indices.filter { index in
                credits[(index + 1)..<min(under.count, index + 4)].contains(true)
                    || weather[index..<min(under.count, index + 3)].contains(true)
            }
            .map { under[$0].line })
    }

    /// The first line of the bylines printed right above the story appended under the body,
    /// line under line up to its headline with no blank between («آخر تحديث: السبت 08 فبراير
    /// 2025», then the headline): that story's header, as sites print a story's date over or
    /// under its headline. A date under the body's last paragraph with a blank line between it
    /// and the appended headline closes the body's story instead, and so does one over lines
    /// set aside that tell no story (a page's labels and widgets: «التصنيف: سياسة», «الأهمية:
    /// 52%»). `appended` is `ArticleSplit.appendedStoryLine`; nil when it is.
    static func appendedStoryHeader(in split: ArticleSplit, appended: Int?) -> Int? {
        guard var first = appended, let last = split.paragraphs.last?.line,
            split.furniture.contains(where: {
                $0.kind == .unrelated && $0.line > first && TextLine(text: $0.text, line: $0.line, block: 0).isProse
            })
        else { return appended }
        for item in split.furniture.reversed() where item.line > last && item.line < first {
            guard item.kind == .byline, item.line == first - 1 else { break }
            first = item.line
        }
        return first
    }
}
