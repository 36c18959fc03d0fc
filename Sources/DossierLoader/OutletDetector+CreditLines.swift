import Foundation

/// Lines of their own by which a site credits itself or its source: its name and its
/// newsroom («مرصد مينا – هيئة التحرير»), its name and a generic credit («الشرق / متابعات»),
/// its name closed by a slash or a dash over the lead («كنا /»), an agency in parentheses
/// under the story («(رويترز)»), a bare web address («aljazeera.net»).
extension OutletDetector {
    /// The outlet of a line of its own that is a short name and the editorial staff after a
    /// dash, a slash or a bar, or after the name in quotes («مرصد مينا – هيئة التحرير», «الترا
    /// فلسطين | فريق التحرير», «> "الأيام" غرفة الأخبار»): a site crediting its own newsroom.
    static func staffCredit(_ line: String) -> Detection? {
        let key = TextLine.wordKey(line)
        guard let staff = editorialStaff.first(where: { key.hasSuffix(" " + $0) }) else { return nil }
        if let detection = selfCredit(line) { return detection }
        let words = line.split(whereSeparator: \.isWhitespace)
        let staffWords = staff.split(separator: " ").count
        guard words.count > staffWords else { return nil }
        // A quotation-like «>» may open the line, as a site's style for its credit.
        let before = words.dropLast(staffWords).joined(separator: " ").trimmingCharacters(in: .init(charactersIn: "> "))
        let quotes: Set<Character> = ["\"", "«", "»", "“", "”"]
        let name: Substring
        if before.hasSuffix("|") {
            name = before.dropLast()
        } else if let first = before.first, let last = before.last, before.count > 2, quotes.contains(first),
            quotes.contains(last)
        {
            name = before.dropFirst().dropLast()
        } else {
            return nil
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard isCreditName(trimmed, words: 3, marks: tagMarks) else { return nil }
        return detection(named: trimmed, evidence: line.trimmingCharacters(in: .whitespaces))
    }

    /// The editorial staff, credited instead of a reporter, as word keys.
    static let editorialStaff = [
        "هيئة التحرير", "فريق التحرير", "أسرة التحرير", "التحرير", "المحرر", "غرفة الأخبار", "قسم الأخبار",
        "editorial team", "newsroom", "news desk", "web desk", "online desk", "digital desk", "la rédaction",
    ]
    .map(TextLine.wordKey)

    /// The outlet of a line of its own that is a short name and a slash, the agencies' credit
    /// over their lead («كنا /», «/ واع /»), or a dash, the dateline of a paper that credits
    /// itself over its lead («The Daily Tribune –», «الوطن -»): one to three words, not a
    /// listed place, not «وكالات», and no «+» («A+ A-», «الخط + -»: a page's text-size
    /// buttons). The caller reads it only right above the lead.
    static func slashCredit(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        let closing: Set<Character> = ["/", "-", "–", "—"]
        guard let last = text.last, closing.contains(last) else { return nil }
        let name = text.trimmingCharacters(in: CharacterSet(charactersIn: "/-–— "))
        guard isCreditName(name, words: 3, marks: tagMarks + "+") else { return nil }
        return detection(named: name, evidence: text)
    }

    /// The outlet of a line of its own that is a short name, a slash or a dash, and a credit
    /// naming no outlet («كريتر سكاي/خاص», «الشرق / متابعات», «صحيفة عسير ــ متابعات»): a site
    /// crediting itself over its lead. Sites also join the two with a bar, an underscore or a
    /// colon, spaced or not («صدى المدينة|متابعات», «الرائد نت_متابعة», «وطن برس: خاص»), and
    /// the credit may be two joined by «و» («صوت الحي: أخبار ومتابعات», `isGenericCredit`), or
    /// two after two marks («المدى – متابعة – وكالات», closing a story). A listed place first
    /// («عدن/خاص») is a dateline, and names none; so is a photo's or a source's label before a
    /// colon («تصوير: خاص», «المصدر: متابعات»). The credit is one of
    /// `genericCredits`, nothing else: a number or a weather widget's dots after the mark are a
    /// counter's or a widget's («عدد القراء: 2026», «• الصغرى : ..°»).
    static func selfCredit(_ line: String) -> Detection? {
        // Cheapest first: a name of three words and a credit are short (it is asked of many lines).
        guard line.utf8.count <= selfCreditBytes else { return nil }
        let text = line.trimmingCharacters(in: .whitespaces)
        let parts: [String]
        // A mark closing the line joins nothing to it («كنا /», «الخرطوم:»).
        if let separator = selfCreditSeparators.first(where: text.dropLast().contains) {
            parts = text.split(separator: separator, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if separator == ":", parts.count == 2, isSourceLabel(parts[0]) { return nil }
        } else {
            // A dash cuts as in a byline tag: set apart by a space, not inside a hyphenated name.
            let (segments, tag) = BylineSegments.parse(text, wholeLine: true)
            guard tag == text, !segments.contains(where: \.parenthesized) else { return nil }
            parts = segments.map(\.text)
        }
        guard (2...3).contains(parts.count), parts.dropFirst().allSatisfy(isGenericCredit),
            isCreditName(parts[0], words: 3, marks: tagMarks)
        else { return nil }
        return detection(named: parts[0], evidence: text)
    }

    /// The longest line, in UTF-8 bytes, `selfCredit` reads: three long words, a mark and a
    /// credit of two words are well within it.
    private static let selfCreditBytes = 120

    /// The marks that join a site's name to its credit in `selfCredit`, tried in this order:
    /// a name may hold none of them, so the first found is the one.
    private static let selfCreditSeparators: [Character] = ["/", "|", "_", ":"]

    /// A label of a photo's or a text's source (`FurnitureLexicon.photoCreditLabels`, «المصدر»),
    /// which a colon follows as a site's name may.
    private static func isSourceLabel(_ text: String) -> Bool {
        let key = TextLine.wordKey(text)
        return sourceLabels.contains(key) || FurnitureLexicon.photoCreditLabels.contains(key)
    }

    private static let sourceLabels = Set(["المصدر", "مصدر", "source", "la source"].map(TextLine.wordKey))

    /// The outlet of a line that is only a short name in parentheses («(يو .بي .آي)»,
    /// «(رويترز)»): the agency a story closes by crediting. The caller reads it only right
    /// under the last paragraph.
    static func parenthesizedCredit(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 else { return nil }
        let name = text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        // An agency's initials may be dotted («يو .بي .آي»).
        guard isCreditName(name, words: 4, marks: "()«»\"“”:،,؟?!") else { return nil }
        return detection(named: name, evidence: text)
    }

    /// The outlet of a line that is only a listed news agency's name (`FurnitureLexicon.agencies`:
    /// «سونا», «وام»): the agency a story closes by crediting, as some sites print it under the
    /// text without parentheses. A photo service alone there («Getty Images») credits a picture.
    /// The caller reads it only right under the last paragraph.
    static func agencyAlone(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.count <= 24 else { return nil }
        let key = TextLine.wordKey(text)
        guard FurnitureLexicon.agencies.contains(key), !photoServices.contains(key) else { return nil }
        return detection(named: text, evidence: text)
    }

    /// The photo services among `FurnitureLexicon.agencies`, as word keys.
    private static let photoServices = Set(
        ["غيتي", "جيتي", "غيتي إيماجز", "إيبا", "getty", "getty images", "epa", "shutterstock"].map(TextLine.wordKey))

    /// The source an aggregator sends the reader to under its copy of the story, after a label
    /// and a colon («تفاصيل الخبر في : جريدة الشروق المصرية», «اقرأ الخبر من المصدر: الوطن»):
    /// a name of one to four words, the outlet the text is credited to.
    static func sourceLinkCredit(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard let colon = text.firstIndex(of: ":"),
            sourceLinkLabels.contains(TextLine.wordKey(String(text[..<colon])))
        else { return nil }
        let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard isCreditName(name, words: 4, marks: tagMarks) else { return nil }
        return detection(named: name, evidence: text)
    }

    /// The labels of `sourceLinkCredit`, as word keys.
    private static let sourceLinkLabels = Set(
        [
            "تفاصيل الخبر في", "التفاصيل في", "اقرأ التفاصيل في", "اقرأ الخبر كاملا في", "اقرأ الخبر من المصدر",
            "الخبر من المصدر", "read more at", "read the full story at",
        ].map(TextLine.wordKey))

    /// The site a line names when it is a web address and nothing else («aljazeera.net»,
    /// «www.Hespress.com»): the source a text is credited to, or the site's own name in its
    /// header or footer. A social network or a platform («facebook.com») names no outlet.
    static func webAddressCredit(_ line: String) -> Detection? {
        var host = line.trimmingCharacters(in: .whitespaces)
        if host.lowercased().hasPrefix("www.") { host.removeFirst(4) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let domain = labels.last, (2...6).contains(domain.count),
            domain.allSatisfy({ $0.isASCII && $0.isLetter }),
            labels.dropLast().allSatisfy({ label in
                !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }),
            !platformHosts.contains(host.lowercased()), !fileExtensions.contains(domain.lowercased())
        else { return nil }
        // «News.Az»: a name that is only a common word keeps its domain, or every such site would
        // be `news`.
        var words = labels.dropLast().map(String.init)
        if words.count == 1, genericHostNames.contains(words[0].lowercased()) { words.append(String(domain)) }
        return Detection(id: id(latinWords: words), name: host, evidence: line, source: .byline)
    }

    /// Site names that are only a common word, told apart by their domain («News.Az», «Press.tv»).
    private static let genericHostNames: Set<String> = [
        "news", "online", "press", "info", "today", "daily", "media", "tv", "times", "post", "web", "site", "live",
    ]

    /// Endings of a file's name, which a page prints for an image or a download
    /// («5d10de6f33235.jpg»): no web address ends so.
    private static let fileExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "pdf", "mp4", "mp3", "mov", "doc", "docx", "xls", "xlsx",
        "ppt", "pptx", "zip", "rar", "txt", "htm", "html", "php", "aspx", "asp", "jsp",
    ]

    /// Hosts of networks and platforms, which carry every outlet's posts.
    private static let platformHosts: Set<String> = [
        "facebook.com", "twitter.com", "x.com", "youtube.com", "youtu.be", "instagram.com", "t.me", "telegram.org",
        "telegram.me", "whatsapp.com", "wa.me", "tiktok.com", "linkedin.com", "google.com", "news.google.com",
        "wordpress.com", "wordpress.org", "blogger.com", "snapchat.com", "threads.net",
    ]

    /// The outlet of a line of its own that is a name of one or two words, a dash, a slash, a
    /// bar or a spaced full stop, and a listed news agency, a colon after it at most («وهج
    /// الخليج – العمانية», «زنقة 20 . الاناضول», «المواطن - واس»): a site crediting the wire it
    /// runs, and the site is the outlet; after a listed place («الرياض - واس») the agency is.
    /// A name that is no listed agency after the mark may be a reporter's, and a photo's
    /// caption credits an agency after the scene it shows, in more words («جانب من اجتماع
    /// المجلس - رويترز»).
    static func agencyCredit(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.utf8.count <= selfCreditBytes,
            let mark = agencyCreditMarks.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let name = text[..<mark.lowerBound].trimmingCharacters(in: .whitespaces)
        let agency = text[mark.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        guard FurnitureLexicon.agencies.contains(TextLine.wordKey(agency)) else { return nil }
        if DatelinePlaces.contains(name) { return detection(named: agency, evidence: text) }
        guard isCreditName(name, words: 2, marks: tagMarks, allowingDigits: true) else { return nil }
        return detection(named: name, evidence: text)
    }

    /// What joins a site's or a place's name to the agency in `agencyCredit`: a full stop only
    /// with spaces around it, as abbreviations such as «أ.ف.ب» have none.
    private static let agencyCreditMarks = [" - ", " – ", " — ", " ـ ", "/", "|", " . "]
}
