/// Reads a table of an article's data file (`{"columns": [...], "data": [[...], ...]}`) back as
/// one object a row, as a consumer of the data would, with the article's id added to each as
/// `article`; nil when `table` is not of that shape or a row's length differs from the columns'.
func tableRows(_ table: Any?, article: String) -> [[String: Any]]? {
    guard let table = table as? [String: Any], table.count == 2,
        let columns = table["columns"] as? [String], let data = table["data"] as? [[Any]]
    else { return nil }
    var rows: [[String: Any]] = []
    for values in data {
        guard values.count == columns.count else { return nil }
        var row = Dictionary(uniqueKeysWithValues: zip(columns, values))
        row["article"] = article
        rows.append(row)
    }
    return rows
}
