import ArabicText
import DossierModel
import Foundation

/// Finds the publishing outlet: in copyright lines («© 2024 شركة X», «جميع الحقوق محفوظة لـ X»),
/// then in a masthead above the headline («جريدة الوطن»), then in a byline tag above the lead,
/// a brand's or a publication's credit line (`OutletBrand`, «عمان - وكالة خبر»), the tag
/// that opens the lead («شفا –», «غزة (رويترز) -», «وطنا اليوم:», «بغداد/ المسلة:»), an
/// agency credited in parentheses under the text («(يو .بي .آي)»), and last a web address
/// alone on a line («aljazeera.net»).
///
/// The Arabic part of the owner's name becomes the display name; a Latin part («X Media LLC»)
/// gives an ASCII id. An Arabic-only name has no id: the sidecar must supply one.
enum OutletDetector {
    /// What a line says about the article's outlet.
    struct Detection: Sendable, Hashable {
        let id: String?
        let name: String
        /// The line itself, kept as evidence.
        let evidence: String
        /// Where the name was read.
        var source: OutletEvidence.Rule = .copyright

        /// The evidence with where it was read: «masthead: جريدة الوطن».
        var labelledEvidence: String { OutletEvidence(place: .rule(source), text: evidence).description }
    }

    /// The outlet of an article, from the most reliable place that names one: a copyright line
    /// states the owner, a masthead the publication, a byline tag only whom the text credits.
    /// Captions are read only for a brand's credit line: a photo credit («المصدر: رويترز»)
    /// names the photo's source.
    static func detect(in split: ArticleSplit) -> Detection? {
        // An aggregator's reprint names the paper above the text; its copyright is its own.
        let firstBodyLine = split.paragraphs.first?.line ?? Int.max
        for item in split.furniture where item.line < firstBodyLine && item.kind != .title {
            if let detection = reprintCredit(item.text) { return detection }
        }
        for line in copyrightLinesSiteFirst(in: split) {
            if let detection = owner(of: line) { return detection }
        }
        // A feed's closing line names the site whatever the split filed it as.
        for item in split.furniture where item.kind != .title {
            if let detection = feedFooterCredit(item.text) { return detection }
        }
        let above = split.furniture.filter { $0.line < firstBodyLine }
        let header = above.filter { $0.kind != .caption }
        if let detection = nameOverTagline(in: above) { return detection }
        for item in header {
            if let detection = masthead(item.text) {
                return aggregatedSource(masthead: item.text, lines: header.map(\.text)) ?? detection
            }
        }
        // A byline tag stands on its own line above the lead, or opens the lead.
        for item in header where item.kind == .byline {
            if let detection = bylineTag(item.text, wholeLine: true) ?? slashTag(openingLead: item.text) {
                return detection
            }
        }
        // The site and its reporter («صدى الشعب – سليمان أبو خرمة»), the site's name printed
        // elsewhere on the page, wherever the credit stands.
        let credits = split.siteCredits
        for item in split.furniture where item.kind == .byline {
            if let site = credits.site(creditedBy: TextLine(text: item.text, line: item.line, block: 0)) {
                return detection(named: site, evidence: item.text)
            }
        }
        // The site's name in its masthead, before a masthead credit on one line («المشهد اليمني
        // رئيس التحريرعبد الرحمن البيل», the name printed alone on the page too).
        for item in above where item.kind == .byline {
            if let site = credits.mastheadSite(TextLine(text: item.text, line: item.line, block: 0)) {
                return detection(named: site, evidence: item.text)
            }
        }
        // The line right above the lead is where a tag stands, whatever its words made it.
        if let last = header.last, last.kind != .title,
            let detection = slashCredit(last.text) ?? selfCredit(last.text) ?? staffCredit(last.text)
                ?? placeTag(last.text) ?? agencyCredit(last.text) ?? placeParenthesizedCredit(last.text)
                ?? slashPlaceTag(last.text)
        {
            return detection
        }
        for item in header where ![.title, .ticker, .related].contains(item.kind) {
            if let detection = colonTag(item.text) { return detection }
        }
        // A dateline right above the lead may have been filed as a photo's caption
        // («حمص -سانا»). It is read only for a listed place and an outlet that cannot be a
        // reporter: a listed agency, a publication, a quoted name or an agency after a reporter
        // («مسقط - اسلام سمحان» names the reporter).
        if let last = above.last, last.kind == .caption, let detection = captionedDateline(last.text) {
            return detection
        }
        // A dateline that names the text's source («2023-12-18 16:51:38 - المصدر: سكاي نيوز») or
        // opens with the outlet's brand («Ahram Online, Monday 30 Apr 2012»), above the text or
        // under its first paragraph (a standfirst, then the dateline); and so does a site
        // crediting itself there («الرائد نت_متابعات» between the standfirst and the lead),
        // before the date on its line, or in a reporter's place («كتب: الوطن اليوم»).
        let secondBodyLine = split.paragraphs.dropFirst().first?.line ?? Int.max
        for item in split.furniture where item.kind == .byline && item.line < secondBodyLine {
            if let name = datelineSource(item.text) ?? OutletBrand.credited(byDateline: item.text) {
                return detection(named: name, evidence: item.text)
            }
            if let detection = selfCredit(item.text) ?? datedSelfCredit(item.text)
                ?? reporterCreditNamingOutlet(item.text) ?? QuotedReporterCredit.outlet(in: item.text)
            {
                return detection
            }
        }
        // A brand in a short credit line, even one filed as a caption («أبوظبي - سكاي نيوز عربية»),
        // and so a dateline's credit (`datedSelfCredit`, `reporterCreditNamingOutlet`); never in
        // the headline or another story's.
        for item in above where ![.title, .ticker, .related, .unrelated].contains(item.kind) {
            if let name = OutletBrand.credited(byLine: item.text) {
                return detection(named: name, evidence: item.text)
            }
            if let detection = publicationCredit(item.text) ?? datedSelfCredit(item.text)
                ?? reporterCreditNamingOutlet(item.text)
            {
                return detection
            }
        }
        if let lead = split.paragraphs.first {
            if let name = OutletBrand.credited(byLead: lead.text) {
                return detection(named: name, evidence: String(lead.text.prefix(name.count + 2)))
            }
            if let detection = bylineTag(lead.text, wholeLine: false) ?? slashTag(openingLead: lead.text)
                ?? bracketedTag(openingLead: lead.text)
            {
                return detection
            }
            if let wire = WireDateline(openingLead: lead.text) {
                return detection(named: wire.agency, evidence: wire.tag)
            }
            // A reporter's credit naming the outlet in quotes heads the lead («إدريس جواد | مراسل
            // "الشرق" - بغداد: …»).
            if let detection = QuotedReporterCredit.outlet(in: lead.text) { return detection }
            // A publication's credit over the lead, kept as its first line because it runs on
            // into it with a colon («شبكة أخبار الناصرية:»), or opening the lead before one
            // («شبكة الرافد: تعتمد الموازنة …»).
            if let detection = leadMasthead(lead.text) { return detection }
        }
        // The agency a story closes by crediting, on the line right under its last paragraph,
        // in parentheses or alone («سونا»), or the source an aggregator links to there
        // («تفاصيل الخبر في : …»).
        if let last = split.paragraphs.last,
            let credit = split.furniture.first(where: { $0.line > last.line }),
            let detection = parenthesizedCredit(credit.text) ?? agencyAlone(credit.text)
                ?? sourceLinkCredit(credit.text)
        {
            return detection
        }
        // A "follow us" widget, or a call to download the site's app, names the site itself,
        // wherever it stands and whatever it was filed as (under the text, it may pass for
        // another story's teaser).
        for item in split.furniture where item.kind != .title {
            if let detection = followCredit(item.text) ?? appCredit(item.text) { return detection }
        }
        // Last, a web address alone on a line, above the text or under it (a source's credit).
        for item in split.furniture where ![.title, .ticker, .related, .unrelated].contains(item.kind) {
            if let detection = webAddressCredit(item.text) { return detection }
        }
        return nil
    }

    /// The footer lines, a photo's credit last: a «©» line above the text that states no rights
    /// («© Sputnik . Mohamed Mahmoud» under the headline) credits the picture there, and the
    /// site's own notice («© 2023 سبوتنيك جميع الحقوق محفوظة», under the text) names the outlet.
    static func copyrightLinesSiteFirst(in split: ArticleSplit) -> [String] {
        let firstBodyLine = split.paragraphs.first?.line ?? Int.max
        let footers = split.furniture.filter { $0.kind == .footer }
        let isPhotoCredit = { (item: Furniture) in
            let key = TextLine.wordKey(item.text)
            return item.line < firstBodyLine && item.text.contains("©")
                && !["الحقوق محفوظه", "حقوق النشر", "copyright", "rights reserved"].contains(where: key.contains)
        }
        return (footers.filter { !isPhotoCredit($0) } + footers.filter(isPhotoCredit)).map(\.text)
    }

    /// The most characters before the colon that ends a publication's credit opening the lead.
    private static let leadMastheadLength = 50

    /// The publication credited at the head of the lead, before its first colon: a masthead
    /// (`masthead`: a publication kind and its name, «شبكة الرافد: …», «جريدة الأيام: …»). A
    /// tagline of indefinite adjectives («صحيفة أمريكية: …») names none.
    static func leadMasthead(_ lead: String) -> Detection? {
        guard let colon = lead.prefix(leadMastheadLength).firstIndex(of: ":"),
            var detection = masthead(String(lead[..<colon]))
        else { return nil }
        detection.source = .byline
        return detection
    }

    /// Markers of a source named after a date on the same line.
    private static let sourceMarkers = ["المصدر:", "المصدر :", "Source:", "Source :"]

    /// The source a dateline names after its date («2023-12-18 16:51:38 - المصدر: سكاي نيوز»,
    /// an aggregator crediting the outlet it copied): one to four words after «المصدر:», with a
    /// full date before it. A photo's «المصدر: رويترز» dates nothing; «المصدر: وكالات» names no
    /// outlet.
    static func datelineSource(_ line: String) -> String? {
        guard let range = sourceMarkers.lazy.compactMap({ line.range(of: $0, options: .backwards) }).first,
            ArabicDateParser.dates(in: String(line[..<range.lowerBound])).contains(where: \.isFullDate)
        else { return nil }
        let name = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        let words = TextLine.wordKey(name).split(separator: " ")
        guard (1...4).contains(words.count), !isGeneric(name) else { return nil }
        return name
    }

    /// Words of the copyright formula, removed to leave the owner's name.
    private static let formulaWords: Set<String> = [
        "جميع", "كافة", "الحقوق", "حقوق", "محفوظة", "محفوظه", "النشر", "الطبع", "والنشر", "لـ", "ل", "شركة", "لشركة",
        "لموقع", "موقع", "مؤسسة", "لمؤسسة", "©", "copyright", "all", "rights", "reserved", "(c)", "-", "–", "|", "لـ:",
    ]

    /// Words that open a copyright notice's terms after the owner's name («… محفوظة لمجلة
    /// كواليس وتخضع لشروط الاستخدام», «… ولا يجوز النسخ …»): the name ends before them.
    private static let noticeTerms: Set<String> = [
        "وتخضع", "تخضع", "ويمنع", "يمنع", "ويحظر", "يحظر", "ولا", "لا", "بموجب", "وفق", "وفقا",
    ]

    /// Legal suffixes dropped from a Latin owner name before it becomes an id.
    private static let legalSuffixes: Set<String> = [
        "llc", "fz", "fze", "fzllc", "ltd", "inc", "co", "sal", "sa", "plc", "gmbh", "corp",
    ]

    /// The owner named by a copyright line; nil when the line is not one or names no one.
    static func owner(of line: String) -> Detection? {
        let key = TextLine.wordKey(line)
        guard
            line.contains("©") || key.contains("الحقوق محفوظه") || key.contains("حقوق النشر")
                || key.contains("copyright")
        else { return nil }
        // Split on dashes and bars: «شركة إرم ميديا - Erem Media FZ LLC» has an Arabic and a Latin
        // part. The Arabic name is the first run of Arabic words: a tagline may follow it after a
        // dash («syriandays - سيريانديز- أخبار سورية»).
        var arabicWords: [String] = []
        var arabicNameEnded = false
        var latinWords: [String] = []
        for rawWord in line.split(whereSeparator: { $0.isWhitespace }) {
            defer { if !arabicWords.isEmpty, let last = rawWord.last, "-–—|".contains(last) { arabicNameEnded = true } }
            var word = String(rawWord).trimmingCharacters(in: CharacterSet(charactersIn: ".,،:؛()[]«»\"'-–—|"))
            if word.hasPrefix("لـ"), word.count > 2 { word = String(word.dropFirst(2)) }
            if formulaWords.contains(word) || formulaWords.contains(word.lowercased()) || word.isEmpty { continue }
            if word.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { continue }
            if !arabicWords.isEmpty, noticeTerms.contains(word) { arabicNameEnded = true }
            // A letter, not a stray mark: a line may open with a vowel sign left from the page.
            if word.unicodeScalars.contains(where: {
                (0x0600...0x06FF).contains($0.value) && $0.properties.generalCategory == .otherLetter
            }) {
                if !arabicNameEnded { arabicWords.append(word) }
            } else if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                latinWords.append(word)
            }
        }
        // «محفوظة لصحيفة X»: the preposition is glued to the owner's first word; a place's name
        // that opens with the letter («محفوظة ليبيا أخبار») is the name itself.
        if let first = arabicWords.first, first.hasPrefix("ل"), first.count > 3, key.contains("محفوظه"),
            !DatelinePlaces.contains(first)
        {
            arabicWords[0] = String(first.dropFirst())
        }
        let name = arabicWords.isEmpty ? latinWords.joined(separator: " ") : arabicWords.joined(separator: " ")
        guard !name.isEmpty else { return nil }
        let validID = id(latinWords: latinWords)
        return Detection(id: validID, name: name, evidence: line)
    }

    /// An ASCII id from the Latin words of a name («Alofoq Media Ltd» → `alofoq-media`), legal
    /// suffixes dropped; nil when nothing valid remains.
    static func id(latinWords: [String]) -> String? {
        let parts = latinWords.map { $0.lowercased() }.filter { !legalSuffixes.contains($0) }
            .map {
                String(
                    $0.unicodeScalars.filter {
                        $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
                    })
            }
            .filter { !$0.isEmpty }
        let id = parts.joined(separator: "-")
        return Identifier.isValid(id) ? id : nil
    }
}
