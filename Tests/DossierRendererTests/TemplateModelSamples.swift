import DossierModel

@testable import DossierRenderer

/// The one list of what templates read: a value of every page model and of the layout.
///
/// `full` fills every optional and every list, so that every value a template can reach is
/// there to check (a model type nested in a page needs no entry of its own, only a value in
/// these samples); `sparse` leaves them nil or empty, as many real pages do.
enum TemplateModelSamples {
    /// Every page kind and the layout, every optional set, every list non-empty.
    static var full: [Any] { [fullLayout] + fullPages }

    /// Every page kind, every optional set, every list non-empty.
    static var fullPages: [any PageContent] {
        [
            fullArticle, fullHome, fullActor, fullTopic, fullOutlet, fullNotes, fullListing, fullTimeline,
            SearchFormPage(scriptHref: "../assets/search.js", indexParts: ["part-0-of-2", "part-1-of-2"]),
            fullComparison, fullArticleList, fullTimelineYear,
        ]
    }

    /// Every sample a template renders, with that template: the pages with their own, the
    /// layouts (and values that are no page) with the base layout.
    static var rendered: [(model: any TemplateParent, template: TemplateName)] {
        (full + sparse).compactMap { sample in
            guard let model = sample as? any TemplateParent else { return nil }
            return (model, (model as? any PageContent).map { type(of: $0).template } ?? .base)
        }
    }

    /// Pages and a layout with their optionals nil and their lists empty.
    static var sparse: [Any] {
        [
            PageLayout(
                language: "ar", pageTitle: "Page", description: nil, stylesheetHref: "style.css",
                homeHref: "index.html", siteTitle: "Site", navigation: []),
            ArticlePage(
                title: "Title", language: nil, outletName: "Outlet", outletHref: nil, date: nil, sourceURL: nil,
                paragraphs: [ParagraphView(number: 1, text: "Text")], furniture: [],
                original: OriginalFileView(href: "original.txt", source: source), provenance: []),
            HomePage(title: "Home", subtitle: nil, overviewHTML: nil, articles: []),
            ActorPage(
                name: "Actor", profileHTML: nil, articles: [], mentionTotal: nil, pager: nil, isFirstPage: false,
                outletCounts: [], coMentions: [], ambiguousOnly: [], notes: [], backlinks: []),
            TopicPage(
                title: "Topic", essayHTML: nil, articles: [], articleTotal: nil, pager: nil, isFirstPage: false,
                relatedActors: [], notes: [], backlinks: []),
            OutletPage(name: "Outlet", url: nil, aboutHTML: nil, articles: [], actors: [], backlinks: []),
            NotesPage(groups: []),
            TimelinePage(chartSVG: nil, years: []),
            ArticleListPage(articles: [], total: "", pager: nil),
            TimelineYearPage(
                year: TimelineYear(year: 2024, entries: []), years: [], timelineHref: nil, pager: nil),
            ComparisonPage(
                chartSVG: nil, columns: [],
                claims: [
                    ComparisonClaim(
                        id: "c-1", excerpt: "Excerpt", sharedWords: "words",
                        cells: [ComparisonCell(href: nil, label: nil)])
                ]),
            CountedLink(label: "Label", href: nil, count: 0),
        ]
    }

    private static let date = DisplayDate(
        PartialDate(year: 2024, month: 9, day: 20, hour: 10, minute: 35, utcOffsetMinutes: 180))
    private static let source = SourceFile(
        relativePath: "articles/a.txt", sha256: "0123abcd", byteCount: 2048, encoding: "windows-1256")
    private static let actorLink = CountedLink(
        label: "Actor link", href: "actors/a/index.html", count: 7, secondary: 3, detail: "Detail line",
        language: "en")
    private static let topicLink = CountedLink(
        label: "Topic link", href: "topics/t/index.html", count: 4, secondary: 2, detail: "Other detail")
    private static let note = NoteView(
        id: "n-1", number: 1, kind: "context", kindLabel: "Context", quote: "Quoted passage",
        bodyHTML: "<p>Body</p>", passageHref: "articles/a/index.html#m-1", articleTitle: "Noted article",
        elementID: "note-n-1", language: "en")
    private static let snippet = SnippetView(
        before: "Before ", match: "match", after: " after", href: "articles/a/index.html#m-2",
        source: "Snippet source", placeLabel: "Paragraph 2", sourceKey: "a", sourceHref: "articles/a/index.html",
        language: "en")
    private static let backlink = BacklinkView(title: "Backlink", kindLabel: "Note", href: "notes/index.html")
    private static let pager = PagerView(
        pages: [PagerView.PageLink(number: 2, href: "page-2.html", isCurrent: true, label: "Latest")],
        previousHref: "index.html", nextHref: "page-3.html", label: "Pages")
    private static let group = SnippetGroup(
        titleHTML: "Group title", href: "articles/a/index.html", snippets: [snippet], detailHTML: "Outlet · date")
    private static let yearLink = TimelineYearLink(
        year: 2024, href: "timeline/2024/index.html", count: "3 events", entryCount: 3, isCurrent: true)
    private static let timelineEntry = TimelineEntry(
        kind: "event", kindLabel: "Event", date: date, title: "Entry title", href: "timeline/index.html#e-1",
        sources: [
            TimelineSource(
                href: "articles/a/index.html#p-1", label: "Outlet, paragraph 1", quote: "Quote", language: "en")
        ],
        actors: [EntityLink(href: "actors/b/index.html", name: "Actor B")], language: "en")
    private static let timelineSection = TimelineSection(
        entries: [timelineEntry], total: 40, timelineHref: "timeline/index.html")

    private static var fullLayout: PageLayout {
        var layout = PageLayout(
            language: "ar", pageTitle: "Page title", description: "Description", stylesheetHref: "style.css",
            homeHref: "index.html", siteTitle: "Site title",
            navigation: [NavigationItem(label: "Home", href: "index.html", isCurrent: true)])
        layout.contentHTML = "<p>Content</p>"
        layout.metaTags = [MetaTag(property: "og:title", content: "Meta content")]
        layout.feedHref = "feed.xml"
        layout.feedTitle = "Feed title"
        layout.stylesheets = ["extra.css"]
        layout.faviconHref = "favicon.svg"
        layout.scriptHref = "page.js"
        layout.baseHref = "/"
        layout.searchHTML = "<div>Search data</div>"
        return layout
    }

    private static var fullArticle: ArticlePage {
        var paragraph = ParagraphView(id: "p-1", html: "Paragraph <b>one</b>", notes: [note])
        paragraph.alsoReported = AlsoReported(
            matches: [
                AlsoReported.Match(
                    href: "articles/b/index.html#p-3", outlet: "Other outlet", paragraphLabel: "Paragraph 3",
                    score: "87%")
            ], total: 5)
        var page = ArticlePage(
            title: "Article title", language: "en", outletName: "Outlet", outletHref: "outlets/o/index.html",
            date: date, sourceURL: "https://example.com/a", paragraphs: [paragraph],
            furniture: [FurnitureView(Furniture(text: "Ticker", line: 4, kind: .ticker))],
            original: OriginalFileView(href: "original.txt", source: source),
            provenance: [ProvenanceRow(label: "Title", value: "Detected")])
        page.sidePanel = ArticleSidePanel(
            actors: [actorLink], topics: [topicLink],
            ambiguous: [ArticleSidePanel.Ambiguous(surface: "The minister", href: "#m-3", candidates: [actorLink])],
            backlinks: [backlink])
        page.notesShownOf = "Shown here: 100 notes of 150; all in"
        page.notesHref = "../../notes/page/2/index.html#note-n"
        page.titleID = "headline"
        return page
    }

    private static var fullHome: HomePage {
        HomePage(
            title: "Home", subtitle: "Subtitle", overviewHTML: "<p>Overview</p>",
            articles: [summary], allArticlesHref: "articles/index.html", articleTotal: "1 article")
    }

    private static var summary: ArticleSummary {
        ArticleSummary(
            href: "articles/a/index.html", title: "Summary title", outletName: "Outlet", date: date, language: "en")
    }

    private static var fullActor: ActorPage {
        var page = ActorPage(
            name: "Actor", profileHTML: "<p>Profile</p>", articles: [group], mentionTotal: "12 mentions",
            pager: pager, isFirstPage: true, outletCounts: [topicLink], coMentions: [actorLink],
            ambiguousOnly: [topicLink], notes: [note], backlinks: [backlink])
        page.timeline = timelineSection
        page.notesShownOf = "1 of 40 notes"
        page.notesHref = "notes/index.html"
        return page
    }

    private static var fullTopic: TopicPage {
        var page = TopicPage(
            title: "Topic", essayHTML: "<p>Essay</p>", articles: [group], articleTotal: "4 articles", pager: pager,
            isFirstPage: true, relatedActors: [actorLink], notes: [note], backlinks: [backlink])
        page.timeline = timelineSection
        page.notesShownOf = "1 of 40 notes"
        page.notesHref = "notes/index.html"
        return page
    }

    private static var fullOutlet: OutletPage {
        OutletPage(
            name: "Outlet", url: "https://example.com", aboutHTML: "<p>About</p>", articles: [topicLink],
            actors: [actorLink], pager: pager, backlinks: [backlink])
    }

    private static var fullNotes: NotesPage {
        NotesPage(
            groups: [
                NotesPage.Group(
                    title: "Group title", href: "articles/a/index.html", notes: [note], articleID: "a", language: "en")
            ], pager: pager)
    }

    private static var fullListing: ListingPage {
        var page = ListingPage(title: "Actors", intro: "Intro", items: [actorLink])
        page.chartSVG = "<svg></svg>"
        page.chartTitle = "Chart title"
        page.chartHint = "Chart hint"
        return page
    }

    private static var fullTimeline: TimelinePage {
        TimelinePage(chartSVG: "<svg>timeline</svg>", years: [yearLink])
    }

    private static var fullTimelineYear: TimelineYearPage {
        TimelineYearPage(
            year: TimelineYear(year: 2024, entries: [timelineEntry]), years: [yearLink],
            timelineHref: "timeline/index.html", pager: pager)
    }

    private static var fullArticleList: ArticleListPage {
        ArticleListPage(articles: [summary], total: "1 article", pager: pager)
    }

    private static var fullComparison: ComparisonPage {
        ComparisonPage(
            chartSVG: "<svg>comparison</svg>",
            columns: [ComparisonColumn(href: "articles/a/index.html", outlet: "Outlet", title: "Column title")],
            claims: [
                ComparisonClaim(
                    id: "c-1", excerpt: "Excerpt", sharedWords: "shared words",
                    cells: [ComparisonCell(href: "articles/a/index.html#p-2", label: "Paragraph 2", score: "91%")])
            ], pager: pager)
    }
}
