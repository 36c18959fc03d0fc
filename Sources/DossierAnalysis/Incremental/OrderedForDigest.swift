/// Collections whose `encode(to:)` order differs between processes; the digest writes them sorted.
package protocol OrderedForDigest {
    /// Writes the elements as entries at `depth`, in an order that depends only on their values.
    func writeSorted(into sink: DigestEncoder, depth: Int) throws
}

extension Dictionary: OrderedForDigest where Key: Comparable, Value: Encodable {
    package func writeSorted(into sink: DigestEncoder, depth: Int) throws {
        for key in keys.sorted() {
            guard let value = self[key] else { continue }
            try sink.write(value, depth: depth, key: String(describing: key))
        }
    }
}

extension Set: OrderedForDigest where Element: Comparable & Encodable {
    package func writeSorted(into sink: DigestEncoder, depth: Int) throws {
        for element in sorted() { try sink.write(element, depth: depth) }
    }
}
