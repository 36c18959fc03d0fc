import DossierModel

/// Every word of the interface, in Arabic, in one place; templates read it as `labels`.
///
/// Stored properties, because templates read values through `Mirror`.
public struct UIStrings: Sendable, Hashable, Encodable {
    /// The strings the site is built with.
    public static let arabic = UIStrings()

    public let home = "الرئيسية"
    public let articles = "المقالات"
    public let actors = "الفاعلون"
    public let topics = "المواضيع"
    public let outlets = "المنافذ الإعلامية"
    public let timeline = "الخط الزمني"
    public let notes = "الملاحظات"
    public let search = "البحث"
    public let mainNavigation = "التصفّح الرئيسي"
    public let skipToContent = "انتقل إلى المحتوى"
    public let overview = "نظرة عامة"
    public let latestArticles = "المقالات"
    public let noArticles = "لا توجد مقالات بعد."
    public let outlet = "المنفذ"
    public let published = "تاريخ النشر"
    public let unknownOutlet = "منفذ غير معروف"
    public let unknownDate = "تاريخ غير معروف"
    public let sourceAddress = "الرابط الأصلي"
    public let articleBody = "نص المقال"
    public let removedFromPage = "حُذف من الصفحة"
    public let removedExplanation =
        "فقرات رأت الأداة أنها ليست من متن المقال (قوائم، عناوين أخبار أخرى، تعليقات صور…)، محفوظة هنا كما هي."
    public let line = "السطر"
    public let originalFile = "الملف الأصلي"
    public let originalText = "النص الأصلي كما جُمع"
    /// HTML: the Latin name of the hash is isolated.
    public let fingerprintHTML = #"بصمة <span dir="ltr" lang="en">SHA-256</span>"#
    public let encoding = "الترميز"
    public let size = "الحجم بالبايت"
    public let provenance = "مصدر البيانات"
    public let provenanceTitle = "العنوان"
    public let provenanceDate = "التاريخ"
    public let provenanceOutlet = "المنفذ"
    public let outletEvidence = "كيف عُرف المنفذ"
    /// HTML: the tool's Latin name is isolated.
    public let footerHTML =
        #"موقع مولَّد بأداة <span dir="ltr" lang="en">Dossier</span> من ملفات نصية؛ النصوص الأصلية محفوظة كما جُمعت."#
    public let titleSeparator = " — "
    /// The words of the actor, topic, outlet and notes pages and the article side panel.
    public let commentary = CommentaryStrings()

    /// Gregorian month names, in the form used by Egyptian and Gulf outlets (one style for the whole site).
    public let monthNames = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]

    /// How a removed block is described to readers.
    public func label(for kind: FurnitureKind) -> String {
        switch kind {
        case .ticker: "شريط أخبار"
        case .navigation: "قوائم وتصفّح"
        case .title: "العنوان مكرّرًا"
        case .caption: "تعليق صورة"
        case .byline: "تاريخ وكاتب ومصدر"
        case .related: "روابط ذات صلة"
        case .unrelated: "مادة عن موضوع آخر"
        case .comments: "تعليقات"
        case .footer: "تذييل الموقع"
        case .media: "أدوات الوسائط"
        case .editorial: "حذف بتصحيح تحريري"
        }
    }

    /// How a metadata value was obtained, for the provenance list.
    public func label(for origin: Provenance.Origin) -> String {
        switch origin {
        case .detected: "استُخرج آليًا من النص"
        case .sidecar: "من ملف التصحيح المرافق"
        case .missing: "غير متوفر"
        }
    }
}
