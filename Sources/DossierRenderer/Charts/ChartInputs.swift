/// Inputs of the SVG charts: plain values, so any stage (analyzer, planner) can fill them.

/// A grouped horizontal bar chart: one group per row label (an actor), one bar per series
/// (an outlet).
public struct BarChartData: Sendable, Hashable, Encodable {
    /// One row of bars.
    public struct Group: Sendable, Hashable, Encodable {
        /// The row label (an actor's name).
        public let label: String
        /// Relative URL the label links to, if any.
        public let url: String?
        /// One value per series, in `series` order; missing values count as 0.
        public let values: [Double]

        /// Creates a group.
        public init(label: String, url: String? = nil, values: [Double]) {
            self.label = label
            self.url = url
            self.values = values
        }
    }

    /// Unique prefix for the element ids of this chart on its page.
    public let id: String
    /// Short title, read first by screen readers.
    public let title: String
    /// One-sentence summary of what the chart shows.
    public let description: String
    /// Series names (outlets), shown in the legend.
    public let series: [String]
    /// Rows, drawn top to bottom in the given order.
    public let groups: [Group]

    /// Creates bar chart data.
    public init(id: String, title: String, description: String, series: [String], groups: [Group]) {
        self.id = id
        self.title = title
        self.description = description
        self.series = series
        self.groups = groups
    }
}

/// A network of actors mentioned together.
public struct NetworkChartData: Sendable, Hashable {
    /// An actor.
    public struct Node: Sendable, Hashable {
        /// Stable key used by edges (an actor id).
        public let key: String
        /// Displayed name.
        public let label: String
        /// Size weight (e.g. number of mentions); decides the order around the circle.
        public let weight: Double
        /// Relative URL of the actor's page, if any.
        public let url: String?

        /// Creates a node.
        public init(key: String, label: String, weight: Double, url: String? = nil) {
            self.key = key
            self.label = label
            self.weight = weight
            self.url = url
        }
    }

    /// Two actors mentioned together `count` times (undirected).
    public struct Edge: Sendable, Hashable {
        /// Key of one node.
        public let source: String
        /// Key of the other node.
        public let target: String
        /// Co-mention count; decides the stroke width.
        public let count: Int

        /// Creates an edge.
        public init(source: String, target: String, count: Int) {
            self.source = source
            self.target = target
            self.count = count
        }
    }

    /// Unique prefix for the element ids of this chart on its page.
    public let id: String
    /// Short title.
    public let title: String
    /// One-sentence summary.
    public let description: String
    public let nodes: [Node]
    public let edges: [Edge]

    /// Creates network data.
    public init(id: String, title: String, description: String, nodes: [Node], edges: [Edge]) {
        self.id = id
        self.title = title
        self.description = description
        self.nodes = nodes
        self.edges = edges
    }
}

/// Counts of events per year.
public struct TimelineChartData: Sendable, Hashable {
    /// One year's count.
    public struct Year: Sendable, Hashable {
        public let year: Int
        public let count: Int
        /// Relative URL for the year (e.g. `timeline/index.html#y-2022`), if any.
        public let url: String?

        /// Creates a year entry.
        public init(year: Int, count: Int, url: String? = nil) {
            self.year = year
            self.count = count
            self.url = url
        }
    }

    /// Unique prefix for the element ids of this chart on its page.
    public let id: String
    /// Short title.
    public let title: String
    /// One-sentence summary.
    public let description: String
    /// Years with events; missing years between the first and last are drawn as 0.
    public let years: [Year]

    /// Creates timeline data.
    public init(id: String, title: String, description: String, years: [Year]) {
        self.id = id
        self.title = title
        self.description = description
        self.years = years
    }
}
