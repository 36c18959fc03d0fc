/// Month names, period words and time-zone names used by `ArabicDateParser` (docs/arabic-text-engine.md §6.1).
///
/// Spellings are written as they appear in news pages and folded through L1 once, so
/// hamza, alef-maqsura and teh-marbuta variants need no entries of their own.
enum ArabicMonthTable {
    /// Gregorian month spellings (CLDR `ar`, Levant, Maghreb, Egyptian variants) by month number,
    /// then English and French names (full, abbreviated, unaccented), so articles copied from
    /// English and French sites keep their dates («October 26, 2024», «9 janvier 2025»).
    static let gregorianSpellings: [Int: [String]] = [
        1: ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه", "January", "Jan", "janvier"],
        2: ["فبراير", "شباط", "فيفري", "فبرير", "February", "Feb", "février", "fevrier"],
        3: ["مارس", "آذار", "March", "Mar", "mars"],
        4: ["أبريل", "إبريل", "نيسان", "أفريل", "ابريل", "April", "Apr", "avril"],
        5: ["مايو", "أيار", "ماي", "May", "mai"],
        6: ["يونيو", "يونية", "يونيه", "حزيران", "جوان", "June", "Jun", "juin"],
        7: ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "July", "Jul", "juillet"],
        8: ["أغسطس", "آب", "أوت", "غشت", "أغشت", "August", "Aug", "août", "aout"],
        9: ["سبتمبر", "أيلول", "شتنبر", "شتمبر", "September", "Sep", "Sept", "septembre"],
        10: ["أكتوبر", "تشرين الأول", "تشرين أول", "أكتوبير", "October", "Oct", "octobre"],
        11: ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "November", "Nov", "novembre"],
        12: ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "دجمبر", "December", "Dec", "décembre", "decembre"],
    ]

    /// The months in the other languages the detector knows written in scripts and words no
    /// Arabic text has (Persian and Urdu months are not here: «مه», «جون» are Arabic words and
    /// names): Turkish; Russian, Ukrainian and Bulgarian (Russian and Ukrainian as after a day,
    /// «12 марта»); Hebrew, also with «ב» («12 במרץ»); German, Italian, Spanish, Portuguese
    /// («12 de março de 2025»: `DateScanner` skips the «de»).
    static let otherLanguageSpellings: [Int: [String]] = [
        1: [
            "Ocak", "января", "январь", "січня", "януари", "ינואר", "בינואר", "Januar", "Jänner", "gennaio", "enero",
            "janeiro",
        ],
        2: [
            "Şubat", "февраля", "февраль", "лютого", "февруари", "פברואר", "בפברואר", "Februar", "febbraio", "febrero",
            "fevereiro",
        ],
        3: ["Mart", "марта", "март", "березня", "מרץ", "במרץ", "מרס", "במרס", "März", "Maerz", "marzo", "março"],
        4: ["Nisan", "апреля", "апрель", "квітня", "април", "אפריל", "באפריל", "aprile", "abril"],
        5: ["Mayıs", "мая", "май", "травня", "מאי", "במאי", "maggio", "mayo", "maio"],
        6: ["Haziran", "июня", "июнь", "червня", "юни", "יוני", "ביוני", "Juni", "giugno", "junio", "junho"],
        7: ["Temmuz", "июля", "июль", "липня", "юли", "יולי", "ביולי", "Juli", "luglio", "julio", "julho"],
        8: ["Ağustos", "августа", "август", "серпня", "אוגוסט", "באוגוסט", "agosto"],
        9: [
            "Eylül", "сентября", "сентябрь", "вересня", "септември", "ספטמבר", "בספטמבר", "settembre", "septiembre",
            "setiembre", "setembro",
        ],
        10: [
            "Ekim", "октября", "октябрь", "жовтня", "октомври", "אוקטובר", "באוקטובר", "Oktober", "ottobre", "octubre",
            "outubro",
        ],
        11: ["Kasım", "ноября", "ноябрь", "листопада", "ноември", "נובמבר", "בנובמבר", "noviembre", "novembro"],
        12: [
            "Aralık", "декабря", "декабрь", "грудня", "декември", "דצמבר", "בדצמבר", "Dezember", "dicembre",
            "diciembre", "dezembro",
        ],
    ]

    /// Hijri month spellings, recognised only so they are not misread as Gregorian dates.
    static let hijriSpellings: [Int: [String]] = [
        1: ["محرم"],
        2: ["صفر"],
        3: ["ربيع الأول", "ربيع أول"],
        4: ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني"],
        5: ["جمادى الأولى", "جمادى الأول"],
        6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"],
        7: ["رجب"],
        8: ["شعبان"],
        9: ["رمضان"],
        10: ["شوال"],
        11: ["ذو القعدة", "ذي القعدة"],
        12: ["ذو الحجة", "ذي الحجة"],
    ]

    /// L1 key (one or two words joined by a space) to Gregorian month number.
    static let gregorian: [String: Int] = folded(
        gregorianSpellings.merging(otherLanguageSpellings, uniquingKeysWith: +))
    /// L1 key to Hijri month number.
    static let hijri: [String: Int] = folded(hijriSpellings)

    /// How a period word changes a 12-hour clock hour.
    enum Period: Sendable {
        /// Morning: 12 becomes 0.
        case morning
        /// Afternoon and evening: 1–11 gain 12, 12 stays.
        case evening
        /// Noon: 12 stays, 1–5 become 13–17.
        case noon
        /// Night: 12 becomes 0, 1–5 stay (after midnight), 6–11 gain 12.
        case night
    }

    /// Period words after a time, L1-folded («مساءً» → «مساء»).
    static let periods: [String: Period] = {
        let spellings: [(String, Period)] = [
            ("ص", .morning), ("صباحا", .morning), ("صباحاً", .morning), ("صباح", .morning), ("فجرا", .morning),
            ("فجراً", .morning), ("am", .morning),
            ("م", .evening), ("مساء", .evening), ("مساءً", .evening), ("مساءاً", .evening), ("عصرا", .evening),
            ("عصراً", .evening), ("pm", .evening),
            ("ظهرا", .noon), ("ظهراً", .noon),
            ("ليلا", .night), ("ليلاً", .night),
        ]
        var table: [String: Period] = [:]
        for (word, period) in spellings { table[ArabicNormalizer.matchKeyString(word)] = period }
        return table
    }()

    /// A stated time zone: a fixed offset or an IANA zone whose offset depends on the date (DST).
    enum Zone: Sendable, Hashable {
        /// Offset from UTC in minutes.
        case fixed(Int)
        /// IANA identifier, resolved with `TimeZone(identifier:)`.
        case identifier(String)
    }

    /// Place names after «بتوقيت», L1-folded; one or two words.
    static let zonePlaces: [String: Zone] = {
        let spellings: [(String, Zone)] = [
            ("مكة المكرمة", .fixed(180)), ("مكة", .fixed(180)), ("السعودية", .fixed(180)), ("الرياض", .fixed(180)),
            ("الدوحة", .fixed(180)), ("قطر", .fixed(180)), ("بغداد", .fixed(180)), ("الكويت", .fixed(180)),
            ("غرينتش", .fixed(0)), ("جرينتش", .fixed(0)), ("غرينيتش", .fixed(0)), ("جرينيتش", .fixed(0)),
            ("الإمارات", .fixed(240)), ("أبوظبي", .fixed(240)), ("أبو ظبي", .fixed(240)), ("دبي", .fixed(240)),
            ("القدس", .identifier("Asia/Jerusalem")), ("بيروت", .identifier("Asia/Beirut")),
            ("لبنان", .identifier("Asia/Beirut")), ("القاهرة", .identifier("Africa/Cairo")),
            ("مصر", .identifier("Africa/Cairo")), ("دمشق", .identifier("Asia/Damascus")),
            ("سوريا", .identifier("Asia/Damascus")),
        ]
        var table: [String: Zone] = [:]
        for (place, zone) in spellings { table[ArabicNormalizer.matchKeyString(place)] = zone }
        return table
    }()

    /// English place names before «time» or «timing» («Jerusalem Timing», «Mecca time»), L1.
    static let englishZonePlaces: [String: Zone] = [
        "mecca": .fixed(180), "makkah": .fixed(180), "riyadh": .fixed(180), "doha": .fixed(180),
        "baghdad": .fixed(180), "kuwait": .fixed(180), "dubai": .fixed(240), "uae": .fixed(240),
        "jerusalem": .identifier("Asia/Jerusalem"), "beirut": .identifier("Asia/Beirut"),
        "cairo": .identifier("Africa/Cairo"), "damascus": .identifier("Asia/Damascus"),
    ]

    /// Words introducing a time zone: «بتوقيت», «توقيت», «التوقيت», «حسب».
    static let zoneIntroducers: Set<String> = ["بتوقيت", "توقيت", "التوقيت", "حسب"]

    /// Arabic weekday names (L1) by number, 1 = Sunday.
    static let arabicWeekdays: [String: Int] = folded([
        1: ["الأحد"], 2: ["الاثنين", "الإثنين"], 3: ["الثلاثاء"], 4: ["الأربعاء"], 5: ["الخميس"], 6: ["الجمعة"],
        7: ["السبت"],
    ])

    /// Arabic, English and French weekday names (L1) by number, 1 = Sunday.
    static let weekdayNumbers: [String: Int] = arabicWeekdays.merging(
        folded([
            1: ["sunday", "dimanche"], 2: ["monday", "lundi"], 3: ["tuesday", "mardi"], 4: ["wednesday", "mercredi"],
            5: ["thursday", "jeudi"], 6: ["friday", "vendredi"], 7: ["saturday", "samedi"],
        ])
    ) { arabic, _ in arabic }

    /// Weekday names (L1), allowed between a publication marker and its date.
    static let weekdays = Set(weekdayNumbers.keys)

    private static func folded(_ spellings: [Int: [String]]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (month, names) in spellings {
            for name in names { table[ArabicNormalizer.matchKeyString(name)] = month }
        }
        return table
    }
}
