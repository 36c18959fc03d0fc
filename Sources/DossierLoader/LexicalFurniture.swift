import DossierModel

/// The first, line-by-line pass of the furniture split: what a line's own words and shape
/// say it is, before its position in the page is taken into account.
enum LexicalFurniture {
    /// The furniture kind a line's wording shows, or nil when the wording alone says nothing.
    static func kind(of line: TextLine) -> FurnitureKind? {
        if isFooter(line) { return .footer }
        if isComment(line) { return .comments }
        if isMedia(line) { return .media }
        if isRelated(line) { return .related }
        if isNavigation(line) { return .navigation }
        if isByline(line) { return .byline }
        if isCaption(line) { return .caption }
        return nil
    }

    /// True when `key` starts with `prefix` as whole words.
    static func hasWordPrefix(_ key: String, _ prefix: String) -> Bool {
        guard key.hasPrefix(prefix) else { return false }
        return key.count == prefix.count || key.dropFirst(prefix.count).first == " "
    }

    /// True when `key` contains `phrase` as whole words.
    static func containsWords(_ key: String, _ phrase: String) -> Bool {
        (" " + key + " ").contains(" " + phrase + " ") || (phrase == "©" && key.contains("©"))
    }

    static func isFooter(_ line: TextLine) -> Bool {
        guard line.wordCount <= 30 else { return false }
        let hasCopyright = line.text.contains("©") || line.text.contains("(c)") || line.text.contains("(C)")
        guard hasCopyright || !line.endsSentence else { return false }
        return hasCopyright || FurnitureLexicon.footerPhrases.contains { containsWords(line.key, $0) }
    }

    static func isComment(_ line: TextLine) -> Bool {
        guard line.wordCount <= 16 else { return false }
        return FurnitureLexicon.commentPhrases.contains { phrase in
            phrase.contains(" ")
                ? containsWords(line.key, phrase)
                : line.key == phrase || (hasWordPrefix(line.key, phrase) && line.wordCount <= 3)
        }
    }

    static func isMedia(_ line: TextLine) -> Bool {
        if FurnitureLexicon.mediaLines.contains(line.key) { return true }
        if line.wordCount <= 30, FurnitureLexicon.mediaNotices.contains(where: { containsWords(line.key, $0) }) {
            return true
        }
        // A player's clock («03:12», «00:00 / 04:35»): digits, colons, slashes and spaces only.
        if line.text.contains(":"),
            line.text.unicodeScalars.allSatisfy({
                $0.properties.numericType != nil || $0 == ":" || $0 == "/" || $0.properties.isWhitespace
            })
        {
            return true
        }
        guard line.wordCount <= 8, !line.isProse else { return false }
        return FurnitureLexicon.mediaPhrases.contains { containsWords(line.key, $0) }
    }

    static func isRelated(_ line: TextLine) -> Bool {
        if FurnitureLexicon.relatedHeaders.contains(line.key) { return true }
        guard line.wordCount <= 30, !(line.endsSentence && line.wordCount > 12) else { return false }
        return FurnitureLexicon.relatedPrefixes.contains { prefix in
            guard hasWordPrefix(line.key, prefix) else { return false }
            // A bare verb («شاهد», «اقرأ») opens a link only when a colon or bar follows it.
            return prefix.contains(" ") || line.text.prefix(40).contains(":") || line.text.contains("|")
        }
    }

    static func isNavigation(_ line: TextLine) -> Bool {
        if FurnitureLexicon.navigationLines.contains(line.key) { return true }
        guard !line.isProse, line.wordCount <= 8 else { return false }
        let words = line.key.split(separator: " ").map(String.init)
        if line.wordCount <= 6, !words.isEmpty, words.allSatisfy(FurnitureLexicon.navigationWords.contains) {
            return true
        }
        if FurnitureLexicon.navigationPrefixes.contains(where: { hasWordPrefix(line.key, $0) }) { return true }
        return isBreadcrumb(line.text)
    }

    /// «الرئيسية > العالم > أوروبا»: three or more short parts joined by arrows or bars.
    static func isBreadcrumb(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "|" })
        guard parts.count >= 3 else { return false }
        return parts.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    static func isByline(_ line: TextLine) -> Bool {
        guard line.wordCount <= 14, !line.isProse else { return false }
        if FurnitureLexicon.bylinePrefixes.contains(where: { hasWordPrefix(line.key, $0) }) { return true }
        return DateSupport.dateShare(of: line.text) >= 0.5
    }

    static func isCaption(_ line: TextLine) -> Bool {
        guard line.wordCount <= 30, !line.endsSentence || line.text.hasSuffix(")") else { return false }
        if captionMarkers.contains(where: { line.text.contains($0) }) { return true }
        if captionPhrases.contains(where: { containsWords(line.key, $0) }) { return true }
        return endsWithAgencyCredit(line)
    }

    /// Raw-text markers of captions and credits: a marker word with its punctuation.
    private static let captionMarkers: [String] = [
        "المصدر:", "المصدر :", "مصدر الصورة", "(صورة", "( صورة", "صورة:", "صورة :", "تصوير:", "تصوير :",
        "(تصوير", "تصوير/", "– المصدر", "- المصدر", "حقوق الصورة", "Photo:", "Credit:", "Photo by",
    ]

    /// Whole-word caption phrases in key form.
    private static let captionPhrases: [String] = [
        "صوره ارشيفيه", "صوره تعبيريه", "صوره مركبه", "getty images", "file photo",
    ]
    .map(TextLine.wordKey)

    /// «… إيلون ماسك.. AFP», «… (رويترز)», «… - أ ف ب»: an agency closing a short line after a separator.
    static func endsWithAgencyCredit(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2 else { return false }
        for agency in FurnitureLexicon.agencies where line.key.hasSuffix(" " + agency) {
            let agencyWords = agency.split(separator: " ").count
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
