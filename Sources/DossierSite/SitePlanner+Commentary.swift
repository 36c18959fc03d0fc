import DossierModel

extension SitePlanner {
    /// Mentions in context shown per actor page; more spill onto `actors/<id>/page/<n>/` (docs/architecture.md §3).
    public static let mentionsPerPage = 50

    /// The commentary pages of an analyzed dossier: actor, topic and outlet pages and their
    /// indexes, the notes page, and the two data files.
    static func commentaryFiles(_ analysis: AnalyzedDossier) -> [PlannedFile] {
        var files: [PlannedFile] = [
            .page(.actorIndex), .page(.topicIndex), .page(.outletIndex), .page(.notes),
            PlannedFile(path: SiteRoutes.path(of: .dossierData), content: .data(.dossierData)),
            PlannedFile(path: SiteRoutes.path(of: .annotations), content: .data(.annotations)),
        ]
        for actor in analysis.actors {
            files.append(.page(.actor(actor.id)))
            for page in stride(from: 2, through: mentionPageCount(actor.mentions.count), by: 1) {
                files.append(.page(.actorMentions(actor.id, page: page)))
            }
        }
        files += analysis.topics.map { .page(.topic($0.id)) }
        files += analysis.outlets.map { .page(.outlet($0.id)) }
        return files
    }

    /// How many pages `count` mentions take (at least one).
    public static func mentionPageCount(_ count: Int) -> Int {
        max(1, (count + mentionsPerPage - 1) / mentionsPerPage)
    }
}
