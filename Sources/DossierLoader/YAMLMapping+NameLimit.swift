import DossierModel

extension YAMLMapping {
    /// The keys that hold a name or a title, shown whole in every list, feed entry, page title
    /// and data file that names what they name: an article's `title` and `outlet_name`, an
    /// actor's or outlet's `name`, a topic's or timeline event's `title`, the dossier's `title`
    /// and `subtitle`, the overview's `title`.
    static let nameKeys: Set<String> = ["title", "subtitle", "name", "outlet_name"]

    /// The most characters a name or title may have: a headline of 80,000 words pasted as a
    /// sidecar's `title` was copied onto every page listing the article (an 880 kB title and 20
    /// actors made a 32 MB site). The longest real headlines have a few hundred.
    static let longestName = 1_000

    /// `text`, the value of `key` at `location`; nil with an error when `key` holds a name
    /// (`nameKeys`) and `text` is longer than any name (`longestName`).
    static func name(
        _ text: String, of key: String, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> String? {
        guard nameKeys.contains(key), text.count > longestName else { return text }
        diagnostics.append(
            .error(
                .nameTooLong,
                "`\(key)` has \(text.count) characters, more than a name or title may have (\(longestName)); "
                    + "it would be shown whole wherever it is listed",
                at: location,
                fix: "Shorten `\(key)` to a line; longer text belongs in the body."))
        return nil
    }
}
