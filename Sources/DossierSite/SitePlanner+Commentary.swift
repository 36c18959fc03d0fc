import DossierAnalysis
import DossierModel

extension SitePlanner {
    /// The commentary pages of an analyzed dossier: actor, topic and outlet pages (paged) and
    /// their indexes, the notes pages, and the two data files.
    static func commentaryFiles(_ analysis: AnalyzedDossier, listings: SiteListings) -> [PlannedFile] {
        var routes: [Route] = SiteLists.notes(listings).routes + [.actorIndex, .topicIndex, .outletIndex]
        for actor in analysis.actors { routes += SiteLists.actor(actor.id, listings).routes }
        for topic in analysis.topics { routes += SiteLists.topic(topic.id, listings).routes }
        for outlet in analysis.outlets { routes += SiteLists.outlet(outlet, listings).routes }
        return routes.map(PlannedFile.page) + [
            PlannedFile(path: SiteRoutes.path(of: .dossierData), content: .data(.dossierData)),
            PlannedFile(path: SiteRoutes.path(of: .annotations), content: .data(.annotations)),
        ]
    }
}
