/// An index page of actors, topics or outlets: names with their weight, in the analyzer's order.
public struct ListingPage: PageContent {
    public static let template = TemplateName.listing

    public let titleHTML: String
    public let intro: String
    /// The names, each with its count phrased as its `detail` («إشارتان», «10 مرات»).
    public let items: [CountedLink]
    public let labels: UIStrings
    /// An inline SVG chart above the list (the co-mention network on the actors index).
    public var chartSVG: String?
    /// The chart's visible heading.
    public var chartTitle: String?
    /// The line telling phone readers that the chart scrolls sideways.
    public var chartHint: String?

    public init(title: String, intro: String, items: [CountedLink], labels: UIStrings = .arabic) {
        self.titleHTML = HTMLText.isolatingLatin(title)
        self.intro = intro
        self.items = items
        self.labels = labels
    }
}
