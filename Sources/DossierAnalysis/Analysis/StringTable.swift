/// Interns strings as consecutive ids, in order of first appearance: the statistics' actor,
/// topic and outlet ids. Counting by id in arrays rather than in dictionaries keyed by strings
/// hashes each string once.
package struct StringTable {
    private var ids: [String: Int] = [:]
    /// The interned strings, by id.
    package private(set) var strings: [String] = []

    /// An empty table.
    package init() {}

    /// The id of `string`, interned.
    package mutating func id(of string: String) -> Int {
        if let id = ids[string] { return id }
        ids[string] = strings.count
        strings.append(string)
        return strings.count - 1
    }

    /// The ids of `strings`, interned in order (a repeated string keeps its first id).
    package mutating func ids(of strings: [String]) -> [Int] {
        strings.map { id(of: $0) }
    }
}
