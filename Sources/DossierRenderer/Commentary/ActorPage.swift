/// An actor page (or one page of its mentions): profile, mentions in context, counts,
/// co-mentioned actors, ambiguous-only articles, notes and backlinks.
public struct ActorPage: PageContent {
    public static let template = TemplateName.actor

    public let nameHTML: String
    public let profileHTML: String?
    /// The mentions of this page, in article then document order.
    public let mentions: [SnippetView]
    /// The same mentions under their article's title, shown once per article.
    public let snippetGroups: [SnippetGroup]
    public let hasMentions: Bool
    /// The actor's number of mentions, on page 1 only: on later pages it would make every
    /// page change whenever one mention is added anywhere.
    public let mentionTotal: Int?
    /// Present when the mentions span several pages.
    public let pager: PagerView?
    /// True on page 1, which carries everything besides the mentions.
    public let isFirstPage: Bool
    public let articleCounts: [CountedLink]
    public let outletCounts: [CountedLink]
    public let hasOutletCounts: Bool
    /// `count` = shared paragraphs, `secondary` = shared articles.
    public let coMentions: [CountedLink]
    public let hasCoMentions: Bool
    public let ambiguousOnly: [CountedLink]
    public let hasAmbiguousOnly: Bool
    public let notes: [NoteView]
    public let hasNotes: Bool
    public let backlinks: [BacklinkView]
    public let hasBacklinks: Bool
    public let labels: UIStrings
    /// The actor's events of the timeline (first page only).
    public var timeline: TimelineSection? {
        didSet { updateContents() }
    }
    /// In-page links to the sections of page 1 (a long page can be scanned); empty on later pages.
    public private(set) var contents: [ContentsLink] = []
    /// Stored, because templates read stored properties only.
    public private(set) var hasContents = false

    public init(
        name: String, profileHTML: String?, mentions: [SnippetView], mentionTotal: Int?, pager: PagerView?,
        isFirstPage: Bool, articleCounts: [CountedLink], outletCounts: [CountedLink], coMentions: [CountedLink],
        ambiguousOnly: [CountedLink], notes: [NoteView], backlinks: [BacklinkView], labels: UIStrings = .arabic
    ) {
        self.nameHTML = HTMLText.isolatingLatin(name)
        self.profileHTML = profileHTML
        self.mentions = mentions
        self.snippetGroups = SnippetGroup.grouping(mentions)
        self.hasMentions = !mentions.isEmpty
        self.mentionTotal = mentionTotal
        self.pager = pager
        self.isFirstPage = isFirstPage
        self.articleCounts = articleCounts
        self.outletCounts = outletCounts
        self.hasOutletCounts = !outletCounts.isEmpty
        self.coMentions = coMentions
        self.hasCoMentions = !coMentions.isEmpty
        self.ambiguousOnly = ambiguousOnly
        self.hasAmbiguousOnly = !ambiguousOnly.isEmpty
        self.notes = notes
        self.hasNotes = !notes.isEmpty
        self.backlinks = backlinks
        self.hasBacklinks = !backlinks.isEmpty
        self.labels = labels
        updateContents()
    }

    /// The sections page 1 shows, in page order, each linking to its heading's id (the ids
    /// the actor template gives them).
    private mutating func updateContents() {
        guard isFirstPage else { return }
        let strings = labels.commentary
        contents = ContentsLink.list([
            (profileHTML != nil, strings.profile, "profile-title"),
            (true, strings.mentionsInContext, "mentions-title"),
            (timeline?.hasEntries == true, UIStrings.arabic.eventsTitle, "timeline-section-title"),
            (hasNotes, strings.notesAbout, "notes-title"),
            (hasMentions, strings.mentionsPerArticle, "per-article-title"),
            (hasOutletCounts, strings.mentionsPerOutlet, "per-outlet-title"),
            (hasCoMentions, strings.mentionedWith, "co-title"),
            (hasAmbiguousOnly, strings.ambiguousOnly, "ambiguous-title"),
            (hasBacklinks, strings.backlinks, "backlinks-title"),
        ])
        hasContents = contents.count >= ContentsLink.minimumCount
    }
}
