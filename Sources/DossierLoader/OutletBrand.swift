/// Names shaped like a news site's brand: «سكاي نيوز عربية», «عزة برس», «العهد اونلاين», «وطنا
/// اليوم», «فرانس 24», «Shafaq News». Such a name in a short credit line or at the head of the
/// lead names the outlet, even where a bare name would be taken for a place or a person.
enum OutletBrand {
    /// Words that make a name a brand, as word keys.
    private static let markers: Set<String> = [
        "نيوز", "برس", "اونلاين", "لاين", "نت", "تايمز", "بوست", "الاخباري", "الاخباريه", "news", "online",
        "press", "post", "times", "tv", "today", "info",
    ]

    /// First words of a photo's credit, whose source is not the page's outlet.
    private static let photoCredits: Set<String> = [
        "صوره", "الصوره", "تصوير", "المصدر", "مصدر", "photo", "credit", "source", "image",
    ]

    /// Words of a picture's alternative text, which names no outlet.
    private static let pictureWords: Set<String> = ["image", "images", "img", "photo", "picture", "thumbnail"]

    /// Section names that hold a marker word but name no outlet («World News», a menu's «Home
    /// News»), and the words of a menu's button to the live stream («TV مباشر», «Live TV», «بث
    /// مباشر TV»), as word keys.
    private static let sectionWords: Set<String> = [
        "home", "world", "latest", "breaking", "business", "local", "sport", "sports", "top", "more", "related",
        "international", "national", "regional", "daily", "tech", "health", "entertainment", "live", "watch",
        "مباشر", "مباشره", "المباشر", "بث", "البث",
    ]

    /// Words that credit the text to someone before the name («par France 24», «by Sky News»).
    private static let creditWords: Set<String> = ["par", "by", "via", "بقلم"]

    /// Whether `segment` (one to three words) is a brand name: it holds a marker word, «اليوم»
    /// after another word, or «24» after a name (as a word or glued to it), and a word that is
    /// neither a marker nor a section's name. A listed place is never one, nor a menu's label
    /// (`FurnitureLexicon.navigationLines`: «عدد اليوم», a paper's link to today's issue) or a
    /// ticker's («الشريط الإخباري»), nor a picture's alternative text («news Image» where a
    /// thumbnail failed to load).
    static func isBrand(_ segment: String) -> Bool {
        let key = TextLine.wordKey(segment)
        let words = key.split(separator: " ").map(String.init)
        guard (1...3).contains(words.count), !DatelinePlaces.contains(segment),
            !FurnitureLexicon.navigationLines.contains(key), !FurnitureLexicon.tickerLabels.contains(key),
            !words.contains(where: pictureWords.contains),
            words.contains(where: { !markers.contains($0) && !sectionWords.contains($0) })
        else { return false }
        if words.contains(where: markers.contains) { return true }
        if words.dropFirst().contains(where: { $0 == "اليوم" || $0 == "24" }) { return true }
        return words.contains { $0.count > 2 && $0.hasSuffix("24") && $0.dropLast(2).allSatisfy(\.isLetter) }
    }

    /// The brand in one part of a credit, without a credit word before it or a publication
    /// marker after it («par France 24» → «France 24», «كشـ24 نشر في» → «كشـ24»); nil when the
    /// part is no brand or holds a hashtag or handle.
    private static func brandName(in part: String) -> String? {
        guard !part.contains(where: { $0 == "#" || $0 == "@" }) else { return nil }
        var words = part.split(whereSeparator: \.isWhitespace).map(String.init)
        while let first = words.first, creditWords.contains(first.lowercased()) { words.removeFirst() }
        if let marker = words.indices.dropFirst().first(where: {
            LexicalFurniture.opensWithBylineMarker(TextLine.wordKey(words[$0...].joined(separator: " ")))
        }) {
            words.removeSubrange(marker...)
        }
        let name = words.joined(separator: " ")
        // «News Elementor», a theme's demo logo, is shaped like a brand and names none.
        return isBrand(name) && !OutletDetector.isGeneric(name, allowingDigits: true) ? name : nil
    }

    /// The brand named by a short credit line («أبوظبي - سكاي نيوز عربية», «الخرطوم | العهد
    /// اونلاين», «بغداد اليوم – بغداد», «وكالات _ عزة برس»), or nil (`creditParts(of:)`). A
    /// widget's count is shaped like one («عدد زوار اليوم:4169») and names none.
    static func credited(byLine line: String) -> String? {
        guard let parts = creditParts(of: line),
            !LexicalFurniture.isLabelledCount(TextLine(text: line, line: 0, block: 0))
        else { return nil }
        return parts.lazy.compactMap(brandName).first
    }

    /// Whether `line` is nothing but a brand's credit: the brand with two or more other parts
    /// (a place, a reporter: «الثورة أون لاين – حلب- سهى درويش – حسن العجيلي :»), or with a
    /// listed place or «وكالات». A subheading that opens with a brand («سكاي نيوز: ما جرى»)
    /// is not one.
    static func isCreditLine(_ line: TextLine) -> Bool {
        // Most lines hold no brand word: their word key tells, without parsing them.
        guard
            line.key.split(separator: " ").contains(where: {
                markers.contains(String($0)) || $0.hasSuffix("24") || $0 == "اليوم"
            }),
            let parts = creditParts(of: line.text), let brand = parts.firstIndex(where: { brandName(in: $0) != nil })
        else { return false }
        if parts.count >= 3 { return true }
        return parts.indices.contains { index in
            index != brand && (DatelinePlaces.contains(parts[index]) || OutletDetector.isGeneric(parts[index]))
        }
    }

    /// The parts of a line shaped like a credit: one to four parts of at most four words joined
    /// by dashes, bars, underscores, colons or slashes (a menu has more parts). Nil for a
    /// photo's credit («صورة: سكاي نيوز») and a line with sentence punctuation.
    private static func creditParts(of line: String) -> [String]? {
        guard !line.contains(where: { ".،,؟?!«»\"“”()".contains($0) }) else { return nil }
        let parts = line.split(whereSeparator: { separators.contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        guard (1...4).contains(parts.count), let first = parts.first,
            !photoCredits.contains(TextLine.wordKey(first).split(separator: " ").first.map(String.init) ?? ""),
            parts.allSatisfy({ TextLine.wordKey($0).split(separator: " ").count <= 4 })
        else { return nil }
        return parts
    }

    /// The brand that opens a dateline before a comma («Ahram Online, Monday 30 Apr 2012»): the
    /// outlet crediting itself over the article's date. Nil when what follows the comma is not
    /// a date line alone.
    static func credited(byDateline line: String) -> String? {
        guard let comma = line.firstIndex(where: { $0 == "," || $0 == "،" }),
            DateSupport.isDateLine(String(line[line.index(after: comma)...]))
        else { return nil }
        return brandName(in: line[..<comma].trimmingCharacters(in: .whitespaces))
    }

    /// The brand opening `lead` before a colon or a slash («وطنا اليوم:أجرى…», «المدينة نيوز:-
    /// قال…», «Shafaq News/ The Iraqi…»), or nil.
    static func credited(byLead lead: String) -> String? {
        guard let end = lead.prefix(60).firstIndex(where: { $0 == ":" || $0 == "/" }) else { return nil }
        let name = lead[..<end].trimmingCharacters(in: .whitespaces)
        guard !name.contains(where: { ".،,؟?!«»\"“”()-–—|".contains($0) }) else { return nil }
        return brandName(in: name)
    }

    private static let separators: Set<Character> = ["-", "–", "—", "|", "_", ":", "/"]
}
