/// A topic page (or one later page of its articles): the essay, the articles touching it
/// (newest first, each with its first passages and its count of hits), related actors, notes,
/// backlinks.
public struct TopicPage: PageContent {
    public static let template = TemplateName.topic

    public let titleHTML: String
    public let essayHTML: String?
    /// This page's articles, newest first, each with its first passages (`#p-<n>` links).
    public let snippetGroups: [SnippetGroup]
    public let hasArticles: Bool
    /// «56 مقالًا», on the landing page only.
    public let articleTotal: String?
    /// Present when the articles span several pages.
    public let pager: PagerView?
    /// True on the landing page (the newest articles), which carries everything besides the list.
    public let isFirstPage: Bool
    public let relatedActors: [CountedLink]
    public let hasRelatedActors: Bool
    public let notes: [NoteView]
    public let hasNotes: Bool
    /// «تُعرض هنا 30 ملاحظة من 212؛ كلها في», before a link to the notes list (`notesHref`), when
    /// the page shows only some of its notes; nil when it shows them all.
    public var notesShownOf: String?
    /// Relative URL of the notes list, for `notesShownOf`.
    public var notesHref: String?
    public let backlinks: [BacklinkView]
    public let hasBacklinks: Bool
    public let labels: UIStrings
    /// The topic's events of the timeline.
    public var timeline: TimelineSection? {
        didSet { updateContents() }
    }
    /// In-page links to the page's sections.
    public private(set) var contents: [ContentsLink] = []
    /// Stored, because templates read stored properties only.
    public private(set) var hasContents = false

    public init(
        title: String, essayHTML: String?, articles: [SnippetGroup], articleTotal: String?, pager: PagerView?,
        isFirstPage: Bool, relatedActors: [CountedLink], notes: [NoteView], backlinks: [BacklinkView],
        labels: UIStrings = .arabic
    ) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.essayHTML = essayHTML
        self.snippetGroups = articles
        self.hasArticles = !articles.isEmpty
        self.articleTotal = articleTotal
        self.pager = pager
        self.isFirstPage = isFirstPage
        self.relatedActors = relatedActors
        self.hasRelatedActors = !relatedActors.isEmpty
        self.notes = notes
        self.hasNotes = !notes.isEmpty
        self.backlinks = backlinks
        self.hasBacklinks = !backlinks.isEmpty
        self.labels = labels
        updateContents()
    }

    /// The sections shown, in page order, linking to the ids the topic template gives them.
    private mutating func updateContents() {
        guard isFirstPage else { return }
        let strings = labels.commentary
        contents = ContentsLink.list([
            (essayHTML != nil, strings.essay, "essay-title"),
            (hasArticles, strings.articlesOnTopic, "articles-title"),
            (timeline?.hasEntries == true, UIStrings.arabic.eventsTitle, "timeline-section-title"),
            (hasNotes, strings.notesOnTopic, "notes-title"),
            (hasRelatedActors, strings.relatedActors, "related-title"),
            (hasBacklinks, strings.backlinks, "backlinks-title"),
        ])
        hasContents = contents.count >= ContentsLink.minimumCount
    }
}
