import ArabicText

// Bylines and datelines: the lines that credit, date or time-stamp the story.
extension LexicalFurniture {
    /// A site's summary of the story cut short and stamped with its date and outlet
    /// («… دأبوا على ترويج الأخبار الكاذبة على... 10.11.2025, سبوتنيك عربي»): after the last
    /// ellipsis only a full date and a few words. The story's own text follows it in full.
    static func isStampedSummary(_ line: TextLine) -> Bool {
        let ends = ["...", "…"].compactMap { WordKeySearch.endOfLast($0, in: line.text) }
        guard let last = ends.max() else { return false }
        let stamp = String(line.text[last...])
        guard TextLine.wordKey(stamp).split(separator: " ").count <= 6 else { return false }
        return ArabicDateParser.dates(in: stamp).contains(where: \.isFullDate)
    }

    /// An author's credit («By Matt Kennard», «بقلم: …»): the short line after it is the
    /// author's affiliation or the publication they wrote for.
    static func isAuthorCredit(_ line: TextLine) -> Bool {
        FurnitureLexicon.authorPrefixes.contains { hasWordPrefix(line.key, $0) }
    }

    static func isByline(_ line: TextLine) -> Bool {
        guard line.wordCount <= 14, !line.isProse else { return false }
        // The site's masthead credits («رئيس مجلس الإدارة : …», «رئيس التحرير: …») too.
        if opensWithMastheadCredit(line)
            || (opensWithBylineMarker(line.key) && !isMarkerKicker(line.text) && !QuotedReporterCredit.isHeadline(line)
                && !opensWithMarkerNoun(line))
            || FurnitureLexicon.authorLabels.contains(line.key)
            || isUpdateClock(line) || isReportersCredit(line)
        {
            return true
        }
        // Parse once: most lines hold no date, and only a line with one can be a date line.
        let share = DateSupport.dateShare(of: line.text)
        return share >= 0.5
            || (share > 0
                && (DateSupport.isDateLine(line.text) || closesWithAuthorMarker(line)
                    || OutletBrand.credited(byDateline: line.text) != nil || isReporterDateline(line.text)
                    || isPlaceDateline(line.text)))
            || isBylineTag(line) || OutletBrand.isCreditLine(line)
    }

    /// The most words after a masthead credit's opening: names, and the credits joined to it
    /// («رئيس مجلس الإدارة ورئيس التحرير د. محمد عبد الرحمن السيد»).
    private static let mastheadCreditNameWords = 7

    /// Whether `line` is a credit of the site's masthead: it opens with one
    /// (`FurnitureLexicon.mastheadCredits`), and what follows is names and credits, a few words
    /// none of which a sentence alone holds (`FurnitureLexicon.wordsNoNameHolds`). A headline
    /// opening with the same words says more («رئيس التحرير السابق لصحيفة الأهرام يصدر كتابا
    /// جديدا عن تاريخ الصحافة المصرية»).
    static func opensWithMastheadCredit(_ line: TextLine) -> Bool {
        guard let credit = FurnitureLexicon.mastheadCredits.first(where: { hasWordPrefix(line.key, $0) }) else {
            return false
        }
        let rest = line.key.dropFirst(credit.count).split(separator: " ")
        return rest.count <= mastheadCreditNameWords
            && !rest.contains { FurnitureLexicon.wordsNoNameHolds.contains(String($0)) }
    }

    /// Whether `text` is a speaker's label as minutes print it: a dash, the speaker, then a
    /// colon and a dash closing it («- النائب علي العلاق:-»). A credit's tag has no colon
    /// against its closing dash.
    static func isSpeakerLabel(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, "-–—".contains(first) else { return false }
        return trimmed.dropLast().trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// A reporter's dateline on a line of its own: a listed place and a colon, the reporter's
    /// name (one to three words of letters), then the date closing the line («الخرطوم: محمد
    /// موسى 9 أغسطس2022م», as Sudanese papers print it over the lead). A headline after a place
    /// and a colon («غزة: قصف على رفح …») does not end with a full date right after a name.
    static func isReporterDateline(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"),
            DatelinePlaces.contains(text[..<colon].trimmingCharacters(in: .whitespaces))
        else { return false }
        let restText = String(text[text.index(after: colon)...])
        let rest = Array(restText.unicodeScalars)
        guard let date = ArabicDateParser.dates(in: restText).first,
            date.isFullDate, date.range.upperBound <= rest.count,
            rest[date.range.upperBound...].allSatisfy(\.properties.isWhitespace)
        else { return false }
        let name = String(String.UnicodeScalarView(rest[..<date.range.lowerBound])).split(separator: " ")
        return (1...3).contains(name.count) && name.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// Whether an update marker (`FurnitureLexicon.updateMarkers`) opens `text` as a headline's
    /// kicker, set off by two dots or an ellipsis with four words or more after it («آخر
    /// تحديث.. شكد يساوي 100 دولار بالدينار العراقي اليوم»): the headline of a story updated
    /// through the day, not the page's stamp, which goes on with a colon, a date or a time.
    static func isMarkerKicker(_ text: String) -> Bool {
        guard let dots = text.range(of: "..") ?? text.range(of: "…"),
            text.distance(from: text.startIndex, to: dots.lowerBound) <= 20
        else { return false }
        return FurnitureLexicon.updateMarkers.contains(TextLine.wordKey(String(text[..<dots.lowerBound])))
            && text[dots.upperBound...].split(whereSeparator: \.isWhitespace).count >= 4
    }

    /// A page's clock and its last update, the marker anywhere on a short line with a time of
    /// day («توقيت القاهرة المحلي 00:16:54 آخر تحديث», «10:05 آخر تحديث»): it names no day the
    /// date parser reads, and is no headline.
    static func isUpdateClock(_ line: TextLine) -> Bool {
        // The marker first: it is asked of every short line, and few have it.
        guard line.wordCount <= 8, FurnitureLexicon.updateMarkers.contains(where: { containsWords(line.key, $0) })
        else { return false }
        return hasTimeOfDay(line.text)
    }

    /// Whether `text` holds a time of day: digits, a colon, two digits («9:05», «00:16:54»).
    static func hasTimeOfDay(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let isDigit = { (index: Int) in ScalarTraits.isNumeric(scalars[index]) }
        return scalars.indices.dropFirst().dropLast(2).contains { index in
            scalars[index] == ":" && isDigit(index - 1) && isDigit(index + 1) && isDigit(index + 2)
        }
    }

    /// A dated line that closes with an author's marker, the name after it lost or on the next
    /// line («15 janvier 2003 - 23h49 - Maroc - Ecrit par :», «الأحد 3 مارس 2024 - كتب:»): the
    /// article's dateline and credit.
    static func closesWithAuthorMarker(_ line: TextLine) -> Bool {
        guard let last = line.key.split(separator: " ").last else { return false }
        return FurnitureLexicon.authorPrefixes.contains(String(last))
    }

    /// How long ago the page was published, on its own line («منذ 16 دقيقة», «قبل ساعتين», «3
    /// hours ago», «il y a 2 jours»): a timestamp relative to the moment of copying. Judged in
    /// the page header only (`FurnitureClassifier`): lower down, the age of a teaser heads it.
    static func isAge(_ line: TextLine) -> Bool {
        guard line.wordCount <= 5 else { return false }
        let words = line.key.split(separator: " ").map(String.init)
        guard let unit = words.last(where: { !$0.allSatisfy(\.isNumber) }) else { return false }
        let opensAge = words.first == "منذ" || words.first == "قبل" || words.starts(with: ["il", "y", "a"])
        return (opensAge && FurnitureLexicon.ageUnits.contains(unit)) || (unit == "ago" && words.count >= 2)
    }

    /// True when the word key `key` opens with a publication-date or author marker («نشر في»,
    /// «آخر تحديث», «بقلم»).
    static func opensWithBylineMarker(_ key: String) -> Bool {
        FurnitureLexicon.bylinePrefixes.contains { hasWordPrefix(key, $0) }
    }

    /// A tag of one to four words closed by a dash on its own line («شفا –», «الجزائر اليوم -»),
    /// a place and a credit closed by a colon («الدوحة - الشرق:»), or a name and a slash
    /// before a credit naming no outlet («كريتر سكاي/خاص»): the credit that opens the story
    /// below it.
    static func isBylineTag(_ line: TextLine) -> Bool {
        // A wire dateline: a place, its country perhaps, and the agency in parentheses before a
        // dash («سرت (ليبيا) (أ ف ب) –», «غزة (رويترز) -»), the initials words of one letter.
        if line.wordCount <= 8, let last = line.lastScalar, last == "-" || last == "–" || last == "—",
            line.text.contains("("), OutletDetector.bylineTag(line.text, wholeLine: true) != nil
        {
            return true
        }
        // A site's name and its newsroom, credited instead of a reporter («الترا فلسطين | فريق التحرير»).
        if line.wordCount <= 6, OutletDetector.staffCredit(line.text) != nil { return true }
        // Words of two letters or more: a font-size widget («A+ A-») is no tag.
        guard line.wordCount <= 4, let last = line.lastScalar,
            line.key.split(separator: " ").allSatisfy({ $0.count >= 2 })
        else { return false }
        // A speaker's label in a session's minutes, a colon before the dash («- السيد رئيس
        // مجلس النواب:-», over the words spoken), is the story's.
        if last == "-" || last == "–" || last == "—" { return !isSpeakerLabel(line.text) }
        if OutletDetector.selfCredit(line.text) != nil { return true }
        // «الدوحة - الشرق:», «عدن/صوت العاصمة/خاص:»: a dateline's place and a credit, closed by a colon.
        guard last == ":" else { return false }
        let segments = BylineSegments.parse(String(line.text.dropLast()), wholeLine: true).segments
        return (segments.count >= 2 && DatelinePlaces.contains(segments[0].text))
            || OutletDetector.slashTag(openingLead: line.text) != nil
    }
}
