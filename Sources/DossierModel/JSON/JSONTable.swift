/// The columns of a table of records of one kind (a mention, a topic hit), written once for the
/// whole table rather than as keys in every object: a list of objects spent more bytes on its
/// keys than on its values.
///
/// A table is written as `{"columns": [names], "data": [[values], ...]}`, pandas' "split"
/// orientation without an index (`pandas.DataFrame(**table)` reads it).
@usableFromInline package struct JSONColumns: Sendable {
    /// The column names, in the order each row gives its values.
    @usableFromInline package let names: [String]

    /// Columns named `names`; the names must differ.
    package init(_ names: [String]) {
        precondition(Set(names).count == names.count, "a table's columns must differ: \(names)")
        self.names = names
    }
}

/// One row of a table: its values in the order of its `JSONColumns`.
@usableFromInline package struct JSONRow: Sendable {
    /// The row's values, one for each column.
    @usableFromInline let values: [JSONValue]

    /// A row of `values`, one for each of `columns`, in their order.
    package init(_ columns: JSONColumns, _ values: [JSONValue]) {
        precondition(values.count == columns.names.count, "a row has one value for each column")
        self.values = values
    }
}

extension JSONValue {
    /// The table of `rows` under `columns` as a tree value: the object `JSONWriter.writeTable`
    /// writes.
    package static func table(_ columns: JSONColumns, _ rows: [JSONRow]) -> JSONValue {
        .object(["columns": .strings(columns.names), "data": .array(rows.map { .array($0.values) })])
    }
}
