import ArabicText
import DossierModel

// The body between the header and the footer: the sections its headline-like lines open, and
// whether each is the story or another one (a teaser, an unrelated article appended).
extension FurnitureClassifier {
    /// Body lines: each run of headline-like lines opens a section, and so does a "read also"
    /// header alone on its line («شاهد أيضاً» over a teaser's paragraphs); the section is
    /// another story when its paragraphs share little with the title and lead, and little with
    /// the story told above it.
    static func classifyMiddle(
        _ lines: [TextLine], _ roles: inout [Role?], from first: Int, through last: Int, lists: Set<Int>
    ) {
        guard first <= last, first < lines.count else { return }
        let isBody = { (index: Int) in lines[index].isParagraph || lists.contains(index) }
        let headers = Set(
            (first...last).filter {
                roles[$0] == .furniture(.related) && FurnitureLexicon.isRelatedHeader(lines[$0].key)
            })
        // Paragraphs under the first that open with a credited dateline open another story's section.
        let datelines = Set(
            (first...last).filter {
                $0 > first && roles[$0] == nil && isBody($0) && opensWithCreditedDateline(lines[$0])
            })
        // So does the first paragraph of a page pasted under the story with another layout.
        let pasted = pastedPageOpening(lines, roles, from: first, through: last, isBody: isBody)
        let opensSection = { (index: Int) in
            headers.contains(index) || datelines.contains(index) || index == pasted
        }
        var index = first
        // The lead section (before the first headline-like line) is the story by definition.
        var lead: [Int] = []
        while index <= last, !opensSection(index), roles[index] != nil || isBody(index) {
            if roles[index] == nil { lead.append(index) }
            index += 1
        }
        // Most articles have no section under a headline: their words are not compared.
        guard index <= last else { return }
        // A line's tokens are made at each call: those of the lead's paragraphs are made once.
        let leadLines = leadParagraphs(lines, roles, from: first)
        let leadLineTokens = leadLines.map { lines[$0].tokens }
        let titleWords = titleTokens(lines, roles)
        let profile = Set(leadLineTokens.joined()).union(titleWords)
        var told = profile
        // The words of what stands above the section: the title, the lead section and the
        // sections kept (`told` has the lead's paragraphs under them too).
        var toldAbove = Set(titleWords)
        // The series the story's lines belong to: the lead may hold the first entry of a list
        // under the sentence announcing it.
        var toldSeries = ToldSeries()
        for member in lead {
            let tokens = lines[member].tokens
            told.formUnion(tokens)
            toldAbove.formUnion(tokens)
            toldSeries.note(lines[member])
        }
        // A page whose body opens under a headline-like line (a lead without full stops) has its
        // story in the first section: there is no story yet for it to be another than.
        var storyTold = !lead.isEmpty
        // Whether the section just above was set aside as another story.
        var aboveSetAside = false
        // Whether the section just above was kept as an entry under its name (`isNamedEntry`).
        var aboveNamedEntry = false
        // A page with no headline above its text may print it under a one-paragraph standfirst.
        var standfirstMayHeadIt = lead.count == 1 && !roles.contains(.title)
        while index <= last {
            let start = index
            var heads: [Int] = []
            while index <= last, roles[index] != nil || !isBody(index) {
                if roles[index] == nil { heads.append(index) }
                index += 1
            }
            var run: [Int] = []
            // A dateline opens the section it heads.
            let runStart = index
            while index <= last, index == runStart || !opensSection(index), roles[index] != nil || isBody(index) {
                if roles[index] == nil { run.append(index) }
                index += 1
            }
            let headTokens = heads.map { lines[$0].tokens }
            let runTokens = run.map { lines[$0].tokens }
            let section = headTokens + withoutOpeningTag(runTokens, run.first.map { lines[$0] })
            // Headed by a name the story has told («• زهير المغزاوي» over his profile, in a
            // story on the candidates), the section is the story's own, whatever it goes on about.
            let headsToldNames =
                !headTokens.isEmpty && headTokens.allSatisfy { $0.count >= 2 && told.isSuperset(of: $0) }
            // A section whose first paragraph opens on a connective or a reporting verb
            // («وأوضحت مديرة …», «وقال …») goes on with the story above it: another story's lead
            // does not open so.
            // So does one whose head is itself a sentence of the story opening on a connective
            // («وفي الهجوم: محمود كهربا.», in a list of a team's lines), and one whose first
            // paragraph announces the bulleted list under it («تزامن القصف الجوي مع عمليات نسف
            // في:», then «- مدينتي خان يونس ورفح»): a teaser of another story opens with its own
            // headline and lead. So does a section whose first paragraph is a sentence announcing
            // what follows, whatever follows it (`announcesWhatFollows`).
            // A sentence of the story closing on a colon announces the lines under it (a poem, a
            // quotation: «ورثته بالقصيدة:» over the verses): they are the story's, and no links,
            // whether it heads the section or is the last line of the story just above it («وأنشد
            // أحد الشعراء قصيدة قال فيها:»). A label over other stories («مقالات أخرى:») opens on
            // no conjunction.
            let announced = [heads.first, start > first && roles[start - 1] == nil ? start - 1 : nil].contains {
                $0.map { lines[$0].lastScalar == ":" && lines[$0].opensWithConjunction } ?? false
            }
            let continuesStory =
                announced || heads.first.map { lines[$0].opensLikeContinuation } ?? false
                || run.first.map {
                    lines[$0].opensLikeContinuation
                        || (lines[$0].lastScalar == ":" && lists.contains($0 + 1) && lines[$0 + 1].isListItem)
                        || announcesWhatFollows(lines[$0], listed: lists.contains($0), told: told)
                } ?? false
            // Another article's header (a "read also" header, or a headline over an author's
            // credit, «كتبت : …») opens a section that is compared with the lead above it, not
            // with its own first paragraph counted as the lead's third under a lead of two.
            let own = Set(run)
            let opensArticle =
                leadLines.contains(where: own.contains)
                && ((start..<(run.first ?? index)).contains {
                    headers.contains($0)
                        || (roles[$0] == .furniture(.byline) && LexicalFurniture.isAuthorCredit(lines[$0]))
                } || run.first.map(datelines.contains) == true)
            let sectionProfile =
                opensArticle
                ? Set(zip(leadLines, leadLineTokens).filter { !own.contains($0.0) }.flatMap(\.1)).union(titleWords)
                : profile
            let sectionTold = opensArticle ? toldAbove.union(sectionProfile) : told
            let headline = standfirstMayHeadIt ? headlineOverCredit(heads, through: runStart, lines, roles) : nil
            standfirstMayHeadIt = false
            // An entry under its name, right under another the story kept, is the next of a list
            // of entries («مشاهير رحلوا في عام 2024»: «هشام يانس» over his paragraph, then «محمد
            // الخلفي» over his): each names another person, so its words are not the lead's.
            let namedEntry = isNamedEntry(heads, run, lines)
            // A head going on with a series the story kept (an interview's question «س: …» under
            // the turns above it, «ثالثاً: …» under «ثانياً: …», «٢- فرنسا» under «١- البرازيل» and
            // its paragraph) is the story's, however little its section shares with the lead.
            let continuesSeries = heads.first.map { toldSeries.isContinued(by: lines[$0]) } ?? false
            let setAside =
                headline == nil && storyTold && !headsToldNames && !continuesStory && !(namedEntry && aboveNamedEntry)
                && !continuesSeries
                && topicOverlap(section, sectionProfile, ignoring: GenericNewsWords.contains) < unrelatedOverlap
                && topicOverlap(section, sectionTold, ignoring: GenericNewsWords.contains) < toldOverlap
            // A section going on with the one above goes on with the story that one told: under
            // another story set aside (an article appended to the page, then its subheadings,
            // «6 شهداء في دير البلح» over «وفي مدينة دير البلح …»), it is that story's too.
            let goesOnAside = aboveSetAside && continuesStory && !headsToldNames
            if goesOnAside || (setAside && !isLinkOverTheStory(heads, run, lines)) {
                for member in heads + run { roles[member] = .furniture(.unrelated) }
                aboveSetAside = true
                aboveNamedEntry = false
            } else {
                aboveSetAside = false
                aboveNamedEntry = namedEntry && !setAside
                if !setAside { for member in heads + run { toldSeries.note(lines[member]) } }
                if setAside { roles[heads[0]] = .furniture(.related) }
                if let headline { markHeadline(headline, among: heads, lines, &roles) }
                let headLines = zip(heads, headTokens).map { (index: $0, tokens: $1) }
                if !announced { markTeasers(&roles, heads: headLines, runTokens: runTokens, told: told) }
                for tokens in runTokens {
                    told.formUnion(tokens)
                    toldAbove.formUnion(tokens)
                }
                storyTold = true
            }
        }
    }

    /// The tokens of a section's paragraphs without those of the byline tag that opens the
    /// first («بغداد اليوم- متابعة كشف تسريب …» under «أهم الأخبار»): a site credits every story
    /// it prints so, and its name says nothing of what the section tells.
    static func withoutOpeningTag(_ runTokens: [[TokenText]], _ first: TextLine?) -> [[TokenText]] {
        guard let first, let opening = runTokens.first,
            first.text.unicodeScalars.prefix(60).contains(where: { "-–—".unicodeScalars.contains($0) })
        else { return runTokens }
        let tag = BylineSegments.parse(first.text, wholeLine: false).tag
        guard !tag.isEmpty else { return runTokens }
        let tagTokens = Set(ContentTokens.tokens(of: tag).map(TokenText.init))
        return [opening.filter { !tagTokens.contains($0) }] + runTokens.dropFirst()
    }

    /// Whether a section is an entry under its name: one head of three words or fewer, every
    /// content word of which its first paragraph names again («فتحي الهوادي» over «نعت وزارة
    /// الثقافة التونسية الفنان فتحي الهوادي …»). A story's headline says more than a name.
    static func isNamedEntry(_ heads: [Int], _ run: [Int], _ lines: [TextLine]) -> Bool {
        guard heads.count == 1, lines[heads[0]].wordCount <= 3, let first = run.first else { return false }
        let name = lines[heads[0]].tokens
        return !name.isEmpty && Set(name).isSubset(of: lines[first].tokens)
    }

    /// The page's headline when it stands under the one paragraph of the page's lead, over an
    /// author's credit («قريبا.. مكافحة جرائم تقنية المعلومات أمام البرلمان», its date, «كتبت -
    /// نورا فخرى», then the story): the first of the section's `heads`, headline-like, of three
    /// words or more, with the credit under it before the section's paragraphs (at `runStart`).
    /// The paragraph above is the story's standfirst, as a page with no headline of its own
    /// above its text prints it: a story appended to another comes under the first one's
    /// headline, or under more than one paragraph of it.
    static func headlineOverCredit(_ heads: [Int], through runStart: Int, _ lines: [TextLine], _ roles: [Role?])
        -> Int?
    {
        guard let first = heads.first, lines[first].isHeadlineLike, lines[first].wordCount >= 3,
            ((first + 1)..<runStart).contains(where: {
                roles[$0] == .furniture(.byline) && LexicalFurniture.isAuthorCredit(lines[$0])
            })
        else { return nil }
        return first
    }

    /// Files `headline` as the page's title and the other `heads` over the story as its copies
    /// (the headline printed again, or run into its own copy) or its photo's caption.
    private static func markHeadline(_ headline: Int, among heads: [Int], _ lines: [TextLine], _ roles: inout [Role?]) {
        let key = repeatKey(lines[headline])
        for head in heads {
            roles[head] =
                head == headline ? .title : repeatKey(lines[head]) == key ? .furniture(.title) : .furniture(.caption)
        }
    }

    /// Whether the one headline-like line `heads` over the paragraphs `run` is a link to another
    /// story set in the text, not that story's headline: the first paragraph opens on the
    /// conjunction «و», going on with something told above it, and no paragraph shares a word
    /// with the line («معارك عنيفة بمناطق بين محافظتي لحج وتعز» over «واضطرت حكومة هادي
    /// للانتقال مؤقتا إلى …»). Another story's lead opens on its own news, and its headline's
    /// words come back in it.
    private static func isLinkOverTheStory(_ heads: [Int], _ run: [Int], _ lines: [TextLine]) -> Bool {
        guard heads.count == 1, let first = run.first, lines[first].opensWithConjunction else { return false }
        let headTokens = Set(lines[heads[0]].tokens)
        return run.allSatisfy { headTokens.isDisjoint(with: lines[$0].tokens) }
    }

    /// The fewest short lines over a paragraph that make a list of links rather than subheadings.
    static let teaserRun = 3

    /// Links to other stories set between the story's paragraphs: a run of three or more short
    /// lines over a paragraph, where a subheading stands alone. Those of the run that share no
    /// content word with the story (told so far, or in the paragraphs under them) are links
    /// («“فانتازي البريميرليج” : محمد صلاح …», «هجمات 11 سبتمبر : …» inside a story on air
    /// strikes); a list of the story's own (names, steps) shares its words.
    ///
    /// `heads` are the lines of the run with their tokens; `runTokens` those of the paragraphs.
    private static func markTeasers(
        _ roles: inout [Role?], heads: [(index: Int, tokens: [TokenText])], runTokens: [[TokenText]],
        told: Set<TokenText>
    ) {
        guard heads.count >= teaserRun else { return }
        let story = told.union(runTokens.joined())
        for head in heads where story.isDisjoint(with: head.tokens) { roles[head.index] = .furniture(.related) }
    }

    /// Tokens of the first prose paragraphs from `start` (at most three), the story's lead.
    static func leadTokens(_ lines: [TextLine], _ roles: [Role?], from start: Int) -> [TokenText] {
        leadParagraphs(lines, roles, from: start).flatMap { lines[$0].tokens }
    }

    /// The first prose paragraphs from `start` (at most three), the story's lead.
    static func leadParagraphs(_ lines: [TextLine], _ roles: [Role?], from start: Int) -> [Int] {
        guard start < lines.count else { return [] }
        return Array((start..<lines.count).lazy.filter { roles[$0] == nil && lines[$0].isParagraph }.prefix(3))
    }

    private static func titleTokens(_ lines: [TextLine], _ roles: [Role?]) -> [TokenText] {
        lines.indices.filter { roles[$0] == .title }.flatMap { lines[$0].tokens }
    }

    /// Distinct tokens of `tokens` found in `reference`.
    static func overlapCount<Token: Hashable>(_ tokens: [Token], _ reference: [Token]) -> Int {
        Set(tokens).intersection(reference).count
    }

    /// The fewest recurring words, besides those a section's overlap ignores, that tell its
    /// topic without them.
    static let tellingWords = 3

    /// How much a section's own topic words belong to the story: the words that recur in the
    /// section (in two or more of its lines; all words for a one-line section), the eight most
    /// frequent, weighted by frequency, share found in `profile`. Long sections are not
    /// penalised for their many once-used words. Words `isIgnored` takes are no topic words
    /// when `tellingWords` others recur: a section recurring on them and one or two others
    /// («الحكومة» and «شرق») says too little without them.
    static func topicOverlap<Token: Hashable>(
        _ section: [[Token]], _ profile: Set<Token>, ignoring isIgnored: (Token) -> Bool = { _ in false }
    ) -> Double {
        var frequency: [Token: Int] = [:]
        var order: [Token] = []
        for tokens in section {
            // Each token once per line, in the order of the text: ties in frequency are broken
            // by first occurrence, never by `Set` order, which changes from run to run.
            var inLine = Set<Token>()
            for token in tokens where inLine.insert(token).inserted {
                if frequency[token] == nil { order.append(token) }
                frequency[token, default: 0] += 1
            }
        }
        guard !order.isEmpty else { return 1 }
        let recurring = section.count >= 2 ? order.filter { frequency[$0, default: 0] >= 2 } : order
        let telling = recurring.filter { !isIgnored($0) }
        let candidates =
            telling.count >= tellingWords ? telling : recurring.isEmpty ? order : recurring
        let top = candidates.enumerated()
            .sorted { (frequency[$0.element] ?? 0, -$0.offset) > (frequency[$1.element] ?? 0, -$1.offset) }
            .prefix(8).map(\.element)
        let total = top.reduce(0) { $0 + (frequency[$1] ?? 0) }
        let shared = top.filter(profile.contains).reduce(0) { $0 + (frequency[$1] ?? 0) }
        return total == 0 ? 1 : Double(shared) / Double(total)
    }
}
