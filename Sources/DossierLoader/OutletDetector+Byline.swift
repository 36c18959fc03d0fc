import Foundation

/// Mastheads and byline tags: the outlet named above the headline or at the head of the lead.
extension OutletDetector {
    /// Words that open a publication's name (as word keys: hamza, taa marbuta folded).
    static let publicationKinds: Set<String> = [
        "جريده", "صحيفه", "مجله", "وكاله", "قناه", "شبكه", "موقع", "اذاعه", "تلفزيون", "راديو", "بوابه", "منصه",
    ]

    /// A masthead line: a publication kind and its name, two to five words, nothing else
    /// («جريدة الوطن», «وكالة الأنباء الأردنية»). A headline («صحيفة أمريكية: …») has more
    /// words or punctuation; a dated line is a date; a tagline describes the kind with
    /// indefinite adjectives only («صحيفة بحرينية مستقلة», «جريدة يومية شاملة») and names none.
    static func masthead(_ line: String) -> Detection? {
        // A publication crediting itself with «متابعات» or «خاص» after a dash is named without it.
        let text = selfCredit(line)?.name ?? line.trimmingCharacters(in: .whitespaces)
        let words = TextLine.wordKey(text).split(separator: " ")
        guard (2...5).contains(words.count), let first = words.first, publicationKinds.contains(String(first)),
            !text.contains(where: { ":«»\"“”؟?!.،,".contains($0) || $0.isNumber }), !isTagline(text)
        else { return nil }
        return Detection(id: nil, name: text, evidence: line, source: .masthead)
    }

    /// The outlet credited by a byline tag at the start of `text`: a name in parentheses
    /// («غزة (رويترز) -», «(AFP) —»), a publication («وكالة سبوتنيك -»), or a lone short tag
    /// that is not a place («شفا –»). A dateline of places and «وكالات» names no outlet.
    /// `wholeLine`: the text is a byline line of its own, so its last segment needs no dash.
    static func bylineTag(_ text: String, wholeLine: Bool) -> Detection? {
        // A line of its own may close with a colon over the lead («الدوحة - الشرق:»).
        let closed = wholeLine && text.hasSuffix(":") ? String(text.dropLast()) : text
        let (segments, tag) = BylineSegments.parse(closed, wholeLine: wholeLine)
        // A country in parentheses belongs to the place before it («سرت (ليبيا) (أ ف ب) –»). A
        // number there is a date's, unless it is a brand's «24» («أربيل (كوردستان 24)-»).
        if let credited = segments.first(where: {
            $0.parenthesized && !isGeneric($0.text, allowingDigits: OutletBrand.isBrand($0.text))
                && !DatelinePlaces.contains($0.text)
        }) {
            return detection(named: credited.text, evidence: tag)
        }
        // A number run into a word's letters is a site's name («حصري عربي21 -»), where a number
        // standing alone would be a date's.
        let named = segments.indices.filter {
            let text = segments[$0].text
            return !segments[$0].parenthesized && !isGeneric(text, allowingDigits: hasOnlyNameDigits(text))
                && !DatelinePlaces.contains(text) && !isSection(segments[$0])
        }
        // One name among places and «وكالات»; with two, which one is the outlet cannot be told.
        guard named.count == 1, let index = named.first else { return nil }
        let segment = withoutExclusiveLabel(segments[index].text)
        // A listed place and a name joined by a slash («نابلس/PNN-») are `slashTag`'s to read.
        if let slash = segment.firstIndex(of: "/"),
            DatelinePlaces.contains(segment[..<slash].trimmingCharacters(in: .whitespaces))
        {
            return nil
        }
        let words = TextLine.wordKey(segment).split(separator: " ")
        if let first = words.first, publicationKinds.contains(String(first)) {
            return detection(named: segment, evidence: tag)
        }
        // A bare short tag stands alone or after a place («عمّان - بترا -»); one before others
        // («الناقورة - وكالات -») is an unlisted place, unless only listed places follow it on a
        // line of its own («صراحة ـ الرياض») and it reads as a title (`readsAsTitle`). After a
        // credit naming no one («متابعات – الراي السوداني –») a title is the outlet too.
        let afterPlace =
            index > 0
            && (DatelinePlaces.contains(segments[index - 1].text)
                || (isGeneric(segments[index - 1].text) && readsAsTitle(segment)))
        let beforePlaces =
            wholeLine && index == 0 && segments.count > 1 && readsAsTitle(segment)
            && segments.dropFirst().allSatisfy { !$0.parenthesized && DatelinePlaces.contains($0.text) }
        // The site's name may stand before the section it files the story under («مرايا – شؤون
        // عالمية – أظهرت …»): a section's name is no outlet.
        let beforeSections =
            index == 0 && segments.count > 1 && readsAsTitle(segment) && segments.dropFirst().allSatisfy(isSection)
        guard index == segments.count - 1 || beforePlaces || beforeSections, index == 0 || afterPlace,
            words.count <= 2, !(afterPlace && readsAsPersonName(segment))
        else {
            return nil
        }
        // In Latin script a bare tag opens English and French wires' datelines with the city
        // («Dakar —Le président…»): only a listed agency or an agency's initials («SPA —»,
        // «WAM —», two to four capitals) is an outlet there.
        if segment.unicodeScalars.first.map({ $0.isASCII && $0.properties.isAlphabetic }) == true,
            !FurnitureLexicon.agencies.contains(TextLine.wordKey(segment)),
            !(2...4).contains(segment.count) || !segment.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            return nil
        }
        return detection(named: segment, evidence: tag)
    }

    /// Whether a tag's segment is the name of a site's section («شؤون عالمية», «محليات»).
    private static func isSection(_ segment: BylineSegments.Segment) -> Bool {
        !segment.parenthesized && FurnitureLexicon.navigationLines.contains(TextLine.wordKey(segment.text))
    }

    /// `segment` without an exclusive's label before the name («خاص خبر –», «حصري عربي21 -»:
    /// the story is the outlet's own); as it is when nothing follows the label.
    static func withoutExclusiveLabel(_ segment: String) -> String {
        let words = segment.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 1, let first = words.first, exclusiveLabels.contains(TextLine.wordKey(String(first)))
        else { return segment }
        return words.dropFirst().joined(separator: " ")
    }

    /// Whether every number in `segment` closes a word that opens with letters («عربي21»,
    /// «Sport360»): a site's name, not a date's or a count's number («12 مارس», «2024م»).
    static func hasOnlyNameDigits(_ segment: String) -> Bool {
        segment.split(whereSeparator: \.isWhitespace).allSatisfy { word in
            guard word.contains(where: \.isNumber) else { return true }
            let digits = word.drop(while: \.isLetter)
            return digits.count < word.count && digits.allSatisfy(\.isNumber)
        }
    }

    /// The labels a site puts before its name on a story of its own, as word keys.
    private static let exclusiveLabels = Set(["خاص", "حصري", "حصريا"].map(TextLine.wordKey))

    /// Whether the name `segment` of a dateline reads as a publication's title rather than a
    /// reporter's name («مسقط - اسلام سمحان») or a menu's section («محليات - الرياض»): one
    /// word («صراحة»), a first word with the article («الراي السوداني»), a publication kind
    /// («وكالة خبر») or a brand («سبأ نت»).
    static func readsAsTitle(_ segment: String) -> Bool {
        let words = TextLine.wordKey(segment).split(separator: " ").map(String.init)
        guard let first = words.first, !FurnitureLexicon.navigationLines.contains(words.joined(separator: " "))
        else { return false }
        return words.count == 1 || first.hasPrefix("ال") || publicationKinds.contains(first)
            || OutletBrand.credited(byLine: segment) != nil
    }

    /// Whether a dateline's name after its place reads as a reporter's, not a publication's
    /// («بغداد - ياسين صفوان - وقال …», «الرباط - سعاد حمدي -»): a given name and a family
    /// name, two words, neither with the article nor a listed place, that do not read as a
    /// title (`readsAsTitle`: no publication kind, no brand). A site's name of two words has the
    /// article in one of them («الراي السوداني», «صدى البلد»), a brand's word («سبأ نت») or its
    /// city («عدن تايم»). A reporter whose family name has the article («علي الكعبي») cannot be
    /// told from a site this way.
    static func readsAsPersonName(_ segment: String) -> Bool {
        let words = segment.split(whereSeparator: \.isWhitespace).map(String.init)
        return words.count == 2
            && !words.contains { TextLine.wordKey($0).hasPrefix("ال") || DatelinePlaces.contains($0) }
            && !readsAsTitle(segment)
    }

    /// The outlet of a short line that is a listed place and a name joined by a dash, nothing
    /// else («الدوحة- الوطن»), read wherever the line was filed: its outlet may also name a
    /// menu's section. A longer line credits reporters and their offices.
    static func placeTag(_ line: String) -> Detection? {
        let (segments, tag) = BylineSegments.parse(line, wholeLine: true)
        guard TextLine.wordKey(line).split(separator: " ").count <= 4,
            tag == line.trimmingCharacters(in: .whitespaces),
            segments.contains(where: { !$0.parenthesized && DatelinePlaces.contains($0.text) })
        else { return nil }
        return bylineTag(line, wholeLine: true)
    }

    /// A credit line of a listed place and a publication's name, nothing else («عمان - وكالة
    /// خبر»), read even when the split filed it as a photo's caption: a caption credits a
    /// photographer or an agency's photo, never a place.
    static func publicationCredit(_ line: String) -> Detection? {
        let (segments, tag) = BylineSegments.parse(line, wholeLine: true)
        guard segments.count == 2, tag == line.trimmingCharacters(in: .whitespaces),
            segments.contains(where: { !$0.parenthesized && DatelinePlaces.contains($0.text) }),
            let named = segments.first(where: { !$0.parenthesized && !DatelinePlaces.contains($0.text) }),
            let first = TextLine.wordKey(named.text).split(separator: " ").first,
            publicationKinds.contains(String(first))
        else { return nil }
        return detection(named: named.text, evidence: tag)
    }

    /// The outlet of a tag joined by slashes that opens the lead, or stands on its own line,
    /// before a colon, two dots, a closing slash or a dash: a listed place, then one name, and
    /// perhaps «خاص» or «وكالات» («بغداد/ المسلة: أعلنت …», «عدن/صوت العاصمة/خاص:», «العمارة /
    /// نينا / عقد …», «بغداد/ شبكة أخبار العراق- خاطب …»); or a name that reads as a title
    /// (`readsAsTitle`), then the place («المعلومة/بغداد..», «الغد برس/ البصرة:»), as agencies
    /// write it. Nil when no place comes first or last, or more than one name goes with it (a
    /// reporter's name before the place does not read as a title: «محمد الكعبي/ بغداد:»).
    static func slashTag(openingLead lead: String) -> Detection? {
        let opening = lead.prefix(50)
        // The tag ends at a colon or two dots, at the slash after the name («العمارة / نينا /
        // عقد …»), or at the dash after it («بغداد/ شبكة أخبار العراق- »).
        let slashes = opening.indices.filter { opening[$0] == "/" }
        let dash = slashes.first.flatMap { slash in opening[slash...].firstIndex(where: { "-–—".contains($0) }) }
        let closing = [opening.firstIndex(of: ":"), opening.range(of: "..")?.lowerBound].compactMap { $0 }.min()
        guard let colon = closing ?? (slashes.count >= 2 ? slashes[1] : dash) else { return nil }
        let tag = lead[..<colon]
        guard tag.contains("/"), !tag.contains(where: { ".،,؟?!«»\"“”()".contains($0) }) else { return nil }
        let parts = tag.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        if parts.count == 2, DatelinePlaces.contains(parts[1]), !DatelinePlaces.contains(parts[0]),
            !isGeneric(parts[0]), readsAsTitle(parts[0]), TextLine.wordKey(parts[0]).split(separator: " ").count <= 3
        {
            let closed = lead[colon] == ":" ? String(lead[...colon]) : tag.trimmingCharacters(in: .whitespaces)
            return detection(named: parts[0], evidence: closed)
        }
        guard DatelinePlaces.contains(parts[0]) else { return nil }
        let named = parts.dropFirst().filter { !isGeneric($0) && !DatelinePlaces.contains($0) }
        guard named.count == 1, let name = named.first, TextLine.wordKey(name).split(separator: " ").count <= 3
        else { return nil }
        return detection(named: name, evidence: String(lead[...colon]))
    }

    /// The outlet of a dateline filed as a caption: a listed place and a listed agency or a
    /// publication («حمص -سانا», «بغداد ـ وكالة الأنباء العراقية»), a listed place, a colon and a
    /// quoted name («القاهرة: «رأي الأمة»»), `agencyAfterReporter`, `staffCredit` or `agencyCredit`.
    static func captionedDateline(_ line: String) -> Detection? {
        if let detection = placeTag(line) {
            let key = TextLine.wordKey(detection.name)
            let first = key.split(separator: " ").first.map(String.init) ?? ""
            return FurnitureLexicon.agencies.contains(key) || publicationKinds.contains(first) ? detection : nil
        }
        if line.contains(where: { "«»\"“”".contains($0) }), let detection = colonTag(line) { return detection }
        return agencyAfterReporter(line) ?? staffCredit(line) ?? agencyCredit(line)
    }

    /// The agency of a line of its own that is a listed place, a reporter and a listed news
    /// agency joined by slashes, and nothing else («إسطنبول/ محمد شيخ يوسف/ الأناضول»): a wire
    /// story's dateline. The agency must be one `FurnitureLexicon.agencies` lists: between a
    /// place and a name, which of two names is the reporter cannot otherwise be told.
    static func agencyAfterReporter(_ line: String) -> Detection? {
        let parts = line.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 3, DatelinePlaces.contains(parts[0]), isCreditName(parts[1], words: 4, marks: tagMarks),
            FurnitureLexicon.agencies.contains(TextLine.wordKey(parts[2]))
        else { return nil }
        return detection(named: parts[2], evidence: line.trimmingCharacters(in: .whitespaces))
    }

    /// The outlet of a line of its own that is a listed place, a colon and a short name, quoted
    /// or not, and nothing else («الخرطوم: الجريدة», «الشارقة: «الخليج»»): a byline tag over
    /// the lead.
    static func colonTag(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        // The name may be quoted («الشارقة: «الخليج»»).
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " «»\"“”"))
        }
        guard parts.count == 2, DatelinePlaces.contains(parts[0]), isCreditName(parts[1], words: 3, marks: tagMarks)
        else { return nil }
        return detection(named: parts[1], evidence: text)
    }

    /// The outlet of a dateline in braces or brackets that opens the lead, the text run on
    /// right after it or not («{البصرة: الفرات نيوز}بحث محافظ …», «[الموصل - نينوى اليوم]
    /// أعلن …»): inside, a listed place and a name, as `colonTag` or `bylineTag` read them.
    static func bracketedTag(openingLead lead: String) -> Detection? {
        guard let open = lead.first,
            let close = closingBracket[open],
            let end = lead.prefix(60).firstIndex(of: close)
        else { return nil }
        let inner = String(lead[lead.index(after: lead.startIndex)..<end])
        guard let found = colonTag(inner) ?? bylineTag(inner, wholeLine: true) else { return nil }
        return detection(named: found.name, evidence: String(lead[...end]))
    }

    private static let closingBracket: [Character: Character] = ["{": "}", "[": "]"]

    /// Marks no name in a credit tag has: a sentence's, a quotation's, another tag's separators.
    static let tagMarks = "/.،,:؛؟?!«»\"“”()-–—|"

    /// Whether `name` is what a credit names: one to `words` words, none of `marks`, and
    /// neither «وكالات», a listed place, nor a widget's or a menu's label («قد يعجبك أيضًا -»
    /// over a teaser); with digits only when `allowingDigits` («الأردن 24», where a tag's digits
    /// would be a date's).
    static func isCreditName(_ name: String, words: Int, marks: String, allowingDigits: Bool = false) -> Bool {
        let key = TextLine.wordKey(name)
        return (1...words).contains(key.split(separator: " ").count)
            && !name.contains(where: marks.contains) && !isGeneric(name, allowingDigits: allowingDigits)
            && !DatelinePlaces.contains(name) && !FurnitureLexicon.relatedHeaders.contains(key)
            && !FurnitureLexicon.navigationLines.contains(key)
    }

    /// A credit that names no outlet: «وكالات», «متابعات», «خاص», a reporter's «كتب», a weekday.
    static func isGeneric(_ segment: String, allowingDigits: Bool = false) -> Bool {
        let words = TextLine.wordKey(segment).split(separator: " ").map(String.init)
        guard let first = words.first else { return true }
        return genericCredits.contains(words.joined(separator: " ")) || bylineVerbs.contains(first)
            || (!allowingDigits && segment.contains(where: \.isNumber))
    }

    /// Credits that name no outlet (`isGeneric`), as word keys.
    static let genericCredits = Set(editorialStaff).union([
        "وكالات", "الوكالات", "متابعات", "متابعه", "خاص", "مواقع", "ووكالات", "وكالات الانباء", "صور", "صوره", "فيديو",
        "agencies", "staff", "wires",
        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
        // The demo logos of news themes, left on thousands of sites that never replaced them.
        "news elementor", "jannah", "jnews", "newspaper", "newsup", "covernews", "colormag", "soledad",
    ])

    /// First words of a reporter's credit, a caption or a lead, not an outlet.
    private static let bylineVerbs: Set<String> = [
        "كتب", "كتبت", "بقلم", "اعداد", "تقرير", "ترجمه", "by", "photo",
        // Verbs that open a lead: «قال الوزير - في كلمته - إن…» is no tag.
        "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "افاد", "افادت", "ذكر", "ذكرت",
    ]

    static func detection(named given: String, evidence: String) -> Detection {
        // A list's bullet before the name («• الوحدوي نت - مارب:») is no part of it, nor is the
        // tatweel a site stretches its name with («الإبـــاء»).
        let name = String(given.drop { "•·▪●◦*-–— ".unicodeScalars.contains($0.unicodeScalars.first ?? " ") })
            .filter { $0 != "\u{0640}" }
        let latin = name.split(separator: " ").map(String.init).filter {
            $0.unicodeScalars.allSatisfy { $0.isASCII }
        }
        let isLatin = latin.count == name.split(separator: " ").count
        return Detection(id: isLatin ? id(latinWords: latin) : nil, name: name, evidence: evidence, source: .byline)
    }
}
