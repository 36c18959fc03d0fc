import ArgumentParser
import DossierOutput

/// Whether the site gets its search index: shared by `build` and `serve`.
struct SearchOption: ParsableArguments {
    @Flag(
        name: .customLong("no-search"),
        help: "Leave the search index out: Pagefind is not run, and the search page says search is unavailable.")
    var noSearch = false

    /// The indexer the builder runs; nil with `--no-search`.
    var indexer: PagefindRunner? { noSearch ? nil : PagefindRunner() }
}
