import DossierModel
import DossierRenderer

extension SiteRenderer {
    /// The actor, topic, outlet, index and notes pages; nil for other routes.
    func prepareCommentaryPage(_ route: Route, context: PageContext) throws -> PreparedPage? {
        let analysis = context.analysis
        let strings = context.strings
        switch route {
        case .actor(let id), .actorMentions(let id, _):
            guard let actor = analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
            var number = 1
            if case .actorMentions(_, let page) = route { number = page }
            let (page, diagnostics) = ActorPageBuilder.page(for: actor, number: number, context: context)
            let title = number == 1 ? actor.actor.name : "\(actor.actor.name) (\(strings.commentary.page) \(number))"
            return prepare(page, title: title, description: nil, context: context, diagnostics: diagnostics)
        case .topic(let id):
            guard let topic = analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
            let (page, diagnostics) = TopicPageBuilder.page(for: topic, context: context)
            return prepare(page, title: topic.topic.title, description: nil, context: context, diagnostics: diagnostics)
        case .outlet(let id):
            guard let outlet = analysis.outlet(id) else { throw SiteError("no outlet \(id) for a planned page") }
            let (page, diagnostics) = OutletPageBuilder.page(for: outlet, context: context)
            return prepare(
                page, title: outlet.outlet.name, description: nil, context: context, diagnostics: diagnostics)
        case .notes:
            let (page, diagnostics) = NotesPageBuilder.page(context: context)
            return prepare(page, title: strings.notes, description: nil, context: context, diagnostics: diagnostics)
        case .actorIndex:
            return prepare(
                ListingPageBuilder.actors(context: context), title: strings.actors, description: nil, context: context)
        case .topicIndex:
            return prepare(
                ListingPageBuilder.topics(context: context), title: strings.topics, description: nil, context: context)
        case .outletIndex:
            return prepare(
                ListingPageBuilder.outlets(context: context), title: strings.outlets, description: nil, context: context
            )
        default:
            return nil
        }
    }
}
