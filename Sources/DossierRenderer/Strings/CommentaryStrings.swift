/// The interface words of the commentary pages (actors, topics, outlets, notes, side panel);
/// reached from templates as `labels.commentary`, so `UIStrings` stays the one place for words
/// (a word the other pages share, such as `articles`, is `UIStrings`' own).
///
/// Stored properties, each answered by `child(named:)` (CommentaryStrings+TemplateParent.swift), which is how templates
/// read them; a test checks that the switch answers every stored property.
public struct CommentaryStrings: Sendable, Hashable, Encodable {
    public let inThisArticle = "في هذا المقال"
    /// The sticky box's link down to the full lists of actors, topics and backlinks.
    public let fullPanel = "القائمة الكاملة"
    public let actorsHere = "الفاعلون المذكورون"
    public let ambiguousHere = "أسماء ملتبسة لم تُنسب"
    public let ambiguousExplanation = "ألقاب أو أسماء قد تعني أكثر من فاعل، فلم تُربط بأحد:"
    public let candidates = "يحتمل"
    /// An article's count of mentions of an actor, in the forms of `ArabicCount`.
    public let mentionCount = ArabicCount(one: "إشارة واحدة", two: "إشارتان", few: "إشارات", many: "إشارةً")
    /// An article's count of hits of a topic.
    public let hitCount = ArabicCount(one: "مرة واحدة", two: "مرتان", few: "مرات", many: "مرةً")
    /// The heading of an actor's articles, each with its first mentions in context.
    public let articlesMentioning = "المقالات التي تذكره، الأحدث أولًا"
    public let notesTitle = "ملاحظات على النص"
    public let note = "ملاحظة"
    /// A margin note's link to its passage beside it.
    public let backToPassage = "العودة إلى المقطع"
    /// A card's link to its passage, on a page the reader did not come from.
    public let toPassage = "إلى المقطع"
    /// Before the title of a note card's article, on actor and topic pages.
    public let inArticle = "في المقال:"
    public let toNote = "إلى الملاحظة"
    /// The article's switch (a toggle button) that shows or hides every note and highlight.
    public let notesSwitch = "الملاحظات والتظليل"
    /// Opens and closes a long margin note shown by its first lines.
    public let more = "المزيد"
    public let less = "أقل"
    public let backlinks = "صفحات تشير إلى هنا"
    public let profile = "نبذة"
    /// The heading of a long page's table of contents.
    public let contents = "المحتويات"
    public let mentionsPerOutlet = "عدد الإشارات في كل منفذ"
    public let mentionedWith = "يُذكر معه"
    public let sameParagraph = "في الفقرة نفسها"
    public let sameArticle = "في المقال نفسه"
    public let ambiguousOnly = "مقالات ورد فيها اسم ملتبس قد يعنيه فقط"
    public let notesAbout = "ملاحظات عنه"
    public let notesOnTopic = "ملاحظات عن الموضوع"
    public let noMentions = "لا إشارات إليه في المقالات."
    public let previous = "السابق"
    public let next = "التالي"
    public let page = "صفحة"
    public let essay = "المقال التعريفي"
    public let articlesOnTopic = "مقالات تتناول الموضوع، الأحدث أولًا"
    public let relatedActors = "فاعلون ذوو صلة"
    public let about = "عن المنفذ"
    public let outletArticles = "مقالاته في الملف"
    public let outletActors = "كيف يغطّي كل فاعل"
    public let mentionsColumn = "الإشارات"
    public let actorColumn = "الفاعل"
    public let actorsIntro = "كل من يرد ذكره في المقالات، الأكثر ذكرًا أولًا."
    public let topicsIntro = "المواضيع التي تتناولها المقالات، الأكثر تناولًا أولًا."
    public let outletsIntro = "المنافذ التي نشرت مقالات الملف، الأكثر مقالات أولًا."
    public let notesIntro = "كل ملاحظة مثبّتة على مقطع من مقال، مجمّعة حسب المقال، الأحدث أولًا."
    public let noNotes = "لا ملاحظات بعد."
    /// The notes page's filter by kind.
    public let kindFilter = "نوع الملاحظة"
    public let allKinds = "الكل"
    public let kindDiscrepancy = "تباين"
    public let kindContext = "سياق"
    public let kindCorrection = "تصحيح"
    public let kindSource = "مصدر"
    public let kindTranslation = "ترجمة"

    public init() {}

    /// How a note's `kind` is shown.
    public func label(forNoteKind kind: String) -> String {
        switch kind {
        case "discrepancy": kindDiscrepancy
        case "context": kindContext
        case "correction": kindCorrection
        case "source": kindSource
        case "translation": kindTranslation
        default: kind
        }
    }
}
