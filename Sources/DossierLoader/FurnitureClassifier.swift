import ArabicText
import DossierModel

/// Splits an article's lines into body, title and furniture.
///
/// Two passes: `LexicalFurniture` judges each line by its wording; then position and content
/// decide the rest. Lines before the first prose paragraph are the page header (title,
/// tickers, menus, captions); lines after the last are the page footer; short lines in between
/// are subheadings when the paragraphs under them continue the story, and teasers of other
/// stories (`unrelated`) when those paragraphs share few content words with the title and lead.
enum FurnitureClassifier {
    /// What a line turned out to be.
    enum Role: Sendable, Hashable {
        case body
        case title
        case furniture(FurnitureKind)
    }

    /// A section under a headline whose recurring words (`topicOverlap`) belong to the title and
    /// lead less than this is about another story. Measured on the seeds: sections that continue
    /// the story score 0.41–0.82, inserted or appended stories 0.15–0.26.
    static let unrelatedOverlap = 0.33

    /// A section whose recurring words are at least this much words the story has already used
    /// (title, lead and every paragraph kept above it) continues the story, however far it has
    /// drifted from the lead: a line that only looks like a headline («… ؟» with a caption
    /// glued after it) must not take a long run of the story's paragraphs with it. Another
    /// story shares few of its topic words with the one it was appended to: the seeds'
    /// inserted and appended stories score 0.20–0.42 against everything kept above them.
    static let toldOverlap = 0.5

    /// One role per line, in order.
    static func classify(_ lines: [TextLine]) -> [Role] {
        var roles: [Role?] = lines.map { LexicalFurniture.kind(of: $0).map(Role.furniture) }
        unmarkTableRows(lines, &roles)
        // The short line right under an author's credit is their affiliation («Daily Maverick»).
        for index in lines.indices.dropFirst()
        where roles[index] == nil && roles[index - 1] == .furniture(.byline)
            && LexicalFurniture.isAuthorCredit(lines[index - 1]) && lines[index].wordCount <= 3
            && lines[index].isHeadlineLike
        {
            roles[index] = .furniture(.byline)
        }
        // The name under a masthead's credit alone on its line («رئيس التحرير», then «محمود سعد
        // الدين») is the site's editor, never a headline.
        for index in lines.indices.dropFirst()
        where roles[index] == nil && roles[index - 1] == .furniture(.byline)
            && FurnitureLexicon.mastheadCredits.contains(lines[index - 1].key) && lines[index].wordCount <= 4
            && lines[index].isHeadlineLike
        {
            roles[index] = .furniture(.byline)
        }
        // The short line right above a masthead's credit alone on its line («صدى البلد جامعات»,
        // then «الإشراف العام» or «رئيس التحرير») is the site's name, never a headline: a
        // headline stands over its own byline or lead.
        for index in lines.indices.dropLast()
        where roles[index] == nil && roles[index + 1] == .furniture(.byline)
            && FurnitureLexicon.mastheadCredits.contains(lines[index + 1].key) && lines[index].wordCount <= 4
            && lines[index].isHeadlineLike
        {
            roles[index] = .furniture(.navigation)
        }
        // The short line right above a photo's bare credit («تصوير :», «Image Credit: File») is the
        // photo's caption, whatever its ending («Sultan Haitham Bin Tariq Al Said of Oman.»).
        for index in lines.indices.dropLast()
        where roles[index] == nil && roles[index + 1] == .furniture(.caption) && lines[index].wordCount <= 20
            && LexicalFurniture.isBareCredit(lines[index + 1])
        {
            roles[index] = .furniture(.caption)
        }
        // The site and its reporter, «صدى الشعب – سليمان أبو خرمة», the site's name printed
        // elsewhere on the page, is a byline wherever it stands.
        let credits = SiteCredit(page: lines)
        for index in lines.indices
        where roles[index] == nil
            && (credits.site(creditedBy: lines[index]) != nil || credits.mastheadSite(lines[index]) != nil)
        {
            roles[index] = .furniture(.byline)
        }
        // A listed place and a title joined by a dash right above a paragraph is its dateline
        // («الجزائر - المغرب الرياضي»), not a headline; so are the two joined by a slash
        // («المعلومة/بغداد..»).
        // (Four words at most, as `placeTag` takes: most lines are paragraphs, not parsed.)
        for index in lines.indices.dropLast()
        where roles[index] == nil && lines[index].wordCount <= 4 && lines[index + 1].isParagraph {
            if let tag = OutletDetector.placeTag(lines[index].text), OutletDetector.readsAsTitle(tag.name) {
                roles[index] = .furniture(.byline)
            } else if OutletDetector.slashTag(openingLead: lines[index].text) != nil {
                roles[index] = .furniture(.byline)
            }
        }
        markHeadlineEndingBreadcrumb(lines, &roles)
        markCaptionPrintedTwice(lines, &roles)
        markDatedCaptionOverHeadline(lines, &roles)
        markCaptionsPrintedTwiceInText(lines, &roles)
        markLatinWireCaptions(lines, &roles)
        markTopNewsUnderText(lines, &roles)
        extendSections(lines, &roles)
        markCommentForm(lines, &roles)
        markAnnouncedTickers(lines, &roles)
        // Lines that read as the story though they are not prose: lists and a cut last paragraph.
        var lists = introducedLists(lines, roles).union(shortSentencesInText(lines, roles))
            .union(interviewAnswers(lines, roles)).union(dialogueTurns(lines, roles))
            .union(proseListItems(lines, roles)).union(tableRows(lines, roles))
        let open = lines.indices.filter { roles[$0] == nil }
        var prose = open.filter { lines[$0].isParagraph || lists.contains($0) }
        prose.removeFirst(foreignScriptOpening(lines, prose: prose))
        // A page cut short in its lead has no prose by shape but its cut last line.
        let cutLast = lines.indices.last.flatMap { roles[$0] == nil && isCutLastParagraph(lines[$0]) ? $0 : nil }
        if prose.isEmpty, let cutLast {
            prose = [cutLast]
            lists.insert(cutLast)
        }
        if let top = prose.first, let lead = prose.dropFirst().first ?? cutLast, lead != top,
            isRunOnAboveHeadline(top, lead: lead, lines, roles)
        {
            roles[top] = .furniture(.ticker)
            prose.removeFirst()
            if prose.isEmpty {
                prose = [lead]
                lists.insert(lead)
            }
        }
        if prose.count >= 2, isStandfirstRepeatedByLead(lines[prose[0]], lines[prose[1]]) {
            roles[prose.removeFirst()] = .furniture(.caption)
        }
        let cut = unstoppedLastParagraphs(lines, roles, after: prose.last)
        lists.formUnion(cut)
        prose += cut
        if let last = prose.last, let figure = closingFigure(lines, roles, after: last) {
            lists.insert(figure)
            prose.append(figure)
        }
        // A page with no prose by shape has its story under its first open line, if anywhere.
        if let lead = prose.first ?? open.dropFirst().first,
            let opening = brokenSentenceOpening(lines, roles, above: lead)
        {
            lists.formUnion([opening, lead])
            prose.insert(contentsOf: prose.first == lead ? [opening] : [opening, lead], at: 0)
        }
        if let first = prose.first {
            let leadIn = leadInLines(lines, roles, before: first)
            lists.formUnion(leadIn)
            prose.insert(contentsOf: leadIn, at: 0)
        }
        let firstProse = prose.first ?? open.dropFirst().first ?? lines.count
        let lastProse = prose.last ?? (open.last ?? -1)
        markMediaTaggedTeasers(lines, &roles, from: firstProse, through: lastProse)
        classifyHeader(lines, &roles, before: firstProse)
        removeRepeatedTitle(lines, &roles, from: firstProse)
        classifyFooter(lines, &roles, after: lastProse)
        classifyMiddle(lines, &roles, from: firstProse, through: lastProse, lists: lists)
        if let headline = headlineWithAFullStop(lines, roles) { roles[headline] = .title }
        if let template = aggregatorTemplate(lines, roles) { roles[template] = .title }
        keepEndMark(lines, &roles)
        return roles.map { $0 ?? .body }
    }

    /// The end mark an agency or editor closes a story with, alone on the line right under its
    /// last paragraph («انتهى.», «// انتهى //», «-انتهى-»), is the story's.
    static func keepEndMark(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard let last = roles.lastIndex(where: { $0 == nil || $0 == .body }), last + 1 < lines.count,
            lines[last + 1].key == endMark
        else { return }
        roles[last + 1] = nil
    }

    private static let endMark = TextLine.wordKey("انتهى")

    /// A sentence printed twice, line under line with no blank between, above every other
    /// sentence of the page and over a headline-like line, is a photo's alt text and caption
    /// («Minister of Education … pats a grade 12 student on the back …» twice, then the
    /// headline, then the lead). A lead printed twice in blocks of its own, with no headline
    /// under it, stays the story's.
    static func markCaptionPrintedTwice(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard let first = lines.indices.first(where: { roles[$0] == nil && lines[$0].isProse }) else { return }
        let copy = first + 1
        guard copy < lines.count, roles[copy] == nil, lines[copy].key == lines[first].key,
            lines[copy].block == lines[first].block,
            let next = lines.indices[(copy + 1)...].first(where: { roles[$0] == nil }), lines[next].isHeadlineLike
        else { return }
        roles[first] = .furniture(.caption)
        roles[copy] = .furniture(.caption)
    }

    /// The page's first line of text when it is a headline that its site ends with a full stop
    /// («Avertissement de neige sur ces wilayas.», «الشهوبي يتابع سير المشروعات … الزاوية.»),
    /// read as a sentence because of it: no title was found, it stands alone in its block under
    /// nothing but furniture (the page's menus and masthead), a sentence of at most twelve words
    /// with no comma, and the lead, the next line of text with at most a byline between them,
    /// runs at least twice as long. A story's opening paragraph that short stands over no
    /// longer one so rarely that the page's title is the likelier reading.
    static func headlineWithAFullStop(_ lines: [TextLine], _ roles: [Role?]) -> Int? {
        guard !roles.contains(.title), let first = roles.firstIndex(where: { $0 == nil }),
            let lead = roles.indices.dropFirst(first + 1).first(where: { roles[$0] == nil }),
            roles[(first + 1)..<lead].allSatisfy({ $0 == .furniture(.byline) })
        else { return nil }
        let (line, leadLine) = (lines[first], lines[lead])
        let hasComma = line.text.contains { $0 == "،" || $0 == "," }
        let standsAlone = first == 0 || lines[first - 1].block != line.block
        guard line.finalMark == ".", !line.trailsOff, line.wordCount <= 12, !hasComma, standsAlone,
            leadLine.block != line.block, leadLine.isProse, leadLine.wordCount >= 2 * line.wordCount
        else { return nil }
        return first
    }

    /// The page's first line of text when it is an aggregator's template wrapping the headline
    /// («نعرض لكم زوارنا أهم وأحدث تفاصيل خبر ‹headline› في المقال التالي»,
    /// `HeadlineText.aggregatorHeadline`) and no title was found: long enough to read as the
    /// lead, it is the page's title line, and the title is the headline inside it.
    static func aggregatorTemplate(_ lines: [TextLine], _ roles: [Role?]) -> Int? {
        guard !roles.contains(.title), let first = roles.firstIndex(where: { $0 == nil }),
            HeadlineText.aggregatorHeadline(in: lines[first].text) != nil
        else { return nil }
        return first
    }

    /// The story's last paragraphs when they lack a final stop, as some sites print them and as a
    /// copy cut mid-sentence leaves the last: the lines right after the last prose paragraph, up
    /// to the end of the page, to a line already furniture by its wording or to a line of three
    /// words or fewer («عرض مصدر الخبر»),
    /// each running three words or more opening as the story's sentences go on («كما حلّ "الحزب
    /// الديمقراطي الكرد»), or eight or more opening with the conjunction «و» on a verb or name
    /// («وغرقت بعض الشوارع في العاصمة بغداد جرّاء الأمطار الغزيرة»); the page's last line also
    /// when it runs ten words or more with a comma inside, as a sentence does («وتحتفل RT اليوم
    /// الجمعة، بمرور 20 عاما على …»: a caption under the story has one too, but is followed by
    /// the page's footer). Teasers and menus after a story are set off by a header, are shorter,
    /// or open otherwise.
    static func unstoppedLastParagraphs(_ lines: [TextLine], _ roles: [Role?], after last: Int?) -> [Int] {
        guard let last else { return [] }
        var run: [Int] = []
        var index = last + 1
        // A line of three words or fewer above others ends the run as furniture does: the page's
        // menus and links («عرض مصدر الخبر»).
        while index < lines.count, roles[index] == nil, lines[index].wordCount > 3 || index == lines.count - 1 {
            let line = lines[index]
            let hasComma = line.text.dropLast().contains { $0 == "،" || $0 == "," }
            guard !line.endsSentence,
                (index == lines.count - 1 && line.wordCount >= 10 && hasComma)
                    || (line.wordCount >= 3 && line.opensLikeContinuation)
                    || (line.wordCount >= 8 && line.opensWithConjunction)
            else { return [] }
            run.append(index)
            index += 1
        }
        return run
    }

    /// Opening lines of the story that are not prose by shape, right above its first paragraph:
    /// a line ending with a colon or comma, which runs on into the paragraph («النهار :»,
    /// «السيدات والسادة،»), when a headline stands above it; and lines of six words or more
    /// with a comma inside («صباح الخير، إليكم أبرز مستجدات …», a question of the lead) under
    /// the article's own header: a headline, then an author or source credit. Captions and
    /// tickers have no such credit between them and the headline.
    static func leadInLines(_ lines: [TextLine], _ roles: [Role?], before first: Int) -> [Int] {
        var runOn: [Int] = []
        var index = first - 1
        if index > 0, roles[index] == nil, let mark = lines[index].lastScalar, [":", "،", ","].contains(mark),
            (0..<index).contains(where: { roles[$0] == nil && lines[$0].isHeadlineLike })
        {
            runOn = [index]
            index -= 1
        }
        var block: [Int] = []
        while index >= 0, roles[index] == nil, lines[index].wordCount >= 6, !lines[index].isParagraph,
            lines[index].text.dropLast().contains(where: { $0 == "،" || $0 == "," })
        {
            block.insert(index, at: 0)
            index -= 1
        }
        var hasCredit = false
        // Furniture, and open lines of one or two words, which the header makes navigation («A+ A-»).
        while index >= 0, roles[index] != nil || lines[index].wordCount <= 2 {
            if roles[index] == .furniture(.byline), !DateSupport.isDateLine(lines[index].text),
                DateSupport.dateShare(of: lines[index].text) < 0.5
            {
                hasCredit = true
            }
            index -= 1
        }
        return (hasCredit && index >= 0 ? block : []) + runOn
    }

    /// Copies of the headline below it (a page prints the title again above the text) are
    /// furniture wherever they stand; so is the headline cut short, its first words (three or
    /// more, half of it or more) on a line of their own: a photo's alt text («جنازة نعيم عيسى
    /// رحيل» under «جنازة نعيم عيسى رحيل صامت وقلوب دامعة», below a standfirst read as the
    /// lead). A story's line does not stop where a run of the headline's words does.
    private static func removeRepeatedTitle(_ lines: [TextLine], _ roles: inout [Role?], from start: Int) {
        guard let title = lines.indices.first(where: { roles[$0] == .title }), start < lines.count else { return }
        for index in start..<lines.count where roles[index] == nil {
            if lines[index].key == lines[title].key {
                roles[index] = .furniture(.title)
            } else if isHeadlineCutShort(lines[index], of: lines[title]) {
                roles[index] = .furniture(.caption)
            }
        }
    }

    /// Whether `line` is `title`'s first words and no more: three words or more, half the
    /// title's words or more, and no sentence's end.
    static func isHeadlineCutShort(_ line: TextLine, of title: TextLine) -> Bool {
        line.wordCount >= 3 && line.wordCount * 2 >= title.wordCount && !line.endsSentence
            && title.key.hasPrefix(line.key + " ")
    }

    /// Footer lines: lists of other headlines (`related`) and menu words (`navigation`).
    private static func classifyFooter(_ lines: [TextLine], _ roles: inout [Role?], after last: Int) {
        guard last + 1 < lines.count else { return }
        for index in (last + 1)..<lines.count where roles[index] == nil {
            roles[index] = .furniture(lines[index].wordCount >= 4 ? .related : .navigation)
        }
    }
}
