import DossierAnalysis
import DossierModel

/// The orders of the site's paged lists, computed once per build from the analysis: the
/// planner counts their pages and every page builder takes its slice from them (a page of a
/// list of 10,000 articles must not sort the 10,000 again).
public struct SiteListings: Sendable {
    /// Every article id, oldest first (undated first: the reverse of the newest-first lists).
    public let articles: [String]
    /// Position of each article in `articles`.
    public let articlePosition: [String: Int]
    /// The anchored notes in the notes list's order read backwards: their articles oldest
    /// first, each article's notes last to first. A newest-first page, reversed, then reads its
    /// articles newest first and each article's notes in body order, and an article's notes
    /// that go on to the next page in reading order start there where they stopped.
    public let notes: [ListedNote]
    /// Position of each note in `notes`, by note id.
    public let notePosition: [String: Int]
    /// Each anchored note's number among its article's notes (1-based, body order), by note id.
    public let noteNumbers: [String: Int]
    /// How many of each article's first notes its page shows as cards, by article id (absent:
    /// none); see `PageContext.marginCardCount(of:)`.
    let marginCards: [String: Int]
    /// The timeline's dated items of each year, in timeline order.
    public let timelineYears: [Int: [TimelineItem]]
    /// Each actor's articles, oldest first, with where their mentions are in `ActorAnalysis.mentions`.
    public let actorArticles: [String: [ArticleRun]]
    /// Each topic's articles, oldest first, with where their hits are in `TopicAnalysis.hits`.
    public let topicArticles: [String: [ArticleRun]]
    /// Each actor's timeline events, by their position in the analysis's timeline, oldest first.
    public let actorEvents: [String: [Int]]
    /// Each topic's timeline events, by their position in the analysis's timeline, oldest first.
    public let topicEvents: [String: [Int]]
    // The lists cut where their keys say (`SiteLists`), cut once here: cutting hashes every
    // key of the list, and each of a list's pages asks for it (an actor of 1,200 articles has
    // 60 pages).
    /// The list of every article (`SiteLists.articles`).
    let articleList: PagedList
    /// The list of the notes (`SiteLists.notes`).
    let noteList: PagedList
    /// Each actor's list of articles, by actor id (`SiteLists.actor`).
    let actorLists: [String: PagedList]
    /// Each topic's list of articles, by topic id (`SiteLists.topic`).
    let topicLists: [String: PagedList]
    /// Each outlet's list of articles, by outlet id (`SiteLists.outlet`).
    let outletLists: [String: PagedList]

    /// The listings of `analysis`.
    public init(analysis: AnalyzedDossier) {
        let newestFirst = Self.newestFirst(analysis.dossier.articles)
        articles = newestFirst.reversed().map(\.id)
        articlePosition = Self.positions(articles)
        notes = articles.flatMap { id in
            (analysis.article(id)?.notes ?? []).reversed().map { ListedNote(article: id, note: $0) }
        }
        notePosition = Self.positions(notes.map(\.note))
        var numbers: [String: Int] = [:]
        for article in analysis.articles {
            for (offset, id) in article.notes.enumerated() where numbers[id] == nil { numbers[id] = offset + 1 }
        }
        noteNumbers = numbers
        // What each note's card weighs, for the margin of its article's page and the notes list.
        let cardWeights = Dictionary(
            analysis.notes.map { ($0.id, NoteCardWeight.bytes(of: $0)) }, uniquingKeysWith: { first, _ in first })
        marginCards = Dictionary(
            uniqueKeysWithValues: analysis.articles.filter { !$0.notes.isEmpty }.map { article in
                (article.id, PageContext.marginCardCount(weights: article.notes.map { cardWeights[$0] ?? 0 }))
            })
        timelineYears = TimelineItem.years(analysis: analysis)
        var actorArticles: [String: [ArticleRun]] = [:]
        var topicArticles: [String: [ArticleRun]] = [:]
        let position = articlePosition
        for actor in analysis.actors {
            actorArticles[actor.id] = ArticleRun.runs(of: actor.mentions.map(\.mention.article), positions: position)
        }
        for topic in analysis.topics {
            topicArticles[topic.id] = ArticleRun.runs(of: topic.hits.map(\.article), positions: position)
        }
        self.actorArticles = actorArticles
        self.topicArticles = topicArticles
        (actorEvents, topicEvents) = Self.events(analysis.timeline)
        articleList = SiteLists.articleList(keys: articles)
        noteList = SiteLists.noteList(keys: notes.map(\.note), weights: notes.map { cardWeights[$0.note] ?? 0 })
        actorLists = Dictionary(
            uniqueKeysWithValues: actorArticles.map { ($0, SiteLists.actorList($0, keys: $1.map(\.article))) })
        topicLists = Dictionary(
            uniqueKeysWithValues: topicArticles.map { ($0, SiteLists.topicList($0, keys: $1.map(\.article))) })
        outletLists = Dictionary(
            analysis.outlets.map { ($0.id, SiteLists.outletList($0.id, keys: $0.articles.reversed())) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Newest first; undated articles last; ties by id, so the order never depends on input order.
    public static func newestFirst(_ articles: [Article]) -> [Article] {
        articles.sorted { lhs, rhs in
            switch (lhs.published, rhs.published) {
            case let (left?, right?) where left != right: return right < left
            case (.some, .none): return true
            case (.none, .some): return false
            default: return lhs.id < rhs.id
            }
        }
    }

    /// `ids` sorted oldest first (by their position in `articles`); unknown ids first.
    public func oldestFirst(_ ids: some Sequence<String>) -> [String] {
        ids.sorted { (articlePosition[$0] ?? -1, $0) < (articlePosition[$1] ?? -1, $1) }
    }

    /// The events of each actor and each topic, oldest first (ties in timeline order): one pass
    /// over the timeline, not one per actor's page.
    private static func events(_ timeline: [AnchoredEvent]) -> (actors: [String: [Int]], topics: [String: [Int]]) {
        let order = timeline.indices.sorted { (timeline[$0].event.date, $0) < (timeline[$1].event.date, $1) }
        var actors: [String: [Int]] = [:]
        var topics: [String: [Int]] = [:]
        for position in order {
            let event = timeline[position].event
            for actor in Set(event.actors) { actors[actor, default: []].append(position) }
            for topic in Set(event.topics) { topics[topic, default: []].append(position) }
        }
        return (actors, topics)
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A note of the notes list, with the article it is anchored in.
public struct ListedNote: Sendable, Hashable {
    public let article: String
    public let note: String
}

/// An article of an actor's or topic's list, and where its mentions or hits are in the
/// actor's or topic's list of them (which holds each article's together, in document order).
public struct ArticleRun: Sendable, Hashable {
    public let article: String
    public let items: Range<Int>

    /// The runs of equal ids in `articles`, sorted oldest first by `positions`. Each run's
    /// position is looked up once, not at every comparison of the sort (an actor of 10,000
    /// articles made a quarter of a million look-ups).
    static func runs(of articles: [String], positions: [String: Int]) -> [ArticleRun] {
        var runs: [(position: Int, run: ArticleRun)] = []
        var start = 0
        for index in articles.indices where index == articles.count - 1 || articles[index + 1] != articles[index] {
            runs.append(
                (positions[articles[index]] ?? -1, ArticleRun(article: articles[index], items: start..<(index + 1))))
            start = index + 1
        }
        return runs.sorted { ($0.position, $0.run.article) < ($1.position, $1.run.article) }.map(\.run)
    }
}

/// One dated entry of the timeline before it is drawn: an event of `timeline.yml` or an
/// article's publication.
public struct TimelineItem: Sendable, Hashable {
    /// What the entry stands for.
    public enum Source: Sendable, Hashable {
        /// The event at this position of `AnalyzedDossier.timeline`.
        case event(Int)
        /// The publication of this article.
        case publication(String)
    }

    public let date: PartialDate
    public let source: Source

    /// The dated items of every year, each year sorted: by date, events before publications
    /// on the same date, then by file order (events) or article id (publications).
    static func years(analysis: AnalyzedDossier) -> [Int: [TimelineItem]] {
        var items = analysis.timeline.enumerated().map { TimelineItem(date: $1.event.date, source: .event($0)) }
        for article in analysis.dossier.articles {
            if let date = article.published { items.append(TimelineItem(date: date, source: .publication(article.id))) }
        }
        return Dictionary(grouping: items.sorted(by: precedes), by: \.date.year)
    }

    private static func precedes(_ lhs: TimelineItem, _ rhs: TimelineItem) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        switch (lhs.source, rhs.source) {
        case (.event(let left), .event(let right)): return left < right
        case (.event, .publication): return true
        case (.publication, .event): return false
        case (.publication(let left), .publication(let right)): return left < right
        }
    }
}
