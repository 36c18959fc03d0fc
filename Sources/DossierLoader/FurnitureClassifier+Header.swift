import ArabicText
import DossierModel

/// The page header's lines (those above the first prose paragraph): which one is the title,
/// and what the others are (tickers of other stories, captions, menus, highlights).
extension FurnitureClassifier {
    /// The most words a photo caption adds to the headline it repeats (a credit, a name).
    static let captionWords = 4

    /// Whether `text` closes as a photo's caption does: a comma, then a full date with its
    /// month in words («…، 19 أكتوبر 2024», «…, May 5, 2019.»), or with `afterStop` a full stop
    /// before the date too («… Badr Abdelatty. February 23, 2025.»). A headline's date is seldom
    /// set off so («… الخامسة 10/02/2021»).
    static func closesWithCaptionDate(_ text: String, afterStop: Bool = false) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !".)»\" ".unicodeScalars.contains($0) }),
            last.properties.numericType != nil
        else { return false }
        let scalars = Array(text.unicodeScalars)
        return ArabicDateParser.dates(in: text).contains { date in
            guard date.isFullDate, date.range.upperBound >= scalars.count - 2,
                scalars[date.range.clamped(to: 0..<scalars.count)].contains(where: \.properties.isAlphabetic)
            else { return false }
            let before = scalars[..<min(date.range.lowerBound, scalars.count)].last { $0 != " " }
            return before == "،" || before == "," || (afterStop && before == ".")
        }
    }

    /// Whether another header line is the line at `index` followed by a bar or a spaced dash
    /// and a few words, a browser tab's title («Cleanliness is … : Bahrain | THE DAILY TRIBUNE
    /// | KINGDOM OF BAHRAIN» over «Cleanliness is … : Bahrain»): the line it extends, of three
    /// words or more, is the headline. A tab's title names the site, not a day: a line that
    /// adds a credit and a date («… - سبوتنيك عربي, 1920, 06.02.2026») is a photo's caption
    /// under its alt text.
    static func isExtendedByTitleBar(_ index: Int, _ lines: [TextLine], open: [Int]) -> Bool {
        let base = lines[index].text
        guard lines[index].wordCount >= 3 else { return false }
        return open.contains { other in
            let bar = lines[other].text
            guard other != index, bar.count > base.count, bar.hasPrefix(base) else { return false }
            let rest = bar.dropFirst(base.count).trimmingCharacters(in: .whitespaces)
            let opensWithBar = rest.hasPrefix("|") || rest.hasPrefix("- ") || rest.hasPrefix("– ")
            return opensWithBar && lines[other].wordCount - lines[index].wordCount <= 10
                && !ArabicDateParser.dates(in: rest).contains(where: \.isFullDate)
        }
    }

    /// What makes two header lines the same line printed twice: their word keys, without a
    /// number closing one (a share widget's copy of the headline with the year or a count run
    /// onto it, «… جوزيف عون؟ 2026»); a line that is one text run into its own copy
    /// (`halfOfDoubledLine`) counts as that text.
    static func repeatKey(_ line: TextLine) -> TokenText {
        let key = halfOfDoubledLine(line.text).map(TextLine.wordKey) ?? line.key
        guard let space = key.lastIndex(of: " "), key[key.index(after: space)...].allSatisfy(\.isNumber) else {
            return TokenText(key)
        }
        return TokenText(String(key[..<space]))
    }

    /// Header lines: the title (the line a tab's title extends, a repeated line, else the
    /// headline closest to the lead), tickers of other stories before it, captions and menus
    /// after it.
    static func classifyHeader(_ lines: [TextLine], _ roles: inout [Role?], before end: Int) {
        // The page's age («منذ 16 دقيقة»), printed twice, is no headline.
        for index in 0..<min(end, lines.count) where roles[index] == nil && LexicalFurniture.isAge(lines[index]) {
            roles[index] = .furniture(.byline)
        }
        let unclaimed = (0..<min(end, lines.count)).filter { roles[$0] == nil }
        guard !unclaimed.isEmpty else { return }
        let lead = leadTokens(lines, roles, from: end)
        // Nor is the heading of a widget naming the site («المستجدات في الموقع»), which shares no
        // word with the lead: a short headline may end on a site too («الجيش يسيطر على الموقع»).
        for index in unclaimed
        where LexicalFurniture.namesTheSite(lines[index]) && !lines[index].tokens.contains(where: lead.contains) {
            roles[index] = .furniture(.navigation)
        }
        let open = unclaimed.filter { roles[$0] == nil }
        guard !open.isEmpty else { return }
        var title: Int?
        let header = 0..<min(end, lines.count)
        // The header's lines are compared with the lead again and again: their words made once.
        let tokens = header.map { lines[$0].tokens }
        // Their repeat keys too: a key looks for a line run into its own copy, character by character.
        let repeatKeys = header.map { repeatKey(lines[$0]) }
        var counts: [TokenText: Int] = [:]
        for key in repeatKeys { counts[key, default: 0] += 1 }
        // A repeated line of three words or more is the title printed twice, and so is the first
        // line of three words (not a date) when another header line repeats it with a few words
        // added (a photo's caption: the headline, then the credit or the name pictured, or the
        // outlet's tag before it, «المغرب الرياضي - …»; lower down,
        // the pair is more often a photo's alt text and caption); a repeated short line is more
        // often a photo's alt text and caption («الصحف الإماراتية» twice). A bulleted line is a
        // menu's or carousel's item, never the headline. A repeated line in a run of repeated lines
        // that holds another line belongs to a block printed twice: a masthead's credits
        // («رئيس التحرير», then a name), a promotion, a carousel whose items come with and without
        // their bullet; it is not the title unless half its words are the lead's (one shared word is
        // chance: «الفتح» of an editor's name and «فتح المعابر» in the lead) or a caption or the
        // outlet's tag repeats it.
        func isRepeated(_ index: Int) -> Bool { counts[repeatKeys[index], default: 0] >= 2 }
        let firstLong = open.first {
            lines[$0].wordCount >= 3 && !lines[$0].isListItem && !DateSupport.isDateLine(lines[$0].text)
        }
        func isCaptioned(_ index: Int) -> Bool {
            index == firstLong
                && open.contains { other in
                    other != index
                        && (lines[other].key.hasPrefix(lines[index].key + " ")
                            || lines[other].key.hasSuffix(" " + lines[index].key))
                        && lines[other].wordCount - lines[index].wordCount <= captionWords
                }
        }
        func inRepeatedBlock(_ index: Int) -> Bool {
            var first = index
            while first > header.lowerBound, isRepeated(first - 1) { first -= 1 }
            var last = index
            while last + 1 < header.upperBound, isRepeated(last + 1) { last += 1 }
            return (first...last).contains { repeatKeys[$0] != repeatKeys[index] }
        }
        func sharesLead(_ index: Int) -> Bool { overlapCount(tokens[index], lead) * 2 >= lines[index].wordCount }
        // A line printed twice, its copies side by side or with nothing between them but one or
        // two lines of one or two words (a photo's counter «1», its credit «تصوير :» and
        // «رويترز», a section's name «رياضة»), is a photo's alt text and caption when a header
        // line printed once, longer, shares more words with the lead: the headline beside the
        // photo. Copies side by side right under a headline-like line printed once, longer (by
        // one word will do) and sharing a word with the lead, are that headline's photo too,
        // however many words the caption shares with the lead («تعبئة وتخزين محصول البطاطس»
        // twice under «البطاطس أكوام بالجيزة وبأقل سعر.. مباشر من حصاد …»).
        func isCaptionPair(_ index: Int) -> Bool {
            let copies = header.filter { lines[$0].key == lines[index].key }
            guard copies.count == 2 else { return false }
            let between = (copies[0] + 1)..<copies[1]
            guard between.count <= 2, between.allSatisfy({ lines[$0].wordCount <= 2 }) else {
                return false
            }
            let above = copies[0] - 1
            if between.isEmpty, open.contains(above), !isRepeated(above), lines[above].isHeadlineLike,
                lines[above].wordCount > lines[index].wordCount, overlapCount(tokens[above], lead) > 0
            {
                return true
            }
            let shared = overlapCount(tokens[index], lead)
            return open.contains { other in
                !isRepeated(other) && lines[other].isHeadlineLike && lines[other].wordCount > lines[index].wordCount
                    && overlapCount(tokens[other], lead) > shared
            }
        }
        // A line cut short («… للسنة...») that shares no word with the lead is another story's
        // teaser (a ticker's item, a link to the most read), never the headline, even alone: a
        // headline the page cut still names what its lead tells.
        func isCutTeaser(_ index: Int) -> Bool { lines[index].trailsOff && overlapCount(tokens[index], lead) == 0 }
        /// The one open line, leaving out short lines printed twice; nil when there are more.
        func lonePrintedOnce() -> Int? {
            let counted = open.filter { !(isRepeated($0) && lines[$0].wordCount <= 2) }
            return counted.count == 1 ? counted.first : nil
        }
        var standfirst: Int?
        if let named = header.first(where: { roles[$0] == .title }) {
            // The headline a breadcrumb named (`markHeadlineEndingBreadcrumb`).
            title = named
        } else if let titled = open.first(where: { isExtendedByTitleBar($0, lines, open: open) }) {
            title = titled
        } else if let first = open.first, isTabTitle(first, lines, open: open) {
            title = first
        } else if let repeated = open.first(where: {
            ((isRepeated($0) && !isCaptionPair($0)) || isCaptioned($0)) && lines[$0].wordCount >= 3
                && !lines[$0].isListItem
                && (isCaptioned($0) || !inRepeatedBlock($0) || sharesLead($0))
        }) {
            title = repeated
        } else if let only = lonePrintedOnce(), lines[only].isHeadlineLike, lines[only].wordCount >= 2,
            only + 1 < lines.count, roles[only + 1] == .furniture(.byline), !isCutTeaser(only)
        {
            // The one line above the body that is not furniture, over the article's dateline
            // or byline, is the headline however short («Saudi Press»); a masthead stands alone.
            // A photo's alt text and caption, one or two words printed twice under it («الاحتلال»
            // twice under «الاحتلال الإسرائيلي»), are not counted.
            title = only
        } else {
            // A columnist's name under an honorific («د. جيمس الزغبي»), which the lead does not
            // name, is no candidate either; a short headline naming a person the lead names
            // («الدكتور مصطفى مدبولي يفتتح») is one. Nor is a masthead that shares no word with
            // the lead («وكالة الأنباء الليبية»): it names the publication, not the story.
            var candidates = open.filter {
                lines[$0].isHeadlineLike && lines[$0].wordCount >= 3 && !lines[$0].isListItem && !isCaptionPair($0)
                    && !opensWithDateline(lines[$0].text) && sharesLeadScript($0, lines, lead: end)
                    && !(isHonoredName(lines[$0]) && overlapCount(tokens[$0], lead) == 0)
                    && !(overlapCount(tokens[$0], lead) == 0 && OutletDetector.masthead(lines[$0].text) != nil)
            }
            // A line closing with a comma and a date is a photo's caption («جرافة … وسط الدمار
            // …، 19 أكتوبر 2024»): a line that does not comes first.
            let undated = candidates.filter { !closesWithCaptionDate(lines[$0].text) }
            if !undated.isEmpty { candidates = undated }
            let scored = candidates.map { (index: $0, score: overlapCount(tokens[$0], lead)) }
            // Among three headlines or more (a ticker of other stories over a page that has none
            // of its own), one word shared with the lead is chance («جديدة»): two are asked.
            let fewestShared = candidates.count >= tickerRun ? 2 : 1
            if let best = scored.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.index < $1.index) }),
                best.score >= fewestShared || (candidates.count == 1 && !isCutTeaser(best.index)),
                !hasTickerRival(best, among: scored)
            {
                // A line printed twice that was passed over (a photo's caption, a block printed
                // twice) heads no standfirst.
                if let above = headlineOverDateline(best, among: scored, lines, roles: roles) {
                    title = above
                } else if let above = headlineOverStandfirst(
                    best, among: scored.filter { !isRepeated($0.index) }, lines, roles: roles)
                {
                    title = above
                    standfirst = best.index
                } else {
                    title = best.index
                }
            } else {
                title = nameHeadline(lines, open: open, before: end) ?? exclaimedHeadline(lines, roles, open: open)
            }
        }
        let summary = title.map { highlights(lines, tokens: tokens, open: open, under: $0, lead: lead) } ?? []
        let kept = standfirst.map { runOn(from: $0, lines, open: open) } ?? []
        for index in open where !kept.contains(index) && !summary.contains(index) {
            let line = lines[index]
            if index == title {
                roles[index] = .title
            } else if let title, line.key == lines[title].key {
                roles[index] = .furniture(.title)
            } else if line.wordCount <= 2 {
                roles[index] = .furniture(.navigation)
            } else if let title, index < title {
                roles[index] = .furniture(.ticker)
            } else if title == nil && line.isHeadlineLike && overlapCount(tokens[index], lead) == 0 {
                roles[index] = .furniture(.ticker)
            } else {
                roles[index] = .furniture(.caption)
            }
        }
    }

    /// The standfirst at `standfirst` and the header lines its sentence runs on into: while a
    /// kept line ends with a comma, the open line right under it, of three words or more, goes
    /// on with it («فاز فريق المنيا … باستاد الشرطة بالعباسية،», then «فى بداية مباريات الأسبوع
    /// …»), as a page copied with its paragraphs broken into lines prints them. A caption
    /// under a standfirst follows a finished sentence.
    static func runOn(from standfirst: Int, _ lines: [TextLine], open: [Int]) -> [Int] {
        var kept = [standfirst]
        while let last = kept.last, let mark = lines[last].finalMark, mark == "،" || mark == ",",
            open.contains(last + 1), lines[last + 1].wordCount >= 3
        {
            kept.append(last + 1)
        }
        return kept
    }

    /// The story's highlights under its headline: bulleted items, two or more in a row, each of
    /// five words or more and sharing a word with the title or the lead («• 14 وزيرا من حكومة
    /// بشر الخصاونة بقوا في حكومة جعفر حسان», «• Ministers condemn … acts of terror»). They
    /// sum up the story, as a standfirst does; a menu's bulleted items are shorter, and a
    /// carousel's tell other stories.
    /// Without bullets, three or more such lines in a row, each printed once, are highlights
    /// too («النجداوي: 16 مليون دينار موازنة بلدية الرصيفة لعام ٢٠٢٦», then three more).
    /// `tokens` are the content words of the header's lines, by index.
    static func highlights(
        _ lines: [TextLine], tokens: [[TokenText]], open: [Int], under title: Int, lead: [TokenText]
    ) -> Set<Int> {
        let story = Set(lead + tokens[title])
        let sharing = open.filter {
            $0 > title && lines[$0].wordCount >= 5 && !story.isDisjoint(with: tokens[$0])
        }
        let items = Set(sharing.filter { lines[$0].isListItem })
        let bulleted = items.filter { items.contains($0 - 1) || items.contains($0 + 1) }
        var copies: [String: Int] = [:]
        for index in open { copies[lines[index].key, default: 0] += 1 }
        var runs: [[Int]] = []
        for index in sharing
        where !lines[index].isListItem && lines[index].isHeadlineLike && copies[lines[index].key] == 1 {
            if let last = runs.last?.last, last + 1 == index {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
        }
        return bulleted.union(runs.filter { $0.count >= 3 }.joined())
    }

    /// The lines a ticker's label announces («آخر الأخبار», then the headlines of other stories
    /// run into one line, long as a paragraph, with no blank line between) are tickers, when a
    /// headline-like line follows them before the first paragraph: a label over the story's own
    /// headline («عاجل», then the headline, then the lead) announces no ticker.
    static func markAnnouncedTickers(_ lines: [TextLine], _ roles: inout [Role?]) {
        var index = 1
        while index < lines.count {
            let label = index - 1
            guard roles[index] == nil, roles[label] == .furniture(.navigation),
                lines[label].block == lines[index].block, FurnitureLexicon.tickerLabels.contains(lines[label].key)
            else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < lines.count, roles[end + 1] == nil, lines[end + 1].block == lines[index].block { end += 1 }
            let after = lines[(end + 1)...].indices.prefix { !lines[$0].isParagraph }
            if after.contains(where: { roles[$0] == nil && lines[$0].isHeadlineLike && lines[$0].wordCount >= 3 }) {
                for announced in index...end { roles[announced] = .furniture(.ticker) }
            }
            index = end + 1
        }
    }

    /// Whether `text` opens with a full date, a weekday before it at most, and goes on after a
    /// bar or a dash («02 ديسمبر 2023 | ET بالعربي: المرجع الأول …», «الأحد 05 مارس 2024 -
    /// موقع الواحة»): the page's dateline, with the site's name or tagline beside it; a
    /// headline opens with its words.
    static func opensWithDateline(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard
            let date = ArabicDateParser.dates(in: text).first(where: \.isFullDate),
            date.range.upperBound < scalars.count
        else { return false }
        let before = TextLine.wordKey(String(String.UnicodeScalarView(scalars[..<date.range.lowerBound])))
        guard before.split(separator: " ").allSatisfy({ FurnitureLexicon.weekdays.contains(String($0)) }) else {
            return false
        }
        let after = scalars[date.range.upperBound...].first { !ScalarTraits.isWhitespace($0) }
        return after.map { "|-–—".unicodeScalars.contains($0) } ?? false
    }
}
