import Foundation

extension Charts {
    /// Layout constants of the network chart.
    private enum Network {
        static let width = 640.0
        static let height = 520.0
        static let radius = 170.0
        static let minNode = 6.0
        static let maxNode = 18.0
        static let minEdge = 1.0
        static let maxEdge = 8.0
    }

    /// Actors mentioned together: nodes on a circle, heaviest first from the top going
    /// clockwise (towards the right, where RTL reading starts); edge width grows with the count.
    public static func network(_ data: NetworkChartData) -> String {
        let nodes = data.nodes.sorted { lhs, rhs in
            if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
            if lhs.label != rhs.label { return lhs.label < rhs.label }
            return lhs.key < rhs.key
        }
        var position: [String: Int] = [:]
        for (index, node) in nodes.enumerated() where position[node.key] == nil { position[node.key] = index }
        let centerX = Network.width / 2
        let centerY = Network.height / 2
        let angles = nodes.indices.map { -Double.pi / 2 + 2 * Double.pi * Double($0) / Double(max(nodes.count, 1)) }
        func point(_ index: Int, _ radius: Double) -> (Double, Double) {
            guard nodes.count > 1 else { return (centerX, centerY) }
            return (centerX + radius * cos(angles[index]), centerY + radius * sin(angles[index]))
        }
        let maxWeight = nodes.map(\.weight).max() ?? 1
        func nodeRadius(_ weight: Double) -> Double {
            guard maxWeight > 0 else { return Network.minNode }
            return Network.minNode + (Network.maxNode - Network.minNode) * (max(weight, 0) / maxWeight).squareRoot()
        }

        var merged: [Pair: Int] = [:]
        for edge in data.edges {
            guard let a = position[edge.source], let b = position[edge.target], a != b, edge.count > 0 else { continue }
            merged[Pair(min(a, b), max(a, b)), default: 0] += edge.count
        }
        let edges = merged.sorted { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }
        let maxCount = edges.map(\.value).max() ?? 1

        var svg = SVGWriter.open(
            id: data.id, width: Network.width, height: Network.height, title: data.title, description: data.description,
            hasLinks: data.nodes.contains { $0.url != nil })
        svg += "<g class=\"edges\" stroke=\"\(ChartPalette.edge)\" stroke-linecap=\"round\">"
        for (pair, count) in edges {
            let (x1, y1) = point(pair.first, Network.radius)
            let (x2, y2) = point(pair.second, Network.radius)
            let width =
                maxCount > 1
                ? Network.minEdge + (Network.maxEdge - Network.minEdge) * Double(count - 1) / Double(maxCount - 1)
                : Network.minEdge + 0.5
            svg +=
                "<line x1=\"\(SVGWriter.number(x1))\" y1=\"\(SVGWriter.number(y1))\" x2=\"\(SVGWriter.number(x2))\" y2=\"\(SVGWriter.number(y2))\""
                + " stroke-width=\"\(SVGWriter.number(width))\">"
                + "<title>\(SVGWriter.escape(nodes[pair.first].label)) – \(SVGWriter.escape(nodes[pair.second].label)): \(count)</title></line>"
        }
        svg += "</g><g class=\"nodes\">"
        for (index, node) in nodes.enumerated() {
            let (x, y) = point(index, Network.radius)
            let r = nodeRadius(node.weight)
            let (labelX, labelY, anchor) = labelPlacement(
                index: index, count: nodes.count, x: x, y: y, r: r, angles: angles)
            var item =
                "<circle cx=\"\(SVGWriter.number(x))\" cy=\"\(SVGWriter.number(y))\" r=\"\(SVGWriter.number(r))\""
                + " fill=\"\(ChartPalette.color(0))\" stroke=\"#ffffff\" stroke-width=\"2\">"
                + "<title>\(SVGWriter.escape(node.label)): \(SVGWriter.value(node.weight))</title></circle>"
            item += SVGWriter.text(node.label, x: labelX, y: labelY, anchor: anchor)
            svg += "<g class=\"node\">" + SVGWriter.link(node.url, item) + "</g>"
        }
        return svg + "</g></svg>"
    }

    /// Where a node's label goes: outside the circle, anchored away from the centre.
    /// With `direction="rtl"`, `end` is the text's left end (text grows right), `start` its right end.
    private static func labelPlacement(
        index: Int, count: Int, x: Double, y: Double, r: Double, angles: [Double]
    ) -> (Double, Double, String) {
        guard count > 1 else { return (x, y + r + 16, "middle") }
        let cosine = cos(angles[index])
        let sine = sin(angles[index])
        let gap = r + 6
        if cosine > 0.3 { return (x + gap * cosine, y + gap * sine + 4, "end") }
        if cosine < -0.3 { return (x + gap * cosine, y + gap * sine + 4, "start") }
        return (x, sine < 0 ? y - gap : y + gap + 10, "middle")
    }

    /// An unordered pair of node positions (smaller first).
    private struct Pair: Hashable {
        let first: Int
        let second: Int
        init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }
    }
}
