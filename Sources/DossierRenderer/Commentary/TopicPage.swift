/// A topic page: the essay, the articles and passages touching it, related actors, notes,
/// backlinks.
public struct TopicPage: PageContent {
    public static let template = TemplateName.topic

    public let titleHTML: String
    public let essayHTML: String?
    public let articles: [CountedLink]
    public let hasArticles: Bool
    /// One line per paragraph hit, linking to `#p-<n>`.
    public let passages: [SnippetView]
    /// The same passages under their article's title, shown once per run of one article.
    public let snippetGroups: [SnippetGroup]
    public let hasPassages: Bool
    public let relatedActors: [CountedLink]
    public let hasRelatedActors: Bool
    public let notes: [NoteView]
    public let hasNotes: Bool
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
        title: String, essayHTML: String?, articles: [CountedLink], passages: [SnippetView],
        relatedActors: [CountedLink], notes: [NoteView], backlinks: [BacklinkView], labels: UIStrings = .arabic
    ) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.essayHTML = essayHTML
        self.articles = articles
        self.hasArticles = !articles.isEmpty
        self.passages = passages
        self.snippetGroups = SnippetGroup.grouping(passages)
        self.hasPassages = !passages.isEmpty
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
        let strings = labels.commentary
        contents = ContentsLink.list([
            (essayHTML != nil, strings.essay, "essay-title"),
            (hasPassages, strings.passagesOnTopic, "passages-title"),
            (timeline?.hasEntries == true, UIStrings.arabic.eventsTitle, "timeline-section-title"),
            (hasNotes, strings.notesOnTopic, "notes-title"),
            (hasArticles, strings.articlesOnTopic, "articles-title"),
            (hasRelatedActors, strings.relatedActors, "related-title"),
            (hasBacklinks, strings.backlinks, "backlinks-title"),
        ])
        hasContents = contents.count >= ContentsLink.minimumCount
    }
}
