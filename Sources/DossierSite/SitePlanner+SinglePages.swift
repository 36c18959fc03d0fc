import DossierAnalysis
import DossierModel

extension SitePlanner {
    /// The pages a site has one of, or one list of, besides the commentary: the article list,
    /// the timeline and its years, search, the comparison (with two articles or more) and 404.
    static func singlePages(analysis: AnalyzedDossier, listings: SiteListings) -> [PlannedFile] {
        var routes: [Route] = [.timeline, .search, .notFound]
        routes += SiteLists.articles(listings).routes
        for year in listings.timelineYears.keys.sorted() {
            routes += SiteLists.timelineYear(year, listings).routes
        }
        if analysis.dossier.articles.count > 1 { routes += SiteLists.comparison(analysis).routes }
        return routes.map(PlannedFile.page)
    }
}
