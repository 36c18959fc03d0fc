import DossierModel
import DossierRenderer

/// What a page builder knows while building one page: where the page is, what else the
/// site has, and how to link there.
///
/// A class, though nothing in it changes: a page's builders pass it to every part they make,
/// and a copy of a structure holding the site's index retained each of the index's tables, on
/// both cores at once.
public final class PageContext: Sendable {
    /// The page being built.
    public let route: Route
    public let plan: SitePlan
    public let index: SiteIndex
    public let strings: UIStrings
    /// The site-root path of this page, computed once: every link on the page starts from it.
    public let path: String

    public init(route: Route, plan: SitePlan, index: SiteIndex, strings: UIStrings = .arabic) {
        self.route = route
        self.plan = plan
        self.index = index
        self.strings = strings
        path = SiteRoutes.path(of: route)
    }

    /// The language of an article when it differs from the site's (by primary subtag), for
    /// `lang`/`dir` wherever its title or text is shown; nil when it is the page's language.
    public func foreignLanguage(ofArticle id: String) -> String? {
        index.articles[id]?.language(differingFrom: index.dossier.config.language)
    }

    /// A relative link from this page to `target`, or nil when the site does not have it.
    public func href(to target: Route, fragment: String? = nil) -> String? {
        guard plan.contains(target) else { return nil }
        return SiteRoutes.relativeURL(from: path, to: SiteRoutes.path(of: target), fragment: fragment)
    }

    /// Resolves a Markdown cross-reference against the dossier and the plan.
    public func resolve(_ reference: CrossReference) -> CrossReferenceResolution {
        let target: (Route, String?)?
        switch reference.kind {
        case .article:
            target = index.articles[reference.id].map { _ in (.article(reference.id), reference.fragment) }
        case .actor:
            target = index.actors[reference.id].map { _ in (.actor(reference.id), reference.fragment) }
        case .topic:
            target = index.topics[reference.id].map { _ in (.topic(reference.id), reference.fragment) }
        case .outlet:
            target = index.outlets[reference.id].map { _ in (.outlet(reference.id), reference.fragment) }
        case .note:
            // An unanchored note has no place on its article's page to link to (and is an error
            // at its own file already): its words stay, unlinked.
            guard index.notes[reference.id] != nil else { return .unknown }
            guard let note = analysis.note(reference.id), note.anchor != nil else { return .unlinked }
            let (route, fragment) = linkTarget(of: note)
            target = (route, fragment)
        case .page:
            target = SitePage(rawValue: reference.id).map { (Route($0), reference.fragment) }
        }
        guard let (route, fragment) = target else {
            return .unknown
        }
        return href(to: route, fragment: fragment).map(CrossReferenceResolution.link) ?? .unlinked
    }

    /// Renders editors' Markdown for this page, with its cross-references resolved from here.
    public func markdown(_ text: MarkdownText) -> RenderedMarkdown {
        markdown(text, headingLevels: .shifted(by: 1))
    }

    /// Renders editors' Markdown for this page, with its headings levelled by `headingLevels`.
    public func markdown(_ text: MarkdownText, headingLevels: MarkdownRenderer.HeadingLevels) -> RenderedMarkdown {
        MarkdownRenderer(headingLevels: headingLevels).render(text, resolve: resolve)
    }

    /// The base layout of this page: `<title>`, description, navigation.
    public func layout(title: String?, description: String?) -> PageLayout {
        let siteTitle = index.dossier.config.title
        let pageTitle = title.map { $0 + strings.titleSeparator + siteTitle } ?? siteTitle
        let layout = PageLayout(
            language: index.dossier.config.language, pageTitle: pageTitle,
            description: description ?? index.dossier.config.description,
            stylesheetHref: SiteRoutes.relativeURL(from: path, to: SiteRoutes.path(of: SiteRoutes.stylesheet)),
            homeHref: SiteRoutes.relativeURL(from: path, to: SiteRoutes.path(of: .home)),
            siteTitle: siteTitle, navigation: navigation(), labels: strings)
        return decorated(layout, title: title, description: description)
    }

    /// The navigation entries whose pages exist, in a fixed order.
    private func navigation() -> [NavigationItem] {
        let entries: [(String, Route, String?)] = [
            (strings.home, .home, nil),
            (strings.articles, .articleIndex, nil),
            (strings.actors, .actorIndex, nil),
            (strings.topics, .topicIndex, nil),
            (strings.outlets, .outletIndex, nil),
            (strings.timeline, .timeline, nil),
            (UIStrings.arabic.comparisonTitle, .comparison, nil),
            (strings.notes, .notes, nil),
            (strings.search, .search, nil),
        ]
        // A later page of a list, or a year of the timeline, is under its list's entry.
        let current: Route = if case .timelineYear = route.landing { .timeline } else { route.landing }
        // An article's, actor's, topic's or outlet's page is one of its list's.
        let section: Route? =
            switch current {
            case .article: .articleIndex
            case .actor: .actorIndex
            case .topic: .topicIndex
            case .outlet: .outletIndex
            default: nil
            }
        return entries.compactMap { label, target, fragment in
            href(to: target, fragment: fragment).map {
                NavigationItem(
                    label: label, href: $0, isCurrent: target == current && fragment == nil,
                    isSection: target == section)
            }
        }
    }
}
