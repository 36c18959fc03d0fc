import DossierModel
import DossierRenderer

/// The actor, topic, outlet, notes and index pages.
extension SiteRenderer {
    /// Page `number` (nil: the landing page) of an actor's page.
    func prepareActorPage(_ id: String, number: Int?, context: PageContext) throws -> PreparedPage {
        guard let actor = context.analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
        let page = number ?? SiteLists.actor(id, context.index.listings).landingPage
        let (model, diagnostics) = ActorPageBuilder.page(for: actor, number: page, context: context)
        return prepare(
            model, title: numbered(actor.actor.name, page, number),
            description: ArticlePageBuilder.description(of: actor.actor.profile), context: context,
            diagnostics: diagnostics)
    }

    /// Page `number` (nil: the landing page) of a topic's page.
    func prepareTopicPage(_ id: String, number: Int?, context: PageContext) throws -> PreparedPage {
        guard let topic = context.analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
        let page = number ?? SiteLists.topic(id, context.index.listings).landingPage
        let (model, diagnostics) = TopicPageBuilder.page(for: topic, number: page, context: context)
        return prepare(
            model, title: numbered(topic.topic.title, page, number),
            description: ArticlePageBuilder.description(of: topic.topic.essay), context: context,
            diagnostics: diagnostics)
    }

    /// Page `number` (nil: the landing page) of an outlet's page.
    func prepareOutletPage(_ id: String, number: Int?, context: PageContext) throws -> PreparedPage {
        guard let outlet = context.analysis.outlet(id) else { throw SiteError("no outlet \(id) for a planned page") }
        let page = number ?? SiteLists.outlet(outlet, context.index.listings).landingPage
        let (model, diagnostics) = OutletPageBuilder.page(for: outlet, number: page, context: context)
        return prepare(
            model, title: numbered(outlet.outlet.name, page, number),
            description: ArticlePageBuilder.description(of: outlet.outlet.about), context: context,
            diagnostics: diagnostics)
    }

    /// The list of actors.
    func prepareActorIndex(context: PageContext) -> PreparedPage {
        prepare(
            ListingPageBuilder.actors(context: context), title: strings.actors,
            description: strings.commentary.actorsIntro, context: context)
    }

    /// The list of topics.
    func prepareTopicIndex(context: PageContext) -> PreparedPage {
        prepare(
            ListingPageBuilder.topics(context: context), title: strings.topics,
            description: strings.commentary.topicsIntro, context: context)
    }

    /// The list of outlets.
    func prepareOutletIndex(context: PageContext) -> PreparedPage {
        prepare(
            ListingPageBuilder.outlets(context: context), title: strings.outlets,
            description: strings.commentary.outletsIntro, context: context)
    }
}
