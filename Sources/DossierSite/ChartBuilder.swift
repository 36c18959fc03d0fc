import DossierModel
import DossierRenderer

/// Fills the SVG charts from the analysis: mentions per actor per outlet, and the network of
/// actors mentioned in the same article.
public enum ChartBuilder {
    /// Actors shown in the bar chart (the most mentioned).
    static let barActors = 10
    /// Actors shown in the network (the most mentioned).
    static let networkActors = 16
    /// Edges drawn per node shown, at most (the strongest).
    static let edgesPerNode = 2

    /// Mentions of the most mentioned actors in each outlet's articles; nil without mentions.
    public static func mentionsPerOutlet(context: PageContext) -> String? {
        mentionsPerOutletData(context: context).map(Charts.groupedBars)
    }

    /// What `mentionsPerOutlet(context:)` draws: the comparison page's inputs hold this rather
    /// than the drawing, which took longer than the rest of them.
    static func mentionsPerOutletData(context: PageContext) -> BarChartData? {
        let analysis = context.index.analysis
        var outletNames: [String: String] = [:]
        var outletOrder: [String] = []
        for article in context.index.dossier.articles {
            guard let id = article.outlet, outletNames[id] == nil else { continue }
            outletNames[id] = context.index.outletName(of: article, strings: context.strings)
            outletOrder.append(id)
        }
        let ranked = analysis.outletOrder.filter { outletNames[$0] != nil }
        let series = ranked + outletOrder.filter { !ranked.contains($0) }.sorted()
        // Articles with no known outlet count under one "unknown" series: left out, they hid
        // the articles with the most mentions.
        let unknown = context.index.dossier.articles.filter { $0.outlet == nil }
        let unknownIDs = Set(unknown.map(\.id))
        let groups = analysis.actorOrder.compactMap(analysis.actor).filter { !$0.mentions.isEmpty }.prefix(barActors)
            .map { actor in
                let counts = Dictionary(actor.outletCounts.map { ($0.id, $0.count) }, uniquingKeysWith: +)
                // By article, not by mention: an actor named in every article has thousands.
                let unknownCount = actor.articleCounts.reduce(0) { unknownIDs.contains($1.id) ? $0 + $1.count : $0 }
                return BarChartData.Group(
                    label: actor.actor.name, url: context.href(to: .actor(actor.id)),
                    values: series.map { Double(counts[$0] ?? 0) } + (unknown.isEmpty ? [] : [Double(unknownCount)]))
            }
        let names =
            series.map { outletNames[$0] ?? $0 }
            + unknown.prefix(1).map { context.index.outletName(of: $0, strings: context.strings) }
        guard !groups.isEmpty, !names.isEmpty else { return nil }
        let strings = UIStrings.arabic
        return BarChartData(
            id: "mentions-chart", title: strings.mentionsChartTitle, description: strings.mentionsChartDescription,
            series: names, groups: Array(groups))
    }

    /// The co-mention network of the most mentioned actors; nil with fewer than two.
    public static func network(context: PageContext) -> String? {
        let analysis = context.index.analysis
        let actors = analysis.actorOrder.compactMap(analysis.actor).filter { !$0.mentions.isEmpty }.prefix(
            networkActors)
        guard actors.count > 1 else { return nil }
        let shown = Set(actors.map(\.id))
        let nodes = actors.map { actor in
            NetworkChartData.Node(
                key: actor.id, label: actor.actor.name, weight: Double(actor.mentions.count),
                url: context.href(to: .actor(actor.id)))
        }
        // The strongest pairs only: in a one-story dossier nearly every pair shares a
        // paragraph somewhere, and a complete graph shows nothing.
        let edges = actors.flatMap { actor in
            actor.coMentions.filter { shown.contains($0.actor) && actor.id < $0.actor && $0.paragraphs > 0 }
                .map { NetworkChartData.Edge(source: actor.id, target: $0.actor, count: $0.paragraphs) }
        }.sorted { ($1.count, $0.source, $0.target) < ($0.count, $1.source, $1.target) }
            .prefix(edgesPerNode * actors.count)
        let strings = UIStrings.arabic
        return Charts.network(
            NetworkChartData(
                id: "network-chart", title: strings.networkChartTitle, description: strings.networkChartDescription,
                nodes: nodes, edges: Array(edges)))
    }
}
