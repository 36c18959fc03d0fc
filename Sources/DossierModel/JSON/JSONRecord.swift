/// The keys of a kind of object written many times (a mention, a topic hit), sorted once: a
/// `JSONWriter` writes such an object's values in the keys' UTF-8 byte order without making a
/// dictionary of them and sorting its keys for every object, as `JSONValue.object` needs.
@usableFromInline package struct JSONRecordKeys: Sendable {
    /// The keys in UTF-8 byte order, the order they are written in.
    @usableFromInline let sorted: [String]
    /// For each key of `sorted`, the position of its value in the declared order.
    @usableFromInline let valueIndex: [Int]
    /// The keys as declared: a record's values come in this order.
    package let declared: [String]

    /// Keys in any order; a record gives its values in the same order. The keys must differ.
    package init(_ keys: [String]) {
        precondition(Set(keys).count == keys.count, "a record's keys must differ: \(keys)")
        declared = keys
        valueIndex = keys.indices.sorted { JSONWriter.precedesInUTF8(keys[$0], keys[$1]) }
        sorted = valueIndex.map { keys[$0] }
    }
}

/// One object of a kind whose keys are `JSONRecordKeys`: its values in the keys' declared order.
@usableFromInline package struct JSONRecord: Sendable {
    /// The record's keys.
    @usableFromInline let keys: JSONRecordKeys
    /// The values, one for each key, in the keys' declared order.
    @usableFromInline let values: [JSONValue]

    /// A record of `values` for `keys`, one value for each key, in the keys' declared order.
    package init(_ keys: JSONRecordKeys, _ values: [JSONValue]) {
        precondition(values.count == keys.declared.count, "a record has one value for each of its keys")
        self.keys = keys
        self.values = values
    }

    /// The same object as a tree value.
    package var object: JSONValue { .object(Dictionary(uniqueKeysWithValues: zip(keys.declared, values))) }
}
