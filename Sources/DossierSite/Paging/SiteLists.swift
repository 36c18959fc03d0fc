import DossierAnalysis

/// The site's paged lists and their page sizes, in one place for the planner and the builders.
public enum SiteLists {
    /// Articles a page of the article list shows (on average: lists of articles are cut where
    /// their articles say, `Paging`).
    public static let articlesPerPage = 50
    /// Articles the home page shows before linking to the full list.
    public static let homeArticles = 20
    /// Notes a page of the notes list shows (on average: the list is cut where its notes' ids
    /// say, `Paging`, so a page holds at most about twice as many). Counted in notes, not
    /// articles: an article may have thousands, and a page of 20 articles of a hundred notes
    /// each was already over a megabyte.
    public static let notesPerPage = 50
    /// The most a page of the notes list's cards weigh (`NoteCardWeight`), unless one card
    /// alone weighs more (a `note-too-long` warning): fifty notes of 10,000 characters made a
    /// page of 1 MB, ninety-nine of them 2 MB. The page around the cards (its head, menus,
    /// pager, the articles' headings) stays under 100 kB, so no page of cards goes over 1 MB;
    /// fifty notes of a few hundred characters weigh about 150 kB and are cut as before.
    public static let noteBytesPerPage = 900_000
    /// Entries a page of a timeline year shows.
    public static let timelineEntriesPerPage = 100
    /// Claims a page of the comparison shows (its table has a column per outlet of those claims).
    public static let claimsPerPage = 20
    /// Articles a page of an actor or topic shows, each with a few mentions in context.
    public static let entityArticlesPerPage = 20
    /// Articles a page of an outlet shows.
    public static let outletArticlesPerPage = 50

    /// Every article, newest first.
    public static func articles(_ listings: SiteListings) -> PagedList { listings.articleList }

    /// The notes, grouped by article, newest article first (`SiteListings.notes`).
    public static func notes(_ listings: SiteListings) -> PagedList { listings.noteList }

    /// The entries of one timeline year, oldest first.
    public static func timelineYear(_ year: Int, _ listings: SiteListings) -> PagedList {
        PagedList(
            landing: .timelineYear(year), itemCount: listings.timelineYears[year]?.count ?? 0,
            size: timelineEntriesPerPage, order: .oldestFirst)
    }

    /// The comparison's claims, in the comparison's order.
    public static func comparison(_ analysis: AnalyzedDossier) -> PagedList {
        PagedList(
            landing: .comparison, itemCount: analysis.comparison.claims.count, size: claimsPerPage,
            order: .oldestFirst)
    }

    /// The articles mentioning an actor, newest first.
    public static func actor(_ id: String, _ listings: SiteListings) -> PagedList {
        listings.actorLists[id] ?? actorList(id, keys: [])
    }

    /// The articles touching a topic, newest first.
    public static func topic(_ id: String, _ listings: SiteListings) -> PagedList {
        listings.topicLists[id] ?? topicList(id, keys: [])
    }

    /// An outlet's articles, newest first (`OutletAnalysis.articles`).
    public static func outlet(_ outlet: OutletAnalysis, _ listings: SiteListings) -> PagedList {
        listings.outletLists[outlet.id] ?? outletList(outlet.id, keys: outlet.articles.reversed())
    }

    /// The list of every article, whose ids (oldest first) are `keys`; made once a build, by
    /// `SiteListings`, as are the other lists cut where their keys say.
    static func articleList(keys: [String]) -> PagedList {
        PagedList(landing: .articleIndex, keys: keys, size: articlesPerPage, order: .newestFirst)
    }

    /// The list of the notes, `keys` their ids in the order of `SiteListings.notes` and
    /// `weights` the bytes of their cards (`NoteCardWeight`), cut before a page's cards would
    /// weigh more than `noteBytesPerPage`.
    static func noteList(keys: [String], weights: [Int]? = nil) -> PagedList {
        PagedList(
            landing: .notes, keys: keys, size: notesPerPage, order: .newestFirst, weights: weights,
            budget: noteBytesPerPage)
    }

    /// The list of the articles mentioning actor `id`, `keys` oldest first.
    static func actorList(_ id: String, keys: [String]) -> PagedList {
        PagedList(landing: .actor(id), keys: keys, size: entityArticlesPerPage, order: .newestFirst)
    }

    /// The list of the articles touching topic `id`, `keys` oldest first.
    static func topicList(_ id: String, keys: [String]) -> PagedList {
        PagedList(landing: .topic(id), keys: keys, size: entityArticlesPerPage, order: .newestFirst)
    }

    /// The list of outlet `id`'s articles, `keys` oldest first.
    static func outletList(_ id: String, keys: [String]) -> PagedList {
        PagedList(landing: .outlet(id), keys: keys, size: outletArticlesPerPage, order: .newestFirst)
    }
}
