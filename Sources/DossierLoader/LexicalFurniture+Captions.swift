import ArabicText
import DossierModel

/// Captions and photo credits, told by a line's own words: a credit closing the line, a
/// camera's file name, a wire photographer, an agency's archive.
extension LexicalFurniture {
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
        // Or with an agency after a sentence and a dash: «… يوم الثلاثاء. – وكالة فرانس برس».
        if line.wordCount <= 60, closesWithAgencyAfterASentence(line) { return true }
        // Or it says what the photo shows: «In this file photo, a tourist listens… (AP)».
        if line.wordCount <= 60, opensAsPhotoCaption(line.text) { return true }
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

    /// A wire photo's caption in Latin script, however long, with the agency's credit or
    /// notice in it («… at the presidential palace. (Photo by STRINGER / AFP) / === RESTRICTED
    /// TO EDITORIAL USE - MANDATORY CREDIT …», «… A handout picture released by the ministry
    /// shows …», «… REUTERS/Juan Medina»). Asked of every line, so a line opening with a byte
    /// that is not ASCII, as Arabic does, is passed over at once; an article in a Latin script
    /// has its own captions told by position, and `FurnitureClassifier.markLatinWireCaptions`
    /// asks this only of a page whose body is Arabic, where such a line is never the story.
    static func isLatinWireCaption(_ line: TextLine) -> Bool {
        guard let first = line.text.utf8.first, first < 0x80, line.wordCount <= 150,
            !line.text.utf8.contains(where: { (0xD8...0xDB).contains($0) })
        else { return false }
        return FurnitureLexicon.wireCaptionMarks.isFound(in: line.key)
            || WordKeySearch.containsLiteral(line.text, "/ AFP")
            || WordKeySearch.containsLiteral(line.text, "/AFP") || closesWithWirePhotographer(line.text)
    }

    /// Whether `text` opens as wire captions in English do, saying what the photo shows
    /// («In this file photo, …», «In this photo taken on …»): no story's sentence opens so.
    static func opensAsPhotoCaption(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "I") || text.utf8.first == UInt8(ascii: "i") else { return false }
        let opening = text.prefix(24).lowercased()
        return photoCaptionOpenings.contains { opening.hasPrefix($0) }
    }

    /// The openings of `opensAsPhotoCaption`, lower-cased.
    private static let photoCaptionOpenings = [
        "in this file photo", "in this photo", "in this handout photo", "in this image", "in this picture",
    ]

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

    /// Whether `line` is a sentence, then a dash and a listed agency, alone or after «وكالة»
    /// («… في شرق الصين يوم الثلاثاء. – وكالة فرانس برس»): a wire photo's caption. A byline
    /// tag has the agency before the text, and a story's sentence does not end after its stop.
    static func closesWithAgencyAfterASentence(_ line: TextLine) -> Bool {
        // Every line is asked: first, on its bytes, a stop and a space before a dash near the end
        // («. -», «. –», «. —»; the dashes' UTF-8 ends in 0x93 or 0x94 after E2 80).
        let stopBeforeDash =
            line.text.utf8.withContiguousStorageIfAvailable { bytes in
                let tail = bytes.suffix(64)
                return tail.indices.dropFirst(2).contains { index in
                    let isDash =
                        tail[index] == UInt8(ascii: "-")
                        || (tail[index] == 0xE2 && index + 2 < tail.endIndex
                            && tail[index + 1] == 0x80 && (tail[index + 2] == 0x93 || tail[index + 2] == 0x94))
                    let stop = tail[index - 2]
                    return isDash && tail[index - 1] == UInt8(ascii: " ")
                        && (stop == UInt8(ascii: ".") || stop == UInt8(ascii: "!") || stop == UInt8(ascii: "?")
                            || stop == 0x9F)
                }
            } ?? true  // a text not stored contiguously is left to the words' test
        guard stopBeforeDash else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard let dash = words.lastIndex(where: { ["-", "–", "—"].contains($0) }), dash > 0,
            let stop = words[dash - 1].last, [".", "؟", "?", "!"].contains(stop)
        else { return false }
        var credit = TextLine.wordKey(words[(dash + 1)...].joined(separator: " "))
        let agencyWord = TextLine.wordKey("وكالة") + " "
        if credit.hasPrefix(agencyWord) { credit.removeFirst(agencyWord.count) }
        return FurnitureLexicon.agencies.contains(credit)
    }

    /// «… إيلون ماسك.. AFP», «… (رويترز)», «… - أ ف ب», «وزيرة الصحة - أرشيفية»: an agency or a
    /// photo credit closing a short line after a separator.
    static func endsWithAgencyCredit(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2 else { return false }
        // Glued to the last word by a slash: «… بعد اندلاع الحرب/أرشيفية» (the bytes near the
        // end are looked at first: most lines have no slash there).
        if line.text.utf8.suffix(48).contains(UInt8(ascii: "/")),
            let last = line.text.split(whereSeparator: \.isWhitespace).last, let slash = last.lastIndex(of: "/"),
            slash != last.startIndex, !last.contains("://")
        {
            let credit = " " + TextLine.wordKey(String(last[last.index(after: slash)...]))
            if closingCredits.contains(where: { $0.suffix == credit }) { return true }
        }
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
