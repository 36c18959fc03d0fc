import Foundation

// The outlet a site names in the lines it prints under every article: a "follow us" widget
// («تابعوا آخر الأخبار من أنوار بريس على Google News», «تابعو الأردن 24 على google news»), and
// the line a WordPress feed adds to each post («The post … appeared first on السودان اليوم.»).
extension OutletDetector {
    /// The site a WordPress feed's closing line names: «The post X appeared first on NAME.», in
    /// English, Arabic («ظهرت المقالة X أولاً على NAME.») or French («L’article X est apparu en
    /// premier sur NAME.»); one to five words.
    /// `line` is a trimmed line of the page: the loader asks this of every line, so the
    /// openings are looked for first, and nothing is copied for a line without one.
    static func feedFooterCredit(_ line: String) -> Detection? {
        let openings = ["The post ", "ظهرت المقالة ", "ظهر المقال ", "L’article ", "L'article "]
        let markers = [" appeared first on ", " أولاً على ", " أولا على ", " est apparu en premier sur "]
        guard openings.contains(where: line.hasPrefix),
            let marker = markers.lazy.compactMap({ line.range(of: $0, options: .backwards) }).first
        else { return nil }
        let name = line[marker.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        guard (1...5).contains(TextLine.wordKey(name).split(separator: " ").count) else { return nil }
        var found = detection(named: name, evidence: line)
        found.source = .follow
        return found
    }

    /// The outlet of a line inviting readers to follow a site on a news or messaging platform:
    /// a «تابع» word (or «اشترك», «انضم» to its channel), the site's name (after «آخر الأخبار
    /// من», «أخبار» or «في قناة» when they are there),
    /// then «على» («on») and the platform. One to four words, not a listed place nor a generic credit;
    /// digits allowed («الأردن 24»), no preposition. Nil when the line names no one («تابعونا على», «تابع أحدث
    /// الأخبار عبر تطبيق google news»).
    static func followCredit(_ line: String) -> Detection? {
        // A platform named in the line first: one key for the line, not one for each word.
        let lineKey = TextLine.wordKey(line)
        guard platforms.contains(where: lineKey.contains) else { return nil }
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let keys = words.map(TextLine.wordKey)
        guard let follow = keys.firstIndex(where: followWords.contains),
            let on = keys.indices.first(where: { index in
                guard index > follow, keys[index] == "علي" || keys[index] == "on" else { return false }
                let platform = keys[(index + 1)...].joined(separator: " ")
                return platforms.contains { platform.hasPrefix($0) || platform.hasPrefix("ال" + $0) }
            })
        else { return nil }
        return invitedSite(words[(follow + 1)..<on].drop { fillerWords.contains(TextLine.wordKey($0)) }, in: line)
    }

    /// The outlet of a line inviting readers to download the site's app: «حمّل تطبيق», then the
    /// site's name and nothing else («حمَل تطبيق كل العرب», «Download the Gulf News app»); one
    /// to four words, as `followCredit` takes them. «حمّل التطبيق» names no one.
    static func appCredit(_ line: String) -> Detection? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let keys = words.map(TextLine.wordKey)
        let named: ArraySlice<String>
        if keys.count > 2, downloadWords.contains(keys[0]), keys[1] == "تطبيق" {
            named = words[2...]
        } else if keys.count > 3, keys[0] == "download", keys[1] == "the", keys.last == "app" {
            named = words[2..<(words.count - 1)]
        } else {
            return nil
        }
        return invitedSite(named, in: line)
    }

    /// The site an invitation names with `named`, its words between the call and the platform:
    /// one to four words, digits allowed («الأردن 24»), no preposition, not a listed place nor
    /// a generic credit. `line` is the invitation, kept as evidence.
    private static func invitedSite(_ named: ArraySlice<String>, in line: String) -> Detection? {
        let name = named.joined(separator: " ")
        guard !named.contains(where: { prepositions.contains(TextLine.wordKey($0)) }),
            isCreditName(name, words: 4, marks: "«»\"“”:،,|", allowingDigits: true)
        else { return nil }
        var found = detection(named: name, evidence: line)
        found.source = .follow
        return found
    }

    /// «حمّل» as an invitation to download, L1 word keys.
    private static let downloadWords: Set<String> = ["حمل", "حملوا", "نزل", "نزلوا"]

    /// «تابع» as an invitation, or «اشترك» and «انضم» to the site's channel, L1 word keys.
    private static let followWords: Set<String> = [
        "تابع", "تابعوا", "تابعو", "تابعونا", "اشترك", "اشتركوا", "انضم", "انضموا", "follow", "join", "subscribe",
    ]

    /// Words between the invitation and the name: «آخر الأخبار من», «أحدث أخبار», «في قناة», L1.
    private static let fillerWords: Set<String> = [
        "اخر", "احدث", "الاخبار", "اخبار", "من", "كل", "جديد", "موقع", "في", "الي", "قناه", "قناتنا", "the", "latest",
        "news",
        "from", "to",
    ]

    /// Words no site's name has and a story's phrase has («آخر أخبار الحرب على غزة على تلغرام»), L1.
    private static let prepositions: Set<String> = [
        "علي", "في", "عن", "الي", "مع", "عبر", "on", "in", "about", "via",
    ]

    /// The platforms followed, as the start of the L1 words after «على» (the article before
    /// an Arabic one is allowed: «على التلجرام»).
    private static let platforms = [
        "google news", "جوجل نيوز", "غوغل نيوز", "whatsapp", "واتساب", "واتس اب", "telegram", "تلغرام", "تليجرام",
        "تيليجرام", "تلجرام", "تليغرام",
    ]
}
