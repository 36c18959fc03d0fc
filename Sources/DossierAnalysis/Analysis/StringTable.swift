import ArabicText

/// Interns strings as consecutive ids, in order of first appearance: the comparison's stems,
/// the statistics' actor, topic and outlet ids. Counting by id in arrays rather than in
/// dictionaries keyed by strings hashes each string once.
///
/// Strings are told apart by their bytes (`ByteStringSet`, whose indices are the ids), as
/// `String` would tell them apart for these: ids are ASCII (`[a-z0-9_-]`) and stems are token
/// texts, in NFC; `String`'s hashing normalised every scalar of a stem again.
package struct StringTable {
    private var ids = ByteStringSet()
    /// The interned strings, by id.
    package private(set) var strings: [String] = []

    /// An empty table.
    package init() {}

    /// The id of `string`, interned.
    package mutating func id(of string: String) -> Int {
        let (id, inserted) = ids.insert(string)
        if inserted { strings.append(string) }
        return id
    }

    /// The ids of `strings`, interned in order (a repeated string keeps its first id).
    package mutating func ids(of strings: [String]) -> [Int] {
        strings.map { id(of: $0) }
    }
}
