import DossierModel
import DossierRenderer

extension SiteRenderer {
    /// The actor, topic, outlet, index and notes pages; nil for other routes.
    func renderCommentaryPage(_ route: Route, context: PageContext) throws -> (String, [Diagnostic])? {
        let analysis = context.analysis
        let strings = context.strings
        switch route {
        case .actor(let id), .actorMentions(let id, _):
            guard let actor = analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
            var number = 1
            if case .actorMentions(_, let page) = route { number = page }
            let (page, diagnostics) = ActorPageBuilder.page(for: actor, number: number, context: context)
            let title = number == 1 ? actor.actor.name : "\(actor.actor.name) (\(strings.commentary.page) \(number))"
            return (try renderer.render(page, layout: context.layout(title: title, description: nil)), diagnostics)
        case .topic(let id):
            guard let topic = analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
            let (page, diagnostics) = TopicPageBuilder.page(for: topic, context: context)
            return (
                try renderer.render(page, layout: context.layout(title: topic.topic.title, description: nil)),
                diagnostics
            )
        case .outlet(let id):
            guard let outlet = analysis.outlet(id) else { throw SiteError("no outlet \(id) for a planned page") }
            let (page, diagnostics) = OutletPageBuilder.page(for: outlet, context: context)
            return (
                try renderer.render(page, layout: context.layout(title: outlet.outlet.name, description: nil)),
                diagnostics
            )
        case .notes:
            let (page, diagnostics) = NotesPageBuilder.page(context: context)
            return (
                try renderer.render(page, layout: context.layout(title: strings.notes, description: nil)), diagnostics
            )
        case .actorIndex:
            return (
                try renderer.render(
                    ListingPageBuilder.actors(context: context),
                    layout: context.layout(title: strings.actors, description: nil)), []
            )
        case .topicIndex:
            return (
                try renderer.render(
                    ListingPageBuilder.topics(context: context),
                    layout: context.layout(title: strings.topics, description: nil)), []
            )
        case .outletIndex:
            return (
                try renderer.render(
                    ListingPageBuilder.outlets(context: context),
                    layout: context.layout(title: strings.outlets, description: nil)), []
            )
        default:
            return nil
        }
    }
}
