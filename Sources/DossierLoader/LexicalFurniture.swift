import ArabicText
import DossierModel

/// The first, line-by-line pass of the furniture split: what a line's own words and shape
/// say it is, before its position in the page is taken into account.
enum LexicalFurniture {
    /// The furniture kind a line's wording shows, or nil when the wording alone says nothing.
    static func kind(of line: TextLine) -> FurnitureKind? {
        if isFooter(line) { return .footer }
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
        if FurnitureLexicon.relatedHeaders.contains(line.key) { return true }
        guard line.wordCount <= 30, !(line.endsSentence && line.wordCount > 12) else { return false }
        return FurnitureLexicon.relatedPrefixes.contains { prefix in
            guard hasWordPrefix(line.key, prefix) else { return false }
            // A bare verb («شاهد», «اقرأ», «READ») opens a link only when a colon or bar follows it.
            return WordKeySearch.hasSeveralWords(prefix) || line.text.prefix(40).contains(":")
                || WordKeySearch.containsLiteral(line.text, "|")
        }
    }

    static func isNavigation(_ line: TextLine) -> Bool {
        if FurnitureLexicon.navigationLines.contains(line.key) || isBareLink(line.text) || isDashedMenu(line.text)
            || isShortcode(line.text)
        {
            return true
        }
        if line.wordCount <= 30, FurnitureLexicon.navigationNotices.isFound(in: line.key) {
            return true
        }
        // A site's greeting, with the "about us" it opens («أهلاً بكم في الصفحة الرسمية لرئاسة
        // الوزراء …», «مرحبا بك في موقع …»), however long: the site speaking, never the story.
        if line.wordCount <= 80, FurnitureLexicon.siteGreetings.contains(where: { hasWordPrefix(line.key, $0) }) {
            return true
        }
        if isHomeBreadcrumb(line) || isTagList(line) || isCounter(line) || isPlatformInvitation(line)
            || isSectionRun(line) || isBareTagList(line.text)
        {
            return true
        }
        guard !line.isProse, line.wordCount <= 8 else { return false }
        let words = line.key.split(separator: " ").map(String.init)
        if line.wordCount <= 6, !words.isEmpty, words.allSatisfy(FurnitureLexicon.navigationWords.contains) {
            return true
        }
        if FurnitureLexicon.navigationPrefixes.contains(where: { hasWordPrefix(line.key, $0) }) { return true }
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
    /// own headline («الصفحة الرئيسية - القضية الكردية - قاسم محمد علي - خسر الكورد …»): three
    /// or more parts joined by arrows, bars, slashes or spaced dashes, the first the home page.
    static func isHomeBreadcrumb(_ line: TextLine) -> Bool {
        // The opening is looked at first: splitting every line of every article would cost more.
        guard FurnitureLexicon.homeLinks.contains(where: { hasWordPrefix(line.key, $0) }) else { return false }
        let parts = dashedParts(of: line.text).flatMap {
            $0.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "|" || $0 == "/" })
        }
        guard parts.count >= 3, let home = parts.first else { return false }
        return FurnitureLexicon.homeLinks.contains(TextLine.wordKey(String(home)))
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

    /// A widget's counter on its own line, bulleted or not: a number of views («• 25539») or a
    /// reading or playing time («• 3:09 دقيقة», «5 min»).
    static func isCounter(_ line: TextLine) -> Bool {
        guard line.wordCount <= 3 else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace).filter { !["•", "·", "▪", "-", "*"].contains($0) }
        guard let first = words.first, words.count <= 2,
            first.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
            first.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == ":" || $0 == "," || $0 == "." })
        else { return false }
        return words.count == 1 || FurnitureLexicon.ageUnits.contains(TextLine.wordKey(String(words[1])))
            || ["min", "mn", "د"].contains(words[1].lowercased())
    }

    /// A photo's credit alone on its line: its label, a colon or slash, and at most three words
    /// more («تصوير :», «Image Credit: File», «Photo: AFP»).
    static func isBareCredit(_ line: TextLine) -> Bool {
        line.wordCount <= 4 && line.text.contains(where: { $0 == ":" || $0 == "/" })
            && FurnitureLexicon.photoCreditLabels.contains { hasWordPrefix(line.key, $0) }
    }

    /// A © inside parentheses, after the text it credits, a © before a photographer and an
    /// agency joined by a slash («… le 14 juillet 2022 © FETHI BELAID/AFP»), or a copyright
    /// after a photographer's name and a slash («Copyright Michel Euler/Copyright 2021 The
    /// Associated Press»): a photo's credit.
    static func isPhotoCopyright(_ text: String) -> Bool {
        if WordKeySearch.containsLiteral(text, "(©") || WordKeySearch.containsLiteral(text, "( ©") { return true }
        // The slash first: a search ignoring case goes through Foundation, slow on every line.
        if text.utf8.contains(UInt8(ascii: "/")),
            text.range(of: "/Copyright", options: .caseInsensitive) != nil || text.contains("/©")
        {
            return true
        }
        // The sign's bytes first: looking for a character walks the line's graphemes.
        guard WordKeySearch.containsBytes(text, "©"), let mark = text.lastIndex(of: "©") else { return false }
        let credit = text[text.index(after: mark)...]
        return credit.contains("/") && credit.split(whereSeparator: \.isWhitespace).count <= 5
            && !credit.contains(where: \.isNumber)
    }

    /// A camera's file name alone on its line («DSC 0095», «IMG_20240312_101512.jpg»): a
    /// photo's alt text.
    static func isCameraFileName(_ text: String) -> Bool {
        // Asked of every line: most open with a letter that is not ASCII, or with one that opens
        // no camera's prefix, and are not lowered.
        guard let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), Self.cameraInitials.contains(first)
        else { return false }
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let prefix = cameraPrefixes.first(where: name.hasPrefix) else { return false }
        var rest = name.dropFirst(prefix.count)
        for suffix in [".jpg", ".jpeg", ".png", ".heic"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        let digits = rest.count { $0.isASCII && $0.isNumber }
        return digits >= 3 && rest.allSatisfy { ($0.isASCII && $0.isNumber) || " _-".contains($0) }
    }

    private static let cameraPrefixes = ["dscn", "dscf", "dsc", "img", "pict", "pic", "cimg", "_mg", "dji"]
    /// The first bytes of `cameraPrefixes`, in either case.
    private static let cameraInitials = Array(
        Set(cameraPrefixes.compactMap(\.utf8.first) + cameraPrefixes.compactMap { $0.uppercased().utf8.first }))

    static func isCaption(_ line: TextLine) -> Bool {
        if isCameraFileName(line.text) { return true }
        // A caption may close with its credit in parentheses and a period: «(تعبيرية - "النهار").»
        let closesWithCredit = line.text.hasSuffix(")") || line.text.hasSuffix(").")
        // Or with a wire photo's credit: «… Ashkelon May 5, 2019. REUTERS/Amir Cohen». Wire
        // captions run long (who, what, where and when), and nothing else closes so.
        if line.wordCount <= 60, closesWithWirePhotographer(line.text) { return true }
        guard line.wordCount <= 30 else { return false }
        // Or with a sentence crediting the photo: «… of others. Photo provided.».
        if closesWithPhotoCredit(line.text) { return true }
        guard !line.endsSentence || closesWithCredit else { return false }
        if captionMarkers.contains(where: { WordKeySearch.containsLiteral(line.text, $0) })
            || isPhotoCopyright(line.text)
        {
            return true
        }
        if captionPhrases.contains(where: { containsWords(line.key, $0) }) { return true }
        return endsWithAgencyCredit(line)
    }

    /// Whether the last sentence of `text` credits a photo, as English and French captions
    /// close («… Photo provided.», «… File photo.», «… Photo courtesy of the ministry.», «…
    /// Photo d'archive.»).
    static func closesWithPhotoCredit(_ text: String) -> Bool {
        // Every credit says «photo» (the search through Foundation is for the lines that do).
        guard WordKeySearch.containsLiteral(text, "hoto") else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(".") else { return false }
        let body = trimmed.dropLast()
        let last = (body.range(of: ". ", options: .backwards).map { body[$0.upperBound...] } ?? body).lowercased()
        return closingPhotoCredits.contains { last == $0 || last.hasPrefix($0 + " ") }
    }

    /// Whether `text` closes with a wire photo's credit: the agency in capitals, a slash and
    /// the photographer or service, one to four words («REUTERS/Amir Cohen», «AFP/Getty
    /// Images», «AP Photo/Hatem Moussa»). Prose names an agency in capitals only in a credit.
    static func closesWithWirePhotographer(_ text: String) -> Bool {
        // Asked of every line: most have no slash near their end, where a credit stands.
        guard text.utf8.suffix(120).contains(UInt8(ascii: "/")), let slash = text.lastIndex(of: "/") else {
            return false
        }
        // In parentheses too: «… (AP Photo/Osamah Abdulrahman)».
        let closing = text.hasSuffix(").") ? 2 : text.hasSuffix(")") ? 1 : 0
        let photographer = text[text.index(after: slash)...].dropLast(closing).split(whereSeparator: \.isWhitespace)
        guard (1...4).contains(photographer.count),
            photographer.allSatisfy({ word in word.allSatisfy { $0.isLetter || ".-'".contains($0) } })
        else { return false }
        var credit = text[..<slash].split(whereSeparator: \.isWhitespace).suffix(2)
        if credit.last == "Photo" { credit.removeLast() }
        guard var agency = credit.last else { return false }
        if closing > 0 {
            guard agency.first == "(" else { return false }
            agency = agency.dropFirst()
        }
        guard agency.count >= 2, agency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return false
        }
        return FurnitureLexicon.agencies.contains(agency.lowercased())
    }

    /// The sentences that close a caption by crediting its photo, lower-cased: whole, or
    /// followed by whom (`closesWithPhotoCredit`).
    private static let closingPhotoCredits = [
        "photo provided", "photo supplied", "supplied photo", "file photo", "photo courtesy", "photo credit",
        "photo by", "photo d'archive", "photo fournie", "photo dr",
    ]

    /// Raw-text markers of captions and credits: a marker word with its punctuation.
    private static let captionMarkers: [String] = [
        "المصدر:", "المصدر :", "مصدر الصورة", "(صورة", "( صورة", "صورة:", "صورة :", "تصوير:", "تصوير :",
        "(تصوير", "تصوير/", "– المصدر", "- المصدر", "حقوق الصورة", "Photo:", "Credit:", "Photo by", "(أرشيفية",
        "(ارشيفية", "(تعبيرية",
    ]

    /// Whole-word caption phrases in key form.
    private static let captionPhrases: [String] = [
        "صوره ارشيفيه", "صوره تعبيريه", "صوره مركبه", "getty images", "file photo",
    ]
    .map(TextLine.wordKey)

    /// The credits `endsWithAgencyCredit` looks for, in key form after a space, with their
    /// number of words: an agency, a photo credit, or an agency's archive («… / Reuters
    /// Archive», «… - أرشيف رويترز»).
    private static let closingCredits: [(suffix: String, words: Int)] =
        (FurnitureLexicon.agencies + FurnitureLexicon.photoCredits
        + FurnitureLexicon.agencies.flatMap {
            [$0 + " " + TextLine.wordKey("archive"), TextLine.wordKey("أرشيف") + " " + $0]
        }).map { (" " + $0, $0.split(separator: " ").count) }

    /// «… إيلون ماسك.. AFP», «… (رويترز)», «… - أ ف ب», «وزيرة الصحة - أرشيفية»: an agency or a
    /// photo credit closing a short line after a separator.
    static func endsWithAgencyCredit(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2 else { return false }
        for (suffix, agencyWords) in closingCredits where line.key.hasSuffix(suffix) {
            let words = line.text.split(whereSeparator: \.isWhitespace)
            guard words.count > agencyWords else { continue }
            let before = words[words.count - agencyWords - 1]
            let separators: Set<Character> = [".", "-", "–", "—", "|", "/", "(", "،", ":", "…"]
            if let last = before.last, separators.contains(last) { return true }
            if let first = words[words.count - agencyWords].first, separators.contains(first) { return true }
        }
        return false
    }
}
