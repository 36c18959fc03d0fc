/// An actor page (or one later page of its articles): profile, the articles mentioning it
/// (newest first, each with its first mentions in context and its count), counts per outlet,
/// co-mentioned actors, ambiguous-only articles, notes and backlinks.
public struct ActorPage: PageContent {
    public static let template = TemplateName.actor

    public let nameHTML: String
    public let profileHTML: String?
    /// This page's articles, newest first, each with its first mentions in context.
    public let snippetGroups: [SnippetGroup]
    public let hasMentions: Bool
    /// «1,234 إشارة في 56 مقالًا», on the landing page only: on later pages it would make every
    /// page change whenever one mention is added anywhere.
    public let mentionTotal: String?
    /// Present when the articles span several pages.
    public let pager: PagerView?
    /// True on the landing page (the newest articles), which carries everything besides the list.
    public let isFirstPage: Bool
    public let outletCounts: [CountedLink]
    public let hasOutletCounts: Bool
    /// `count` = shared paragraphs, `secondary` = shared articles.
    public let coMentions: [CountedLink]
    public let hasCoMentions: Bool
    public let ambiguousOnly: [CountedLink]
    public let hasAmbiguousOnly: Bool
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
    /// The actor's events of the timeline (first page only).
    public var timeline: TimelineSection? {
        didSet { updateContents() }
    }
    /// In-page links to the sections of page 1 (a long page can be scanned); empty on later pages.
    public private(set) var contents: [ContentsLink] = []
    /// Stored, because templates read stored properties only.
    public private(set) var hasContents = false

    public init(
        name: String, profileHTML: String?, articles: [SnippetGroup], mentionTotal: String?, pager: PagerView?,
        isFirstPage: Bool, outletCounts: [CountedLink], coMentions: [CountedLink],
        ambiguousOnly: [CountedLink], notes: [NoteView], backlinks: [BacklinkView], labels: UIStrings = .arabic
    ) {
        self.nameHTML = HTMLText.isolatingLatin(name)
        self.profileHTML = profileHTML
        self.snippetGroups = articles
        self.hasMentions = !articles.isEmpty
        self.mentionTotal = mentionTotal
        self.pager = pager
        self.isFirstPage = isFirstPage
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
            (true, strings.articlesMentioning, "mentions-title"),
            (timeline?.hasEntries == true, UIStrings.arabic.eventsTitle, "timeline-section-title"),
            (hasNotes, strings.notesAbout, "notes-title"),
            (hasOutletCounts, strings.mentionsPerOutlet, "per-outlet-title"),
            (hasCoMentions, strings.mentionedWith, "co-title"),
            (hasAmbiguousOnly, strings.ambiguousOnly, "ambiguous-title"),
            (hasBacklinks, strings.backlinks, "backlinks-title"),
        ])
        hasContents = contents.count >= ContentsLink.minimumCount
    }
}
