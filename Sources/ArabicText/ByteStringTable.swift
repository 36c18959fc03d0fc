/// A table keyed by byte strings (`ByteStringSet`): a value for each key, by the key's index.
/// The gazetteer's aliases and the topics' terms are found through one, by their first token.
public struct ByteStringTable<Value> {
    /// The keys, whose indices are those of their values.
    @usableFromInline var keys = ByteStringSet()
    /// The values, by index.
    @usableFromInline var storedValues: [Value] = []

    /// The values, in the order of their keys' indices.
    public var values: [Value] { storedValues }

    /// An empty table.
    public init() {}

    /// The value of `key` (its UTF-8 bytes), or nil when it is not in the table.
    @inlinable public subscript(key: String) -> Value? {
        keys.index(of: key).map { storedValues[$0] }
    }

    /// Changes the value of `key` with `change`, starting from `initial()` when `key` is new.
    @inlinable public mutating func modify(_ key: String, default initial: () -> Value, _ change: (inout Value) -> Void)
    {
        let (index, inserted) = keys.insert(key)
        if inserted { storedValues.append(initial()) }
        change(&storedValues[index])
    }

    /// Changes every value with `change`.
    @inlinable public mutating func modifyEach(_ change: (inout Value) -> Void) {
        for index in storedValues.indices { change(&storedValues[index]) }
    }
}

extension ByteStringTable: Sendable where Value: Sendable {}
