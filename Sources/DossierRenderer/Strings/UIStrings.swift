import DossierModel

/// Every word of the interface, in Arabic, in one place; templates read it as `labels`.
///
/// The one home of the site's words (with `CommentaryStrings`, reached as `labels.commentary`):
/// every page's template gets the whole set, so a word shared by two pages is written once, and
/// the search script reads its words from data attributes the search page renders from here.
/// Stored properties, each answered by `child(named:)` (UIStrings+TemplateParent.swift), which is how templates
/// read them; a test checks that the switch answers every stored property.
///
/// A class with one instance, not a structure: every page model and "also reported" list
/// carries the set, and copying a hundred strings (a retain each, and a release when the copy
/// goes) was about 1% of a build.
public final class UIStrings: Sendable, Hashable, Encodable {
    /// The strings the site is built with, the only set there is.
    public static let arabic = UIStrings()

    private init() {}

    /// The same set: there is only one.
    public static func == (lhs: UIStrings, rhs: UIStrings) -> Bool { lhs === rhs }

    /// Hashes the set's identity, which is what `==` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

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
    /// "The title", labelling an article's title (provenance list, a mention in the title).
    public let articleTitle = "العنوان"
    public let provenanceDate = "التاريخ"
    public let outletEvidence = "كيف عُرف المنفذ"
    /// HTML: the tool's Latin name is isolated.
    public let footerHTML =
        #"موقع مولَّد بأداة <span dir="ltr" lang="en">Dossier</span> من ملفات نصية؛ النصوص الأصلية محفوظة كما جُمعت."#
    public let titleSeparator = " — "
    /// The Arabic comma and its space, between the items of a list or a date and its time.
    public let listSeparator = "، "
    /// Written after a whole percentage («87٪»).
    public let percentSign = "٪"
    /// One article: the unit of article counts and the kind of an article in search results.
    public let article = "مقال"
    /// The paragraph numbered after it ("Paragraph 3").
    public let paragraph = "الفقرة"
    /// The words of the actor, topic, outlet and notes pages and the article side panel.
    public let commentary = CommentaryStrings()

    // Paged lists.
    /// The landing page of a newest-first list, in its pager.
    public let latest = "الأحدث"
    public let articlePages = "صفحات المقالات"
    public let notePages = "صفحات الملاحظات"
    public let yearPages = "صفحات السنة"
    public let claimPages = "صفحات الادعاءات"
    /// The home page's heading over the newest articles, and its link to the full list.
    public let latestArticles = "أحدث المقالات"
    public let allArticles = "كل المقالات"
    public let articlesIntro = "مقالات الملف كلها، الأحدث أولًا."
    /// A count of articles, in the forms of `ArabicCount`.
    public let articleCount = ArabicCount(one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالًا")
    /// A count of timeline entries.
    public let entryCount = ArabicCount(one: "مدخل واحد", two: "مدخلان", few: "مداخل", many: "مدخلًا")

    // The timeline.
    public let timelineIntro =
        "أحداث القصة مرتّبة زمنيًا، وتواريخ نشر المقالات؛ كل حدث يشير إلى الفقرات التي يستند إليها."
    public let timelineEmpty = "لا أحداث مؤرّخة بعد."
    public let timelineChartTitle = "الأحداث عبر السنين"
    public let timelineChartDescription = "عدد الأحداث المؤرّخة وتواريخ النشر في كل سنة."
    public let eventKind = "حدث"
    public let publicationKind = "نشر مقال"
    public let restsOn = "يستند إلى:"
    public let actorsInvolved = "الفاعلون:"
    public let eventsTitle = "في الخط الزمني"
    public let years = "السنوات"

    // The search page, and the words its script shows (rendered as data attributes).
    public let searchIntro =
        "ابحث في نصوص المقالات وملفات الفاعلين والمواضيع والملاحظات. يُطابق البحث الكلمة مع السوابق (و، ل، ب، ال) ومن دون تشكيل أو همزات."
    public let searchLabel = "كلمة البحث"
    public let searchButton = "ابحث"
    public let searchFilters = "تصفية النتائج"
    /// The count line of the search results, in the forms of `ArabicCount`.
    public let searchResults = ArabicCount(one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة")
    /// The button under the results that shows the next batch.
    public let searchMore = "عرض مزيد من النتائج"
    public let searchNeedsScript = "يحتاج البحث إلى تفعيل جافاسكربت في المتصفح."
    /// The status line while a search runs.
    public let searching = "جارٍ البحث…"
    /// The status line when a search finds nothing.
    public let noResults = "لا نتائج لهذا البحث."
    /// Before the link to an actor's page whose alias was typed.
    public let actorPage = "صفحة الفاعل:"
    /// The status line when the search index cannot be loaded.
    public let searchUnavailable = "البحث غير متاح: لم يُبنَ فهرس البحث، أو فُتحت الصفحة من القرص مباشرة."
    /// The heading of the outlet filter (the actor and topic filters are headed `actors`, `topics`).
    public let outletFilter = "المنافذ"
    /// The kind of an actor's page in search results.
    public let actorKind = "فاعل"
    /// The kind of a topic's page in search results.
    public let topicKind = "موضوع"
    /// The kind of an outlet's page in search results.
    public let outletKind = "منفذ إعلامي"
    /// The kind of the notes page in search results.
    public let notesKind = "ملاحظات"

    // The comparison page and the charts.
    public let comparisonTitle = "مقارنة التغطية"
    public let comparisonIntro =
        "فقرات تنقل الخبر نفسه في أكثر من مقال، بالنص أو بإعادة الصياغة. كل صف ادعاء، وكل عمود منفذ؛ الخلية تشير إلى أقدم فقرة لديه تحمل الادعاء (أو تذكر عدد مقالاته التي تحمله)، مع درجة التشابه."
    public let comparisonEmpty = "لم يُعثر على فقرات مشتركة بين المقالات."
    public let claim = "الادعاء"
    public let sharedWords = "كلمات مشتركة:"
    public let notCarried = "—"
    public let score = "درجة التشابه"
    public let alsoReportedBy = "ورد أيضًا في"
    /// The matching passages an "also reported" list leaves out, after the closest it shows.
    public let otherPassages = ArabicCount(one: "فقرة أخرى", two: "فقرتان أخريان", few: "فقرات أخرى", many: "فقرةً أخرى")
    public let mentionsChartTitle = "الإشارات إلى الفاعلين في كل منفذ"
    public let mentionsChartDescription = "عدد مرات ذكر كل فاعل في مقالات كل منفذ إعلامي، لأكثر الفاعلين ذكرًا."
    public let networkChartTitle = "شبكة الفاعلين المذكورين معًا"
    public let networkChartDescription =
        "أقوى الصلات بين الفاعلين الأكثر ذكرًا: كل خط يصل فاعلَين ذُكرا في الفقرة نفسها، ويزداد سمكه بعدد الفقرات المشتركة."
    /// Shown on phones above a chart wider than the screen.
    public let chartScrollHint = "اسحب الرسم أفقيًا لرؤيته كاملًا."
    /// Shown on phones above the comparison table, which is wider than the screen.
    public let tableScrollHint = "اسحب الجدول أفقيًا لرؤية كل المنافذ؛ عمود الادعاء يبقى ظاهرًا."
    public let chartTableSummary = "البيانات نفسها في جدول"

    // Host files: the feed and the 404 page.
    public let feedTitle = "آخر المقالات والملاحظات (Atom)"
    /// Title of a note's feed entry, followed by the article title.
    public let notePrefix = "ملاحظة على: "
    public let notFoundTitle = "الصفحة غير موجودة"
    public let notFoundMessage = "لم نجد الصفحة التي طلبتها. ربما نُقلت أو تغيّر عنوانها."
    /// The 404 page's link to the home page.
    public let homePage = "الصفحة الرئيسية"

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

    /// A count of timeline events, in the forms of `ArabicCount`.
    public let eventCount = ArabicCount(one: "حدث واحد", two: "حدثان", few: "أحداث", many: "حدثًا")
    /// A count of notes, in the forms of `ArabicCount`, made of the words for a note and notes
    /// («30 ملاحظةً»: the accusative's tanween on the singular).
    public var noteCount: ArabicCount {
        ArabicCount(
            one: commentary.note + " واحدة", two: "ملاحظتان", few: notesKind, many: commentary.note + "\u{064B}")
    }

    /// The line before the link to a whole list when a section shows `shown` of its `total`
    /// items, the latest or first («تُعرض هنا 30 حدثًا من 212؛ كلها في»).
    public func shownOf(_ unit: ArabicCount, _ shown: Int, of total: Int) -> String {
        "تُعرض هنا \(unit.phrase(shown)) من \(total)؛ كلها في"
    }

    /// The line under an "also reported" list that leaves `count` passages out («و5 فقرات أخرى»).
    public func alsoReportedMore(_ count: Int) -> String {
        "و" + otherPassages.phrase(count)
    }

    /// Where on the page the detector read an article's outlet, for the provenance list.
    public func label(for rule: OutletEvidence.Rule) -> String {
        switch rule {
        case .copyright: "سطر حقوق النشر"
        case .masthead: "ترويسة الصفحة"
        case .byline: "إسناد الخبر"
        case .follow: "سطر يذكر فيه الموقع اسمه"
        }
    }

    /// How an article's outlet was found, in the site's words: «ترويسة الصفحة: جريدة الوطن»,
    /// «منفذ معروف في الملف «الوطن»، تذييل الموقع، السطر 12: …»; an editor's own words as written.
    public func words(for evidence: OutletEvidence) -> String {
        var words = evidence.knownOutlet.map { "منفذ معروف في الملف «\($0)»" + listSeparator } ?? ""
        switch evidence.place {
        case .rule(let rule): words += label(for: rule) + ": "
        case .furniture(let kind, let number): words += label(for: kind) + listSeparator + line + " \(number): "
        case nil: break
        }
        return words + evidence.text
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
