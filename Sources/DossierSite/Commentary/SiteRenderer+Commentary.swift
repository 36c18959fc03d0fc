import DossierModel
import DossierRenderer

/// The actor, topic, outlet, notes and index pages.
extension SiteRenderer {
    /// Page `number` (1-based) of an actor's page.
    func prepareActorPage(_ id: String, number: Int, context: PageContext) throws -> PreparedPage {
        guard let actor = context.analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
        let (page, diagnostics) = ActorPageBuilder.page(for: actor, number: number, context: context)
        let title = number == 1 ? actor.actor.name : "\(actor.actor.name) (\(strings.commentary.page) \(number))"
        return prepare(page, title: title, description: nil, context: context, diagnostics: diagnostics)
    }

    /// A topic's page.
    func prepareTopicPage(_ id: String, context: PageContext) throws -> PreparedPage {
        guard let topic = context.analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
        let (page, diagnostics) = TopicPageBuilder.page(for: topic, context: context)
        return prepare(page, title: topic.topic.title, description: nil, context: context, diagnostics: diagnostics)
    }

    /// An outlet's page.
    func prepareOutletPage(_ id: String, context: PageContext) throws -> PreparedPage {
        guard let outlet = context.analysis.outlet(id) else { throw SiteError("no outlet \(id) for a planned page") }
        let (page, diagnostics) = OutletPageBuilder.page(for: outlet, context: context)
        return prepare(page, title: outlet.outlet.name, description: nil, context: context, diagnostics: diagnostics)
    }

    /// The page of all notes, grouped by article.
    func prepareNotesPage(context: PageContext) -> PreparedPage {
        let (page, diagnostics) = NotesPageBuilder.page(context: context)
        return prepare(page, title: strings.notes, description: nil, context: context, diagnostics: diagnostics)
    }

    /// The list of actors.
    func prepareActorIndex(context: PageContext) -> PreparedPage {
        prepare(ListingPageBuilder.actors(context: context), title: strings.actors, description: nil, context: context)
    }

    /// The list of topics.
    func prepareTopicIndex(context: PageContext) -> PreparedPage {
        prepare(ListingPageBuilder.topics(context: context), title: strings.topics, description: nil, context: context)
    }

    /// The list of outlets.
    func prepareOutletIndex(context: PageContext) -> PreparedPage {
        prepare(
            ListingPageBuilder.outlets(context: context), title: strings.outlets, description: nil, context: context)
    }
}
