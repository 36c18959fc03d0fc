import ArabicText
import DossierModel

/// The passes that keep the story's own lines that do not read as prose (lists it introduces,
/// short sentences, sections under its subheadings) and take out a comment form.
extension FurnitureClassifier {
    /// Wire photos' captions in Latin script (`LexicalFurniture.isLatinWireCaption`) on a page
    /// whose story is Arabic: two of its prose lines or more, and more than half of them, open
    /// with an Arabic letter. A caption copied from the agency's feed keeps its English («A
    /// handout picture provided by … (Photo by STRINGER / … / AFP)») and, at the top of the
    /// page, would be taken for the lead and its first sentence for the title.
    static func markLatinWireCaptions(_ lines: [TextLine], _ roles: inout [Role?]) {
        let captions = lines.indices.filter { roles[$0] == nil && LexicalFurniture.isLatinWireCaption(lines[$0]) }
        guard !captions.isEmpty else { return }
        let prose = lines.indices.filter { roles[$0] == nil && lines[$0].isProse && !captions.contains($0) }
        let arabic = prose.count { index in
            lines[index].text.unicodeScalars.first(where: \.properties.isAlphabetic).map {
                (0x0600...0x06FF).contains($0.value)
            } == true
        }
        guard arabic >= 2, arabic * 2 > prose.count else { return }
        for index in captions { roles[index] = .furniture(.caption) }
    }

    /// Lists the body introduces: a line of five words or more ending with a colon («… على
    /// النحو الآتي:»), and the bulleted or numbered items right after it; an interview, a line
    /// ending with a colon («وهذا نص الحوار:») over a question turn and the turns after it
    /// (`TextLine.isInterviewTurn`); and a transcript a line announces («وفيما يلي نص
    /// المقابلة:», `FurnitureLexicon.transcriptAnnouncements`), every line to its last
    /// paragraph. They read as prose (pledges, vote tallies, questions and answers), so they
    /// neither open a section nor end the body.
    ///
    /// A sentence of `announcingWords` or more ending with a colon («ستجرى مواجهات الجولة
    /// الثانية يوم الأحد المقبل كالآتي:») is the story's whatever follows it, and so are the
    /// short lines right under it, bullets or not («الموزمبيق _ الجزائر»): a label introducing
    /// links is shorter («الأكثر قراءة:», «اقرأ أيضا:»), and the lexicon takes those it knows.
    static func introducedLists(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        var result = Set<Int>()
        for index in lines.indices where roles[index] == nil && lines[index].lastScalar == ":" {
            // «وفيما يلي نص المقابلة:» announces a transcript: its speakers' names, questions and
            // answers, up to its last paragraph, are the story's.
            if FurnitureLexicon.transcriptAnnouncements.isFound(in: lines[index].key),
                let last = lines.indices.last(where: { $0 > index && roles[$0] == nil && lines[$0].isParagraph })
            {
                result.insert(index)
                for next in (index + 1)...last where roles[next] == nil { result.insert(next) }
            }
            let after = index + 1 < lines.count ? lines[index + 1] : nil
            let opensInterview = after.map { $0.isInterviewTurn && $0.endsWithQuestion } ?? false
            let announces = !opensInterview && lines[index].wordCount >= announcingWords
            // A short label before a list («الأكثر قراءة:») introduces links, not the story's own
            // list; one of three or four words naming what the story told above it («الرئيس
            // المنتخب جوزاف عون:» over his pledges) introduces the story's.
            guard lines[index].wordCount >= 5 || opensInterview || labelsTheStory(lines, roles, at: index) else {
                continue
            }
            var next = index + 1
            // Items set out alike, a name and a dash before what follows it, are the list's
            // whatever their length («الدكتور سامر نجم – وزيراً للنقل.», then «هالة عيسى –
            // وزيرة دولة.»): the first item's spaced dash is looked for in each.
            let itemDash = announces && next < lines.count ? spacedDash(in: lines[next].text) : nil
            while next < lines.count {
                // A bullet a copy set on a line of its own («-», then «اللغة العربية.» under
                // it) bullets the line under it; the bullet itself stays furniture.
                let bulleted = lines[next].isLoneBullet && next + 1 < lines.count
                let item = bulleted ? next + 1 : next
                guard roles[item] == nil,
                    opensInterview
                        ? lines[item].isInterviewTurn
                        : bulleted || lines[item].isListItem
                            || (announces
                                && (isShortItem(lines[item]) || itemDash.map { lines[item].text.contains($0) } ?? false))
                else { break }
                result.insert(item)
                next = item + 1
            }
            if next > index + 1 || announces { result.insert(index) }
        }
        return result
    }

    /// The items of a bulleted list the story sets out in prose: the lines right under an item
    /// that reads as prose («- يُلزم مقدم الخدمة بسرية البيانات … للدولة», long enough to be
    /// a paragraph), each opening with the same bullet and running `listItemWords` or more, as
    /// the list goes on in shorter items («- للنائب العام إصدار أمر بمنع المتهم من السفر»).
    /// Without them the list's last items, under the last prose line, would be the page's
    /// footer. Links under a story are not announced by one of its sentences.
    static func proseListItems(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        var result = Set<Int>()
        var index = 0
        while index < lines.count {
            guard roles[index] == nil, let bullet = listBullet(lines[index]), lines[index].isProse else {
                index += 1
                continue
            }
            var next = index + 1
            while next < lines.count, roles[next] == nil, listBullet(lines[next]) == bullet,
                lines[next].wordCount >= listItemWords, !lines[next].trailsOff
            {
                if !lines[next].isProse { result.insert(next) }
                next += 1
            }
            index = next
        }
        return result
    }

    /// The fewest words of an item that goes on a list set out in prose.
    static let listItemWords = 6

    /// The bullet a list item opens with («-», «•»), nil when the line is no bulleted item.
    /// Most lines open with a letter: their first byte is looked at first.
    private static func listBullet(_ line: TextLine) -> Unicode.Scalar? {
        guard let byte = line.text.utf8.first, bulletLeadBytes.contains(byte), line.isListItem,
            let first = line.text.unicodeScalars.first
        else { return nil }
        return first
    }

    /// The first UTF-8 byte of every bullet `TextLine.isListItem` takes: «-», «*», «>», and
    /// the lead bytes of «•», «–», «—», «▪», «●», «◦» (0xE2) and of «·», «»» (0xC2).
    private static let bulletLeadBytes: Set<UInt8> = [0x2D, 0x2A, 0x3E, 0xE2, 0xC2]

    /// Whether the short line at `index` (three or four words, a colon after them) shares a
    /// content word with the prose paragraphs above it: a speaker or a subject the story told.
    private static func labelsTheStory(_ lines: [TextLine], _ roles: [Role?], at index: Int) -> Bool {
        guard (3...4).contains(lines[index].wordCount) else { return false }
        let label = Set(lines[index].tokens)
        return (0..<index).contains {
            roles[$0] == nil && lines[$0].isParagraph && !label.isDisjoint(with: lines[$0].tokens)
        }
    }

    /// An interview's answers printed right under their questions: the line under a question
    /// turn («* كيف تقيّمون …؟», «س: …؟», `TextLine.isInterviewTurn`) in the same block, when it
    /// opens as an answer does, with a dash, two asterisks or «ج:» («- أعتقد أن …..»). A short
    /// answer that trails off reads as no prose, and at the end of the text would pass for a
    /// link under the story; a question of the story is answered, a link is not.
    static func interviewAnswers(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        var result = Set<Int>()
        for index in lines.indices.dropLast() where roles[index] == nil && roles[index + 1] == nil {
            let (question, answer) = (lines[index], lines[index + 1])
            guard question.isInterviewTurn, question.endsWithQuestion, answer.block == question.block,
                !answer.endsWithQuestion, answer.wordCount >= 3, opensAsAnswer(answer)
            else { continue }
            result.insert(index + 1)
        }
        return result
    }

    /// Whether `line` opens as an interview's answer: a dash and a space, or a turn's own mark.
    private static func opensAsAnswer(_ line: TextLine) -> Bool {
        line.isInterviewTurn || ["- ", "– ", "— "].contains(where: line.text.hasPrefix)
    }

    /// The dash set apart by spaces in `text` («الدكتور سامر نجم – وزيراً للنقل.»), or nil.
    private static func spacedDash(in text: String) -> String? {
        [" – ", " - ", " — "].first { text.contains($0) }
    }

    /// The fewest words of a sentence that announces what follows it with a colon.
    static let announcingWords = 6

    /// An item of a list without bullets: a line of at most six words that is not prose (a
    /// fixture, a name and a figure).
    private static func isShortItem(_ line: TextLine) -> Bool {
        line.wordCount <= 6 && !line.isParagraph && line.lastScalar != ":"
    }

    /// Short sentences set in the story's text: an open line of three words or more ending with
    /// a full stop, or with a comma over a line opening with the conjunction «و», with no blank
    /// line between it and the prose paragraphs above and below it («سالت على إثرها الأودية
    /// والشعاب.» among a page's one-sentence lines). A subheading has no full stop, and a
    /// caption stands apart from the paragraphs around it.
    static func shortSentencesInText(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        var result = Set<Int>()
        for index in lines.indices.dropFirst().dropLast() where roles[index] == nil {
            let (line, above, below) = (lines[index], lines[index - 1], lines[index + 1])
            // A line ending with a comma runs on into the line under it when that one opens
            // with the conjunction («سفير البلاد في داكار أحمد ولد أحمد،», then «وعدد من
            // المستشارين …»), as a list's last items do.
            let mark = line.finalMark
            let runsOn = (mark == "،" || mark == ",") && below.opensWithConjunction
            guard mark == "." || runsOn, !line.trailsOff, line.wordCount >= 3, !line.isParagraph,
                roles[index - 1] == nil, roles[index + 1] == nil, above.isParagraph, below.isParagraph,
                above.block == line.block, below.block == line.block
            else { continue }
            result.insert(index)
        }
        return result
    }

    /// Lines after a "related" header or inside a comment form take the header's kind. A date
    /// alone between two of a related section's teasers is a teaser's date, not a byline
    /// («Articles qui pourraient vous intéresser», «Vendredi 04 Avril 2025», a headline, …).
    /// Above the story's first paragraph, the headline-like line right over it sharing two
    /// words or more with it is the story's headline, not the last teaser of a list the copy
    /// put above the article («أخبار ذات صلة», its teasers, then «تونس تسجل ارتفاعا في عائدات
    /// السياحة …» over «تونس - سجلت عائدات القطاع السياحي …»).
    static func extendSections(_ lines: [TextLine], _ roles: inout [Role?]) {
        var section: FurnitureKind?
        var storyStarted = false
        for index in lines.indices {
            let line = lines[index]
            if roles[index] == nil, line.isParagraph { storyStarted = true }
            if case .furniture(let kind)? = roles[index] {
                if kind == .related, FurnitureLexicon.isRelatedHeader(line.key) {
                    section = .related
                } else if section == .related, kind == .byline, DateSupport.isDateLine(line.text),
                    index + 1 < lines.count, roles[index + 1] == nil || roles[index + 1] == .furniture(.related),
                    lines[index + 1].isHeadlineLike
                {
                    roles[index] = .furniture(.related)
                } else if kind == .comments, index >= lines.count / 2 {
                    section = .comments
                } else if kind != section {
                    section = nil
                }
                continue
            }
            guard let current = section else { continue }
            if current == .comments, !line.isProse || FurnitureLexicon.commentFormLines.contains(line.key) {
                roles[index] = .furniture(.comments)
            } else if current == .related, line.isHeadlineLike, storyStarted || !headsTheLead(lines, roles, at: index) {
                roles[index] = .furniture(.related)
            } else {
                section = nil
            }
        }
    }

    /// Whether the line at `index` stands right over an open paragraph and shares two words or
    /// more with it: a headline over its lead.
    private static func headsTheLead(_ lines: [TextLine], _ roles: [Role?], at index: Int) -> Bool {
        guard index + 1 < lines.count, roles[index + 1] == nil, lines[index + 1].isParagraph else { return false }
        return overlapCount(lines[index].tokens, lines[index + 1].tokens) >= 2
    }

    /// Everything under a comment form's own wording, in the page's second half and below a
    /// paragraph of the story («اترك تعليقاً», «لن يتم نشر عنوان بريدك الإلكتروني», «Leave a
    /// Reply»): the form's rules («عدم الإساءة للكاتب …») and readers' comments, prose though
    /// they are. A story does not go on under the form that closes it; a call to comment in the
    /// header, above the text («اضف تعليقاً واقرأ تعليقات القراء»), closes nothing, and neither
    /// does a notice glued to a sentence of the story or left alone inside it
    /// (`LexicalFurniture.hasSentenceOfOtherWords`, `isStrayFormLine`).
    static func markCommentForm(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard
            let form = lines.indices.first(where: {
                $0 >= lines.count / 2 && roles[$0] == .furniture(.comments) && LexicalFurniture.isCommentForm(lines[$0])
                    && !LexicalFurniture.hasSentenceOfOtherWords(lines[$0])
            }),
            lines[..<form].indices.contains(where: { roles[$0] == nil && lines[$0].isProse }),
            !isStrayFormLine(lines, roles, at: form)
        else { return }
        for index in (form + 1)..<lines.count where roles[index] == nil { roles[index] = .furniture(.comments) }
    }

    /// Whether the comment form's line at `form` is a notice left inside the story («الحقول
    /// الإلزامية مشار إليها بـ *» between two of its paragraphs) rather than the form that ends
    /// it: no other line under it belongs to a comment section (a form brings its fields, its
    /// rules or a count of comments along), and the paragraphs under it go on telling the story,
    /// their recurring words at least `toldOverlap` words of the paragraphs above it. Readers'
    /// comments come with the form's other lines, or stand under a header of their own.
    static func isStrayFormLine(_ lines: [TextLine], _ roles: [Role?], at form: Int) -> Bool {
        let under = (form + 1)..<lines.count
        guard !under.contains(where: { roles[$0] == .furniture(.comments) }) else { return false }
        let below = under.filter { roles[$0] == nil && lines[$0].isParagraph }
        guard !below.isEmpty else { return false }
        var told = Set<TokenText>()
        for index in 0..<form where roles[index] == nil && lines[index].isParagraph {
            told.formUnion(lines[index].tokens)
        }
        return topicOverlap(below.map { lines[$0].tokens }, told) >= toldOverlap
    }
}
