public import DossierModel

/// A small dossier about the 2023 Jeddah talks on Sudan, written for the analyzer tests
/// (another story than the seeds: other names, spellings, outlets).
///
/// Lines of the Markdown texts matter: diagnostics are checked at file:line.
public enum AnalysisFixture {
    public static func location(_ path: String, line: Int = 1) -> SourceLocation {
        SourceLocation(path: "sudan/" + path, line: line, column: 1)
    }

    public static func markdown(_ text: String, _ path: String, line: Int) -> MarkdownText {
        MarkdownText(text: text, location: location(path, line: line))
    }

    public static func article(
        _ id: String, title: String, outlet: String?, published: String?, paragraphs: [String]
    ) -> Article {
        Article(
            id: id,
            source: SourceFile(
                relativePath: "articles/\(id).txt", sha256: String(repeating: "ab", count: 32), byteCount: 100,
                encoding: "utf-8"),
            title: title, outlet: outlet, published: published.flatMap(PartialDate.init(iso:)),
            paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: 3 + 2 * $0) })
    }

    public static let articles: [Article] = [
        article(
            "a1-burhan", title: "البرهان يرحب بمحادثات جدة", outlet: "jazeera", published: "2023-05-07",
            paragraphs: [
                "رحب رئيس مجلس السيادة عبد الفتاح البرهان بمحادثات جدة التي ترعاها السعودية والولايات المتحدة.",
                "وقال البرهان إن الجيش ملتزم بالهدنة، فيما اتهم قوات الدعم السريع بخرق وقف إطلاق النار.",
                "ودعا وزير الخارجية الأمريكي أنتوني بلينكن الطرفين إلى احترام الهدنات وتسهيل وصول المساعدات الإنسانية.",
            ]),
        article(
            "a2-hemedti", title: "حميدتي: لن نتراجع", outlet: "bbc", published: "2023-05-08",
            paragraphs: [
                "قال قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) إن قواته ملتزمة بالهدنة.",
                "وأضاف دقلو في تسجيل صوتي أن للبرهان «حسابات أخرى»، مهددا بالرد.",
                "ولوّح بلينكن بفرض عقوبات على الطرفين.",
            ]),
        article(
            "a3-civilians", title: "المعارضة المدنية تطالب بدور في المفاوضات", outlet: "jazeera",
            published: "2023-05-10",
            paragraphs: [
                "قال رئيس حزب المؤتمر السوداني عمر الدقير إن المدنيين يجب أن يشاركوا في المفاوضات.",
                "وأكد الدقير أن العقوبات وحدها لا تكفي، وشكر المملكة العربية السعودية على جهودها.",
            ]),
        article(
            "a4-activists", title: "ناشطون: الدقير لا يمثل الشارع", outlet: nil, published: nil,
            paragraphs: [
                "قالت الناشطة سلمى الدقير إن عمر الدقير لم يتحدث باسم لجان المقاومة.",
                "وأضاف الدقير أن الهدنة هشة.",
                "وفرضت واشنطن عقوبات جديدة على شركات مرتبطة بالدعم السريع.",
            ]),
        article(
            "a5-report", title: "تقرير ميداني", outlet: "bbc", published: "2023-05-12",
            paragraphs: [
                "وقال الدقير إن الحل سياسي.",
                "وتحدث حميدتى عن المساعدات الإنسانية.",
            ]),
    ]

    public static func actor(
        _ id: String, _ name: String, _ kind: Actor.Kind, _ aliases: [String], weak: [String] = [], profile: String = ""
    ) -> Actor {
        Actor(
            id: id, name: name, kind: kind, aliases: aliases, weakAliases: weak,
            profile: markdown(profile, "actors/\(id).md", line: 7), source: location("actors/\(id).md"))
    }

    public static let actors: [Actor] = [
        actor(
            "burhan", "عبد الفتاح البرهان", .person, ["البرهان"],
            profile: "قائد الجيش.\nيفاوض [قوات الدعم السريع](actor:rsf) في جدة.\n"),
        actor(
            "hemedti", "محمد حمدان دقلو", .person, ["حميدتي", "دقلو", "Hemedti"],
            profile: "قائد [الدعم السريع](actor:rsf).\n"),
        actor("rsf", "قوات الدعم السريع", .organisation, ["الدعم السريع"]),
        actor("saudi", "السعودية", .state, ["المملكة العربية السعودية"]),
        actor("blinken", "أنتوني بلينكن", .person, ["بلينكن"]),
        actor("omar-digair", "عمر الدقير", .person, [], weak: ["الدقير"]),
        actor("salma-digair", "سلمى الدقير", .person, [], weak: ["الدقير"]),
    ]

    public static let topics: [Topic] = [
        Topic(
            id: "ceasefire", title: "وقف إطلاق النار", terms: ["هدنة", "وقف إطلاق النار"],
            essay: markdown("انظر [البرهان](actor:burhan).\n", "topics/ceasefire.md", line: 5),
            source: location("topics/ceasefire.md")),
        Topic(
            id: "sanctions", title: "العقوبات", terms: ["عقوبة"],
            essay: markdown("", "topics/sanctions.md", line: 5), source: location("topics/sanctions.md")),
        Topic(
            id: "aid", title: "المساعدات الإنسانية", terms: ["مساعدات إنسانية"],
            essay: markdown("", "topics/aid.md", line: 5), source: location("topics/aid.md")),
    ]

    public static let outlets: [Outlet] = [
        Outlet(id: "bbc", name: "بي بي سي عربي"),
        Outlet(
            id: "jazeera", name: "الجزيرة",
            about: markdown("قناة قطرية.\nغطت [محادثات جدة](topic:ceasefire).\n", "outlets/jazeera.md", line: 4)),
    ]

    public static func note(
        _ id: String, article: String, quote: String, prefix: String? = nil, suffix: String? = nil,
        actors: [String] = [], topics: [String] = [], kind: String = "context", body: String = "ملاحظة."
    ) -> Note {
        Note(
            id: id, article: article, quote: quote, prefix: prefix, suffix: suffix, actors: actors, topics: topics,
            kind: kind, body: markdown(body, "notes/\(id).md", line: 9), source: location("notes/\(id).md"),
            keyLines: ["article": 2, "quote": 3, "actors": 5, "topics": 6])
    }

    public static let notes: [Note] = [
        note(
            "army-truce", article: "a1-burhan", quote: "وقال البرهان إن الجيش ملتزم بالهدنة",
            actors: ["burhan"], topics: ["ceasefire"], kind: "discrepancy",
            body: "يناقض هذا ما قاله [حميدتي](actor:hemedti).\nانظر أيضا [المقال](article:a2-hemedti#p-2)."),
        note(
            "digair-second", article: "a4-activists", quote: "الدقير", suffix: " أن الهدنة", kind: "correction",
            body: "أي الدقيرين؟ [عمر](actor:omar-digair)."),
    ]

    public static let overview = markdown(
        "# محادثات جدة\n\nيتابع الملف [البرهان](actor:burhan) و[حميدتي](actor:hemedti).\nوانظر [الهدنة](topic:ceasefire) و[مجهول](actor:kiir).\n",
        "index.md", line: 3)

    public static let timeline: [TimelineEvent] = [
        TimelineEvent(
            date: PartialDate(year: 2023, month: 5, day: 8), title: "حميدتي يعلن التزامه بالهدنة",
            sources: [PassageReference(article: "a2-hemedti", quote: "إن قواته ملتزمة بالهدنة")],
            actors: ["hemedti"], topics: ["ceasefire"], location: location("timeline.yml", line: 2)),
        TimelineEvent(
            date: PartialDate(year: 2023, month: 5, day: 9), title: "حدث بلا مصدر صحيح",
            sources: [PassageReference(article: "a9-missing", quote: "أي شيء")],
            actors: ["kiir"], location: location("timeline.yml", line: 7)),
    ]

    public static func dossier(
        articles: [Article] = articles, notes: [Note] = notes, actors: [Actor] = actors
    ) -> Dossier {
        Dossier(
            config: DossierConfig(title: "محادثات جدة"), overview: overview, articles: articles, actors: actors,
            topics: topics, outlets: outlets, notes: notes, timeline: timeline)
    }

    /// The scalar slice of a string.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(text.unicodeScalars)[range])
        return String(view)
    }

    /// The scalar offset of the first occurrence of `needle` in `text`.
    public static func scalarOffset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        return (0...(haystack.count - pattern.count)).first {
            haystack[$0..<($0 + pattern.count)].elementsEqual(pattern)
        }
    }
}
