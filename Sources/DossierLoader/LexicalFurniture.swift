import ArabicText
import DossierModel

/// The first, line-by-line pass of the furniture split: what a line's own words and shape
/// say it is, before its position in the page is taken into account.
enum LexicalFurniture {
    /// The furniture kind a line's wording shows, or nil when the wording alone says nothing.
    static func kind(of line: TextLine) -> FurnitureKind? {
        if isFooter(line) || isDisclaimer(line) { return .footer }
        if isSpacedTicker(line.text) { return .ticker }
        if isComment(line) { return .comments }
        if isMedia(line) { return .media }
        if isStampedSummary(line) { return .byline }
        if isRelated(line) { return .related }
        if isNavigation(line) { return .navigation }
        if isByline(line) { return .byline }
        if isCaption(line) { return .caption }
        return nil
    }

    /// True when `key` starts with `prefix` as whole words.
    static func hasWordPrefix(_ key: String, _ prefix: String) -> Bool {
        WordKeySearch.hasWordPrefix(key, prefix)
    }

    /// True when `key` contains `phrase` as whole words.
    static func containsWords(_ key: String, _ phrase: String) -> Bool {
        WordKeySearch.containsWords(key, phrase) || (phrase == "©" && key.contains("©"))
    }

    static func isFooter(_ line: TextLine) -> Bool {
        // A cookie banner is a notice about the site, however long its sentences.
        if line.wordCount <= 80, FurnitureLexicon.consentPhrases.isFound(in: line.key) {
            return true
        }
        // A feed's closing line («The post … appeared first on السودان اليوم.») is the site's.
        if line.wordCount <= 40, OutletDetector.feedFooterCredit(line.text) != nil { return true }
        // «(©(AP PHOTO/…)»: a © in parentheses credits a photo, it is no copyright line.
        guard line.wordCount <= 30, !isPhotoCopyright(line.text) else { return false }
        let hasCopyright = ["©", "(c)", "(C)"].contains { WordKeySearch.containsLiteral(line.text, $0) }
        guard hasCopyright || !line.endsSentence else { return false }
        return hasCopyright || FurnitureLexicon.footerPhrases.isFound(in: line.key)
    }

    static func isComment(_ line: TextLine) -> Bool {
        guard line.wordCount <= 16 else { return false }
        return FurnitureLexicon.commentPhrases.contains { phrase in
            WordKeySearch.hasSeveralWords(phrase)
                ? containsWords(line.key, phrase)
                : line.key == phrase || (hasWordPrefix(line.key, phrase) && line.wordCount <= 3)
        }
    }

    /// A comment form's own wording: its call to comment or its notice about the fields.
    static func isCommentForm(_ line: TextLine) -> Bool {
        FurnitureLexicon.commentFormPhrases.isFound(in: line.key)
    }

    /// Whether `line` has a sentence of six words or more without a comment section's wording:
    /// a sentence of the story with a comment form's notice glued to it («لن يتم نشر عنوان
    /// بريدك الإلكتروني. وامتنع متحدث باسم الحلف عن الإدلاء بأي تعليق.»). A form's notice
    /// has that wording in each sentence («لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية
    /// مشار إليها بـ *»), or a few words beside it («إلغاء الرد»). A form's line that also
    /// carries its rules in other words then closes nothing by itself.
    static func hasSentenceOfOtherWords(_ line: TextLine) -> Bool {
        let scalars = line.text.decodedScalars()
        return SentenceSplitter.sentences(in: scalars).contains { range in
            let sentence = TextLine(text: String(scalars: scalars[range]), line: line.line, block: line.block)
            return sentence.wordCount >= 6
                && !FurnitureLexicon.commentPhrases.contains { containsWords(sentence.key, $0) }
        }
    }

    static func isMedia(_ line: TextLine) -> Bool {
        if FurnitureLexicon.mediaLines.contains(line.key) { return true }
        if line.wordCount <= 30, FurnitureLexicon.mediaNotices.isFound(in: line.key) {
            return true
        }
        // A player's clock («03:12», «00:00 / 04:35»): digits, colons, slashes and spaces only.
        // A colon's byte suffices (no Foundation search, which many lines of prose with a colon
        // asked for): a colon before a combining mark fails the test of every scalar anyway.
        if line.text.containsUTF8Byte(UInt8(ascii: ":")),
            line.text.unicodeScalars.allSatisfy({
                $0.properties.numericType != nil || $0 == ":" || $0 == "/" || $0.properties.isWhitespace
            })
        {
            return true
        }
        guard line.wordCount <= 8, !line.isProse else { return false }
        return FurnitureLexicon.mediaPhrases.isFound(in: line.key)
    }

    static func isRelated(_ line: TextLine) -> Bool {
        if FurnitureLexicon.relatedHeaders.contains(line.key) || opensWithReadAlsoLabel(line) { return true }
        guard line.wordCount <= 30, !(line.endsSentence && line.wordCount > 12) else { return false }
        if line.wordCount <= 20,
            FurnitureLexicon.linkCalls.contains(where: { WordKeySearch.hasWordSuffix(line.key, $0) })
        {
            return true
        }
        return FurnitureLexicon.relatedPrefixes.contains { prefix in
            guard hasWordPrefix(line.key, prefix) else { return false }
            // A bare verb («شاهد», «اقرأ», «READ») opens a link only when a colon or bar follows it.
            return WordKeySearch.hasSeveralWords(prefix) || line.text.prefix(40).contains(":")
                || WordKeySearch.containsLiteral(line.text, "|")
        }
    }

    static func isNavigation(_ line: TextLine) -> Bool {
        if FurnitureLexicon.navigationLines.contains(line.key) || isBareLink(line.text) || isDashedMenu(line.text)
            || isShortcode(line.text) || isTemplatePlaceholder(line.text) || isScriptCode(line.text)
        {
            return true
        }
        if line.wordCount <= 30, FurnitureLexicon.navigationNotices.isFound(in: line.key) {
            return true
        }
        if line.wordCount <= 7, FurnitureLexicon.subscribeBoxHeadings.contains(where: { hasWordPrefix(line.key, $0) }) {
            return true
        }
        // A site's greeting, with the "about us" it opens («أهلاً بكم في الصفحة الرسمية لرئاسة
        // الوزراء …», «مرحبا بك في موقع …»), however long: the site speaking, never the story.
        if line.wordCount <= 80, FurnitureLexicon.siteGreetings.contains(where: { hasWordPrefix(line.key, $0) }) {
            return true
        }
        if isHomeBreadcrumb(line) || isTagList(line) || isCounter(line) || isPlatformInvitation(line)
            || isSectionRun(line) || isBareTagList(line.text) || isContactLine(line) || isHiddenEmail(line)
        {
            return true
        }
        guard !line.isProse, line.wordCount <= 8 else { return false }
        let words = line.key.split(separator: " ").map(String.init)
        if line.wordCount <= 6, !words.isEmpty, words.allSatisfy(FurnitureLexicon.navigationWords.contains) {
            return true
        }
        if FurnitureLexicon.navigationPrefixes.contains(where: { hasWordPrefix(line.key, $0) }) { return true }
        // A section named for a country or a city («أخبار ليبيا», «اخبار عدن»).
        if (2...4).contains(words.count), words[0] == "اخبار",
            DatelinePlaces.contains(words.dropFirst().joined(separator: " "))
        {
            return true
        }
        return isBreadcrumb(line.text)
    }

    /// A site's menu of sections copied as one long line of words («أخبار الأردن اقتصاديات
    /// مغاربيات خليجيات دوليات جامعات وفيات …»): fifteen words or more with no mark of
    /// punctuation and none of the function words every sentence of that length has.
    static func isSectionRun(_ line: TextLine) -> Bool {
        guard line.wordCount >= 15, !line.endsSentence,
            !line.text.unicodeScalars.contains(where: sentenceMarks.contains)
        else {
            return false
        }
        return !line.key.split(separator: " ").contains { FurnitureLexicon.sentenceWords.contains(String($0)) }
    }

    private static let sentenceMarks: Set<Unicode.Scalar> = [
        ".", ",", "،", ":", "؛", ";", "!", "?", "؟", "\"", "«", "»", "“", "”", "(", ")", "-", "–", "—", "/", "|",
    ]

    /// A site's keywords joined by bare commas, as a content system prints them («مدار
    /// الساعة,أسرار أردنية,وكالة الأنباء الأردنية,وزارة الخارجية»): three commas or more, each
    /// with a letter right after it, and no sentence's end. Prose puts a space after a comma.
    /// Asked of every line, so it reads bytes and stops at the first comma that is not bare.
    static func isBareTagList(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= 600 else { return false }
        var bytes = utf8.makeIterator()
        var bare = 0
        var last: UInt8 = 0
        while let byte = bytes.next() {
            // «,», or «،» (U+060C: D8 8C).
            let comma = byte == 0x2C || (byte == 0x8C && last == 0xD8)
            last = byte
            guard comma else { continue }
            // A letter next: ASCII, or the lead byte of a letter of another script.
            guard let next = bytes.next(), next >= 0xC0 || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) else {
                return false
            }
            last = next
            bare += 1
        }
        return bare >= 3 && !(text.unicodeScalars.last.map { ".!?؟".unicodeScalars.contains($0) } ?? false)
    }

    /// A line inviting the reader to follow the site on a messaging or news platform, or to
    /// join its channel there («لمتابعة الأخبار على واتس اب خرطوم سبورت إضغط النص», «تغطية
    /// متواصلة على قناة موقع "عرب 48" في "تليغرام"»): short, no sentence, naming the platform
    /// and a word of invitation. A story's sentence about a channel ends as sentences do.
    static func isPlatformInvitation(_ line: TextLine) -> Bool {
        guard line.wordCount <= 16, !line.endsSentence, FurnitureLexicon.followPlatforms.isFound(in: line.key)
        else { return false }
        return line.key.split(separator: " ").contains { FurnitureLexicon.invitationWords.contains(String($0)) }
    }

    /// A web address alone on its line: the page's or an image's link, never text to read.
    static func isBareLink(_ text: String) -> Bool {
        // Lower-cased only once the cheap test has passed: most lines have a space.
        guard !text.contains(where: \.isWhitespace) else { return false }
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// A page's tag list: a tag label and a colon, then the tags («كلمات دلالية: الخرطوم الدعم
    /// السريع»), or the label alone.
    static func isTagList(_ line: TextLine) -> Bool {
        guard line.wordCount <= 30, let label = FurnitureLexicon.tagLabels.first(where: { hasWordPrefix(line.key, $0) })
        else { return false }
        return line.key == label || line.text.prefix(label.count + 3).contains(":")
    }

    /// A content-management shortcode that the site failed to expand, printed as text
    /// («[covid19-ultimate-card region="EG" …]», «[gallery ids="12,14"]»): an opening bracket,
    /// a name of ASCII letters, digits, dashes and underscores, then attributes, or the
    /// closing bracket ending the line.
    static func isShortcode(_ text: String) -> Bool {
        guard text.first == "[" else { return false }
        let name = text.unicodeScalars.dropFirst().prefix {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
        guard name.count >= 3, name.first.map({ $0.properties.isAlphabetic }) == true else { return false }
        let rest = text.unicodeScalars.dropFirst(1 + name.count)
        guard let next = rest.first else { return false }
        // «[Update] The ministry said …» is text: a bare name must close the line.
        return (next == "]" && rest.dropFirst().allSatisfy(\.properties.isWhitespace))
            || (next == " " && rest.contains("="))
    }

    /// A statement of a page's script printed as text («document.BridIframeBurst=true;»,
    /// «var _bos = _bos||[]; _bos.push({…});», «googletag.cmd.push(function() {»): ASCII only,
    /// an assignment or a call, and the line ending as a statement or a block does, with a
    /// semicolon or a brace. A sentence ends with a full stop.
    static func isScriptCode(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        while let last = utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { utf8 = utf8.dropLast() }
        guard let last = utf8.last, [UInt8(ascii: ";"), UInt8(ascii: "{"), UInt8(ascii: "}")].contains(last) else {
            return false
        }
        return utf8.allSatisfy { $0 < 0x80 } && utf8.contains { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "(") }
    }

    /// A site's menu copied as one line of links joined by spaced dashes («أخبار عامة - وكالة
    /// أنباء المرأة - اخبار الأدب والفن - …»): five or more parts of one to five words, none
    /// with a digit or ending a sentence. A headline or byline has fewer parts («دمشق - سانا»).
    static func isDashedMenu(_ text: String) -> Bool {
        // Counted first, on the bytes («-» is 2D, «–» E2 80 93): splitting every line of every
        // article would cost more than the test, and so did counting its scalars.
        var bytesOfText = text
        let dashes = bytesOfText.withUTF8 { bytes in
            bytes.indices.count { index in
                let isEnDash =
                    bytes[index] == 0x93 && index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2
                return bytes[index] == 0x2D || isEnDash
            }
        }
        guard dashes >= 4 else { return false }
        let parts = dashedParts(of: text)
        guard parts.count >= 5 else { return false }
        return parts.allSatisfy { part in
            let words = part.split(whereSeparator: \.isWhitespace)
            return (1...5).contains(words.count) && !part.contains(where: \.isNumber)
                && !(part.last.map { ".؟?!".contains($0) } ?? false)
        }
    }

    /// A breadcrumb from the site's home to the page, however long its last part, the page's
    /// own headline («الصفحة الرئيسية - القضية الكردية - قاسم محمد علي - خسر الكورد …»): two
    /// or more parts joined by arrows (a spaced «»» too: «الرئيسية » في الأخبار»), bars,
    /// slashes or spaced dashes, the first the home page.
    static func isHomeBreadcrumb(_ line: TextLine) -> Bool {
        homeBreadcrumbParts(line) != nil
    }

    /// The parts of a breadcrumb from the site's home (`isHomeBreadcrumb`), the home first;
    /// nil when the line is none.
    static func homeBreadcrumbParts(_ line: TextLine) -> [Substring]? {
        // The opening is looked at first: splitting every line of every article would cost more.
        guard FurnitureLexicon.homeLinks.contains(where: { hasWordPrefix(line.key, $0) }) else { return nil }
        let parts = dashedParts(of: line.text.replacingOccurrences(of: " » ", with: " > ")).flatMap {
            $0.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "|" || $0 == "/" })
        }
        guard parts.count >= 2, let home = parts.first,
            FurnitureLexicon.homeLinks.contains(TextLine.wordKey(String(home)))
        else { return nil }
        return parts
    }

    /// The parts of `text` between spaced hyphens or en dashes (« - », « – »), as menus and
    /// breadcrumbs copied on one line join their links.
    private static func dashedParts(of text: String) -> [String] {
        text.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " – ") }
    }

    /// «الرئيسية > العالم > أوروبا»: three or more short parts joined by arrows or bars.
    static func isBreadcrumb(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "|" })
        guard parts.count >= 3 else { return false }
        return parts.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    /// A widget's counter on its own line, bulleted or not: a number of views («• 25539»), a
    /// reading or playing time («• 3:09 دقيقة», «5 min»), or a count with its label
    /// (`isLabelledCount`).
    static func isCounter(_ line: TextLine) -> Bool {
        if isLabelledCount(line) { return true }
        guard line.wordCount <= 3 else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace).filter { !["•", "·", "▪", "-", "*"].contains($0) }
        guard let first = words.first, words.count <= 2,
            first.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
            first.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == ":" || $0 == "," || $0 == "." })
        else { return false }
        return words.count == 1 || FurnitureLexicon.ageUnits.contains(TextLine.wordKey(String(words[1])))
            || ["min", "mn", "د"].contains(words[1].lowercased())
    }

    /// An author box's or a widget's count and its label, the number after or before it, alone
    /// on the line («عدد المواضيع 57», «المشاهدات: 2,310», «Comments 12», «4.5K vues»): the
    /// page counting, never a headline. The label is one of `FurnitureLexicon.counterLabels`;
    /// a headline with a number has other words («المادة 194 من الدستور»).
    static func isLabelledCount(_ line: TextLine) -> Bool {
        // Cheapest first: a short line, then a digit in its key.
        guard (2...5).contains(line.wordCount),
            line.key.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
        else { return false }
        var words = line.text.split(whereSeparator: \.isWhitespace)
        // A count glued to its label by a colon («عدد زوار اليوم:4169») stands apart.
        if let glued = words.last, let colon = glued.firstIndex(of: ":"), colon != glued.startIndex,
            isCount(glued[colon...])
        {
            words[words.count - 1] = glued[..<colon]
            words.append(glued[colon...])
        }
        guard (2...5).contains(words.count), let first = words.first, let last = words.last else { return false }
        if isCount(last) {
            let label = words.dropLast()
            let colon = last.hasPrefix(":") || label.last?.hasSuffix(":") == true
            if isCounterLabel(label, afterColon: colon) { return true }
        }
        return isCount(first) && isCounterLabel(words.dropFirst(), afterColon: false)
    }

    /// A widget's label of a count: a listed one («عدد المشاهدات», «views»), or, before a colon
    /// and its count, two or three words opening with «عدد» («عدد زوار اليوم:4169»). A headline
    /// gives a count in a sentence («عدد القتلى يرتفع إلى 45»), not after a colon.
    private static func isCounterLabel(_ words: ArraySlice<Substring>, afterColon: Bool) -> Bool {
        let key = TextLine.wordKey(words.joined(separator: " "))
        return FurnitureLexicon.counterLabels.contains(key)
            || (afterColon && (2...3).contains(words.count) && key.hasPrefix("عدد "))
    }

    /// A count as widgets print it: digits of any script with thousands' and decimal marks,
    /// perhaps a colon before it and a «K» or «M» after it («194», «:3», «1,204», «1.2K»).
    private static func isCount(_ word: Substring) -> Bool {
        var scalars = word.unicodeScalars.drop { $0 == ":" }
        if let last = scalars.last, "kKmM".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        return scalars.first.map { $0.properties.numericType == .decimal } == true
            && scalars.allSatisfy { $0.properties.numericType == .decimal || ",.٬٫".unicodeScalars.contains($0) }
    }
}
