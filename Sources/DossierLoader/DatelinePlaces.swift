/// Places that open datelines («بيروت - », «LONDON (Reuters) -»): capitals and large cities of
/// the Arab world and beyond, and countries. A dateline segment found here is a place, never an
/// outlet. Compared as word keys, so hamza and taa marbuta spellings need not be listed twice.
enum DatelinePlaces {
    /// Whether `segment` names a listed place.
    static func contains(_ segment: String) -> Bool {
        keys.contains(TextLine.wordKey(segment))
    }

    private static let keys: Set<String> = Set(names.map(TextLine.wordKey))

    private static let names: [String] = [
        // Arab capitals and large cities.
        "بيروت", "دمشق", "عمان", "القدس", "رام الله", "غزة", "القاهرة", "الإسكندرية", "الخرطوم", "بورتسودان",
        "بغداد", "البصرة", "أربيل", "الموصل", "النجف", "الرياض", "جدة", "مكة", "مكة المكرمة", "المدينة المنورة",
        "الدمام", "الكويت", "المنامة", "الدوحة", "أبوظبي", "أبو ظبي", "دبي", "الشارقة", "مسقط", "صنعاء", "عدن",
        "الحديدة", "تعز", "طرابلس", "بنغازي", "مصراتة", "تونس", "صفاقس", "الجزائر", "وهران", "قسنطينة", "الرباط",
        "الدار البيضاء", "مراكش", "فاس", "طنجة", "نواكشوط", "مقديشو", "جيبوتي", "حلب", "حمص", "اللاذقية", "إدلب",
        "درعا", "صيدا", "صور", "نابلس", "الخليل", "جنين", "الناصرة", "حيفا", "يافا", "تل أبيب", "إربد", "الزرقاء",
        "العقبة", "أسوان", "الأقصر", "بورسعيد", "السويس", "الإسماعيلية", "طنطا", "المنصورة",
        // Provincial capitals of Iraq and Palestine, which agencies write their datelines from.
        "كربلاء", "كركوك", "السليمانية", "دهوك", "الناصرية", "الحلة", "الديوانية", "الكوت", "العمارة", "السماوة",
        "الرمادي", "الفلوجة", "تكريت", "بعقوبة", "بيت لحم", "أريحا", "طولكرم", "قلقيلية", "سلفيت", "طوباس",
        "رفح", "خان يونس", "دير البلح",
        // Governorates, provinces and their capitals that local outlets write datelines from.
        "ريف دمشق", "حماة", "طرطوس", "دير الزور", "الرقة", "الحسكة", "القامشلي", "السويداء", "القنيطرة",
        "الفاشر", "نيالا", "الأبيض", "كسلا", "ود مدني", "الجنينة", "أبها", "تبوك", "بريدة", "حائل", "الطائف",
        "جازان", "نجران", "الأحساء", "مأرب", "المكلا", "حضرموت", "ذمار", "صعدة", "الجيزة", "أسيوط", "سوهاج",
        "المنيا", "الفيوم", "بني سويف", "دمياط", "الغردقة", "شرم الشيخ", "العريش", "سبها", "سرت", "الزاوية", "درنة",
        "عنابة", "سطيف", "باتنة", "تلمسان", "البليدة", "بجاية", "ورقلة", "أكادير", "مكناس", "وجدة", "تطوان",
        "العيون", "الناظور", "سوسة", "القيروان", "بنزرت", "قابس", "المنستير", "زحلة", "بعلبك", "النبطية", "جونية",
        "الكرك", "معان", "المفرق", "السلط", "جرش", "مادبا", "ديالى", "الأنبار", "نينوى", "صلاح الدين", "ميسان",
        "ذي قار", "بابل", "الضفة الغربية", "قطاع غزة", "الجهراء", "الأحمدي", "رأس الخيمة", "عجمان", "الفجيرة",
        "صلالة", "صحار", "نزوى", "نواذيبو", "هرجيسا",
        // Holy cities as their datelines name them, with their honorific.
        "النجف الأشرف", "كربلاء المقدسة", "القدس الشريف", "القدس المحتلة", "سامراء المقدسة", "الكاظمية المقدسة",
        // Other capitals and cities often in Arabic datelines.
        "واشنطن", "نيويورك", "لندن", "باريس", "برلين", "موسكو", "بكين", "طوكيو", "أنقرة", "إسطنبول", "اسطنبول",
        "طهران", "كابل", "إسلام آباد", "نيودلهي", "بروكسل", "روما", "مدريد", "جنيف", "فيينا", "كييف",
        "لاهاي", "ستوكهولم", "أوسلو", "أثينا", "نيقوسيا", "بوينس آيرس", "أديس أبابا", "نيروبي", "لاغوس", "داكار",
        "باماكو", "نيامي", "انجامينا", "الفاتيكان", "سيول", "بانكوك", "جاكرتا", "كوالالمبور", "سيدني", "أوتاوا",
        "مونتريال", "لوس أنجلوس", "شيكاغو", "ميامي", "سان فرانسيسكو", "ريو دي جانيرو", "مكسيكو", "هافانا",
        // Countries and regions, which open datelines too («لبنان - »).
        "لبنان", "سوريا", "سورية", "الأردن", "فلسطين", "مصر", "السودان", "العراق", "السعودية", "الإمارات", "قطر",
        "البحرين", "عمان", "سلطنة عمان", "اليمن", "ليبيا", "المغرب", "موريتانيا", "الصومال", "إيران", "تركيا",
        "إسرائيل", "روسيا", "أوكرانيا", "الصين", "الهند", "باكستان", "أفغانستان", "فرنسا", "ألمانيا", "بريطانيا",
        "إيطاليا", "إسبانيا", "الولايات المتحدة", "أمريكا", "أميركا", "كندا", "اليابان",
        // Latin datelines of English and French wires.
        "beirut", "damascus", "amman", "jerusalem", "gaza", "cairo", "khartoum", "baghdad", "riyadh", "dubai",
        "doha", "kuwait city", "manama", "muscat", "sanaa", "tripoli", "tunis", "algiers", "rabat", "casablanca",
        "washington", "new york", "london", "paris", "berlin", "moscow", "beijing", "tokyo", "ankara", "istanbul",
        "tehran", "kabul", "islamabad", "new delhi", "brussels", "rome", "madrid", "geneva", "vienna", "kyiv",
        "kiev", "the hague", "united nations", "tel aviv", "ramallah", "abu dhabi", "jeddah", "alger", "le caire",
        "beyrouth", "bagdad", "téhéran", "londres", "moscou", "pékin", "genève", "bruxelles", "vienne",
        // Countries in Latin datelines, where they stand for their capitals («KUWAIT —»).
        "kuwait", "bahrain", "qatar", "oman", "saudi arabia", "jordan", "lebanon", "syria", "iraq", "yemen",
        "libya", "egypt", "sudan", "palestine", "tunisia", "algeria", "morocco", "mauritania", "iran", "turkey",
        "koweït", "liban", "syrie", "irak", "yémen", "libye", "égypte", "soudan", "tunisie", "algérie", "maroc",
        "jordanie", "arabie saoudite", "mauritanie",
    ]
}
