import ArabicText

/// How the header's title is chosen among its candidates (`classifyHeader`): a ticker's items
/// rivalling the best one, a headline over the dateline or over its standfirst, and the short
/// headlines (a name, an exclamation) found when no longer one is.
extension FurnitureClassifier {
    /// The fewest headline-like lines above the lead that may be a ticker of other stories.
    static let tickerRun = 3

    /// Whether, among a ticker's worth of candidates (`tickerRun` or more), another line shares
    /// as many words with the lead as `best`: the lead then singles out none of them, and the
    /// words they share with it are chance. A long ticker over a page that prints no headline
    /// of its own holds items of one kind («الملك سلمان وولي العهد يهنئان ملك المغرب …», then
    /// «… يهنئان أمير قطر …», each sharing «بلاده» and «العرب» with a lead on Iraq's premier); a
    /// story's headline shares more with its lead than any item of a ticker above it. The
    /// candidate right above `best` is no rival: it may be the headline over `best`, its
    /// standfirst (`headlineOverStandfirst`).
    static func hasTickerRival(_ best: (index: Int, score: Int), among scored: [(index: Int, score: Int)]) -> Bool {
        guard scored.count >= tickerRun else { return false }
        let above = scored.map(\.index).filter { $0 < best.index }.max()
        return scored.contains { $0.index != best.index && $0.index != above && $0.score >= best.score }
    }

    /// The headline over the page's dateline, when the line the lead matches best stands right
    /// under that dateline: a page prints its date right under its headline, and what it sets
    /// between the date and the lead is the photo's caption, which names the person pictured as
    /// the lead does («بوبكري لملتيميديا الإذاعة : الاصرار على الخروج للحراك …», «أربعاء,
    /// 03/18/2020 - 09:19», then «الخبير المعتمد في التنمية البشرية … الاستاذ عبد الرشيد
    /// بوبكري»). The headline is a candidate of four words or more that the lead matches by two
    /// words or more; the dateline, already a byline, holds a full date.
    static func headlineOverDateline(
        _ best: (index: Int, score: Int), among scored: [(index: Int, score: Int)], _ lines: [TextLine],
        roles: [Role?]
    ) -> Int? {
        let dateline = best.index - 1
        guard let above = scored.first(where: { $0.index == dateline - 1 }), above.score >= 2,
            lines[above.index].wordCount >= 4, roles[dateline] == .furniture(.byline),
            ArabicDateParser.dates(in: lines[dateline].text).contains(where: \.isFullDate)
        else { return nil }
        return above.index
    }

    /// The headline over its standfirst: a standfirst retells the lead, so the lead shares more
    /// words with it than with the headline it stands under («غداة هجوم عدن.. 8 غارات …», then
    /// «استهدفت معسكر … وفق سكان وموقع إخباري …»; «Abul-Naga dismisses reports …», then
    /// «Egypt's international cooperation minister … dismisses media reports …»). When the line
    /// the lead matches best comes right under another candidate that the lead matches by two
    /// words or more, is a headline's length (four words or more) and shorter than it by three
    /// words or more, that line is the headline and the best one its standfirst, which stays
    /// with the body. A kicker over a headline has fewer words («مياه المدينة الساحلية»), and a
    /// ticker's item shares a word with the lead only by chance. A standfirst retells the lead,
    /// so the lead shares more words with it than with the line above; a line sharing no more
    /// than the one above it is a headline under its kicker («بتوجيهات سلطان.. تدشين مشروعات
    /// تنموية كبرى», then «الشارقة..عامٌ يمضى وآخر يأتي والتنمية …», two words of the lead each).
    /// The headline may stand over the photo's caption and credit that the page sets between
    /// the two (`roles` says which lines are furniture already): «قائمة المترشحين المقبولين …»,
    /// «(ياسين القايدي/ الأناضول)», then «الـ3 مترشحين الذين تم قبول …».
    /// A longer line that retells the headline above it, half of the headline's words and more
    /// («اقامة مهرجان فاتن حمامة السينمائى في لندن وباريس», then «مهرجان فاتن حمامة السينمائى
    /// اول مهرجان مصري في لندن وباريس»), is its standfirst even when the lead shares no more
    /// words with it than with the headline: a ticker's next item tells another story.
    static func headlineOverStandfirst(
        _ best: (index: Int, score: Int), among scored: [(index: Int, score: Int)], _ lines: [TextLine],
        roles: [Role?]
    ) -> Int? {
        guard let above = scored.filter({ $0.index < best.index }).max(by: { $0.index < $1.index }),
            ((above.index + 1)..<best.index).allSatisfy({ roles[$0] != nil }), above.score >= 2,
            lines[above.index].wordCount >= 4
        else { return nil }
        let (headline, standfirst) = (lines[above.index], lines[best.index])
        if standfirst.wordCount >= headline.wordCount + 3, best.score > above.score { return above.index }
        let told = headline.tokens
        let retells =
            standfirst.wordCount > headline.wordCount && best.score >= above.score
            && overlapCount(told, standfirst.tokens) * 2 >= Set(told).count
        return retells ? above.index : nil
    }

    /// A headline of one word or two that ends with an exclamation or question mark («غالٍ!»,
    /// a columnist's title) over the article's dateline or byline: the last short open line of
    /// the header when no other headline was found. A menu's item or a section's name ends
    /// with no such mark.
    static func exclaimedHeadline(_ lines: [TextLine], _ roles: [Role?], open: [Int]) -> Int? {
        guard let last = open.last, lines[last].wordCount <= 2, last + 1 < lines.count,
            roles[last + 1] == .furniture(.byline),
            let mark = lines[last].finalMark, "!؟?".unicodeScalars.contains(mark)
        else { return nil }
        return last
    }

    /// A headline of one or two words («نواف سلام»: an opinion piece titled with a name): the
    /// last short open line of the header, when the lead names it word for word (a masthead
    /// such as «صفاقس اليوم» shares words with the lead but is not a phrase of it).
    static func nameHeadline(_ lines: [TextLine], open: [Int], before body: Int) -> Int? {
        guard let last = open.last, lines[last].wordCount <= 2, lines[last].isHeadlineLike, body < lines.count
        else { return nil }
        let lead = lines[body...].prefix(3).map(\.key).joined(separator: " ")
        return LexicalFurniture.containsWords(lead, lines[last].key) ? last : nil
    }
}
