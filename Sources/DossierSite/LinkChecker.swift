import DossierAnalysis
import DossierModel
import DossierOutput
import Foundation

/// Checks that every relative `href`/`src` of the site's pages resolves to a file of the site,
/// and every `#fragment` to an `id` on the target page (percent-encoded ones too).
public struct LinkChecker: Sendable {
    /// A file of the site: its path from the root and, for HTML pages, its text.
    public struct File: Sendable {
        public let path: String
        public let html: String?

        public init(path: String, html: String?) {
            self.path = path
            self.html = html
        }
    }

    /// The name shown for the built site's root in the pipeline's diagnostics (`<site>/…`).
    public static let siteRoot = "<site>"

    /// The prefix shown before page paths in diagnostics (e.g. the output folder).
    public let displayRoot: String
    /// Source files that failed to load: a link to the page or card they would have made only
    /// follows from that (`Diagnostic.followsFrom`).
    public let failed: [FailedSource]
    /// The source file each page is made from (page path → file), named in its errors.
    public let pageSources: [String: String]

    /// The editors' cross-references with a fragment, by the page path and fragment they point
    /// to (`topics/x/index.html#card-y`): a broken anchor there is theirs.
    let fragmentLinks: [String: [FragmentLink]]

    public init(
        displayRoot: String = "", failed: [FailedSource] = [], pageSources: [String: String] = [:],
        fragmentLinks: [FragmentLink] = []
    ) {
        self.displayRoot = displayRoot
        self.failed = failed
        self.pageSources = pageSources
        var byTarget: [String: [FragmentLink]] = [:]
        for link in fragmentLinks {
            if let key = Self.key(of: link) { byTarget[key, default: []].append(link) }
        }
        self.fragmentLinks = byTarget
    }

    /// Checks rendered files (generated pages are parsed, copied files only need to exist).
    public func check(_ files: [RenderedFile]) -> [Diagnostic] {
        check(files, known: [:]).diagnostics
    }

    /// Checks rendered files like `check(_:)`; the pages in `known` (taken unchanged from the
    /// previous build) are not parsed, their recorded links are checked instead. Returns the
    /// links of every page too, for the next build.
    func check(_ files: [RenderedFile], known: [String: PageLinks]) -> (
        diagnostics: [Diagnostic], links: [String: PageLinks]
    ) {
        let scanned = files.compactMap { file in scan(file, known: known[file.path], html: { file.text }) }
        return check(Set(files.map(\.path)), scanned: scanned)
    }

    /// Checks `files`: every broken link or anchor is an error at the page's line.
    public func check(_ files: [File]) -> [Diagnostic] {
        check(
            Set(files.map(\.path)),
            scanned: files.compactMap { file in
                file.html.map { html in
                    scanned(
                        file.path, attributes: HTMLAttributeScanner.scan(html, keeping: Self.checked), html: { html })
                }
            }
        ).diagnostics
    }

    /// A page whose links are known: parsed, or recorded by the previous build.
    struct ScannedPage: Sendable {
        let path: String
        let links: PageLinks
        /// The errors for ids that appear twice on the page (found when it was parsed).
        let duplicateIDs: [Diagnostic]
        /// The page's text, parsed again only when one of its links is broken, to report each
        /// at its line.
        let html: @Sendable () -> String?
        /// Whether the links are those the previous build recorded (the page was not parsed).
        var isRecorded = false
    }

    /// A page parsed into `attributes`: its links and duplicate ids. The attributes are not
    /// kept: a long article's page has hundreds of thousands of them (every mention is a
    /// link), and a page with a broken link is parsed again.
    private func scanned(
        _ path: String, attributes: [HTMLAttributeScanner.Attribute], html: @escaping @Sendable () -> String?
    ) -> ScannedPage {
        var seen = Set<String>()
        var duplicates: [Diagnostic] = []
        for attribute in attributes where attribute.name == "id" {
            if !seen.insert(attribute.value).inserted {
                duplicates.append(
                    .error(
                        .duplicateID,
                        "the id \"\(attribute.value)\" appears twice on the page" + madeFrom(path),
                        at: location(path, attribute, in: html()), fix: fix(for: path)))
            }
        }
        return ScannedPage(path: path, links: PageLinks(attributes), duplicateIDs: duplicates, html: html)
    }

    /// `file`, when it is a page, parsed (from its bytes, without a copy as a string), or with
    /// its `known` links when the previous build recorded them. `html` gives its text again
    /// should one of its links be broken: holding the text would keep a copy of every page (a
    /// long article's several megabytes) for the whole check. Nil for a file that is not a page.
    func scan(_ file: RenderedFile, known: PageLinks?, html: @escaping @Sendable () -> String?) -> ScannedPage? {
        guard file.path.hasSuffix(".html") else { return nil }
        if let known {
            return ScannedPage(path: file.path, links: known, duplicateIDs: [], html: html, isRecorded: true)
        }
        if case .bytes(let bytes) = file.content {
            return scanned(file.path, attributes: HTMLAttributeScanner.scan(bytes, keeping: Self.checked), html: html)
        }
        guard let text = file.text else { return nil }
        return scanned(file.path, attributes: HTMLAttributeScanner.scan(text, keeping: Self.checked), html: html)
    }

    /// The attributes the check reads: the ids a page defines and the links it holds.
    private static let checked = ["id", "href", "src"]

    /// Checks the `scanned` pages of a site whose files are at `paths`, in page order, and
    /// returns the links of every page. A page whose links have a problem is parsed again, to
    /// report each at its line. With `skippingRecorded`, the links of pages taken from the
    /// previous build are not checked again (`RenderReuse.recordedLinksStillResolve`).
    func check(_ paths: Set<String>, scanned: [ScannedPage], skippingRecorded: Bool = false) -> (
        diagnostics: [Diagnostic], links: [String: PageLinks]
    ) {
        let pages = Dictionary(scanned.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let checked = scanned.filter { !(skippingRecorded && $0.isRecorded) }
        // The pages are checked in runs, one a core at a time, each run in page order: a large
        // site has hundreds of thousands of links to resolve.
        let runs = max(1, min(checked.count, 4 * ProcessInfo.processInfo.activeProcessorCount))
        let ids = SharedMemo<String, Set<String>?>()
        let targets = SharedMemo<LinkTargetKey, LinkTarget>()
        let found = (0..<runs).map { run in checked.count * run / runs..<checked.count * (run + 1) / runs }
            .concurrentMap { range in
                check(checked[range], paths: paths, ids: PageIDs(pages, shared: ids), targets: LinkTargets(targets))
            }
        // A page not parsed was checked when it was made, and has not changed since.
        var diagnostics: [Diagnostic] = scanned.flatMap(\.duplicateIDs)
        // Errors at the editors' Markdown, each once however many pages show the link.
        var atSource: [FragmentLink: Diagnostic] = [:]
        for run in found {
            diagnostics += run.atPages
            atSource.merge(run.atSource) { first, _ in first }
        }
        let links = pages.mapValues(\.links)
        // In a fixed order: a dictionary has none (the build then sorts every diagnostic by place).
        let sourced = atSource.values.sorted { $0.description < $1.description }
        return (diagnostics + sourced, links)
    }

    /// The problems of the links of `checked` (pages of a site whose files are at `paths`,
    /// reading the scanned pages' ids through `ids` and the links' targets through `targets`):
    /// errors at the pages, in page order, and errors at the editors' links behind broken
    /// anchors, by link.
    private func check(
        _ checked: ArraySlice<ScannedPage>, paths: Set<String>, ids: PageIDs, targets: LinkTargets
    ) -> (atPages: [Diagnostic], atSource: [FragmentLink: Diagnostic]) {
        var idsByPage = ids
        var targets = targets
        var resolved = RelativeLink.Memo()
        var diagnostics: [Diagnostic] = []
        var atSource: [FragmentLink: Diagnostic] = [:]
        for page in checked {
            // The links are every distinct href and src of the page: when none is broken, no
            // attribute is.
            let broken = page.links.links.contains { link in
                if targets.resolves(link, on: page.path, paths: paths, ids: &idsByPage, links: &resolved) {
                    return false
                }
                return problem(with: link, on: page.path, paths: paths, ids: &idsByPage, links: &resolved) != nil
            }
            guard broken else { continue }
            // Each link at its line; should the page's text be gone, each distinct link at the
            // page's start: a broken link is never dropped for want of its line.
            let html = page.html()
            let attributes = html.map { HTMLAttributeScanner.scan($0, keeping: ["href", "src"]) }
            for (position, value) in (attributes?.map(\.value) ?? page.links.links).enumerated() {
                if let problem = problem(with: value, on: page.path, paths: paths, ids: &idsByPage, links: &resolved) {
                    if let sourced = sourcedLinks(behind: problem) {
                        for link in sourced where !link.isReported && atSource[link] == nil {
                            atSource[link] = sourceDiagnostic(link, ids: idsByPage.ids(of: problem.target ?? "") ?? [])
                        }
                        continue
                    }
                    diagnostics.append(
                        .error(
                            problem.code, problem.message + madeFrom(page.path),
                            at: location(page.path, attributes?[position], in: html),
                            fix: fix(for: page.path)
                        ).following(failedSource(behind: problem)))
                }
            }
        }
        return (diagnostics, atSource)
    }

    /// The editors' links behind a broken anchor, when it is one of theirs.
    private func sourcedLinks(behind problem: Problem) -> [FragmentLink]? {
        guard problem.code == .brokenAnchor, let target = problem.target, let fragment = problem.fragment else {
            return nil
        }
        return fragmentLinks[target + "#" + fragment]
    }

    /// The error for an editor's link whose fragment the named page, with `ids`, does not have.
    private func sourceDiagnostic(_ link: FragmentLink, ids: Set<String>) -> Diagnostic {
        let suggestion = ClosestSpelling.of(link.fragment, among: ids)
        return .error(
            .xrefFragmentUnknown,
            "link `\(link.destination)` names «\(link.fragment)», which the page of \(link.target.kind.rawValue) "
                + "«\(link.target.id)» has no id for",
            at: link.location,
            fix: suggestion.map { "did you mean `#\($0)`? Correct the fragment or drop it." }
                ?? "Drop the fragment, or use the id of a section or note card that the page shows.")
    }

    /// The page path and fragment `link` points to; nil for a note link, which goes to the
    /// note's own anchor. Pages write the fragment percent-encoded, so decoded it is as written.
    private static func key(of link: FragmentLink) -> String? {
        page(of: link.target.kind, id: link.target.id).map { SiteRoutes.path(of: $0) + "#" + link.fragment }
    }

    /// The page of the article, actor, topic or outlet `id`, or the site's page `id`; nil for a
    /// note, which is a card on other pages.
    private static func page(of kind: CrossReference.Kind, id: String) -> Route? {
        switch kind {
        case .article: .article(id)
        case .actor: .actor(id)
        case .topic: .topic(id)
        case .outlet: .outlet(id)
        case .page: SitePage(rawValue: id).map(Route.init)
        case .note: nil
        }
    }

    /// A broken link or anchor: what to report, and the page path and fragment it points to.
    private struct Problem {
        let code: Diagnostic.Code
        let message: String
        var target: String?
        var fragment: String?
    }

    /// " (page made from <file>)" when the page's source file is known.
    private func madeFrom(_ page: String) -> String {
        pageSources[page].map { " (page made from \($0))" } ?? ""
    }

    /// How to fix a broken link on `page`: in its source file when known; otherwise the link
    /// was generated, so the templates (or dossier) made it.
    private func fix(for page: String) -> String {
        if let source = pageSources[page] {
            return "Correct the link in \(source); if that file's links are right, the templates made this link: "
                + "check them, or report it as a bug in dossier."
        }
        return "This link was generated, not typed in a source file: check the templates folder's links, "
            + "or report it as a bug in dossier."
    }

    /// The failed source file whose page or card the link points to, if any: the link only
    /// breaks because that file did not load.
    private func failedSource(behind problem: Problem) -> String? {
        guard let target = problem.target else { return nil }
        for source in failed {
            switch source.kind {
            case .note:
                if problem.fragment == SiteRoutes.noteID(source.id) { return source.path }
            case .article, .actor, .topic, .outlet:
                if target.hasPrefix(folder(of: source)) { return source.path }
            }
        }
        return nil
    }

    /// The site folder of the pages a failed source would have made (`articles/<id>/`).
    private func folder(of source: FailedSource) -> String {
        // A note would have been a card: on its article's page, and on the notes pages.
        let route =
            CrossReference.Kind(rawValue: source.kind.rawValue).flatMap { Self.page(of: $0, id: source.id) } ?? .notes
        return String(SiteRoutes.path(of: route).dropLast("index.html".count))
    }

    private func problem(
        with url: String, on page: String, paths: Set<String>, ids: inout PageIDs,
        links: inout RelativeLink.Memo
    ) -> Problem? {
        guard let link = links.link(url, on: page) else { return nil }
        if link.isRootRelative {
            // The 404 page's `<base href="/">` (it is served at any depth; see `NotFoundPage`).
            if page == NotFoundPage.path, url == "/" { return nil }
            return Problem(
                code: .rootRelativeLink, message: "the link \(url) starts with /; the site's links must be relative")
        }
        guard let target = link.targetPath else {
            return Problem(code: .brokenLink, message: "the link \(url) goes above the site's root folder")
        }
        guard paths.contains(target) else {
            let hint = paths.contains(target + "/index.html") ? " (add /index.html)" : ""
            return Problem(
                code: .brokenLink,
                message: "the link \(url) points to \(target), which the site does not have\(hint)",
                target: target, fragment: link.fragment)
        }
        guard let fragment = link.fragment, !fragment.isEmpty else { return nil }
        guard let targetIDs = ids.ids(of: target), targetIDs.contains(fragment) else {
            return Problem(
                code: .brokenAnchor, message: "the link \(url) points to #\(fragment), which \(target) has no id for",
                target: target, fragment: fragment)
        }
        return nil
    }

    /// Where `attribute` is on the page at `path`, whose text is `html` (the page's first line
    /// when either is missing: the text could not be had again).
    private func location(_ path: String, _ attribute: HTMLAttributeScanner.Attribute?, in html: String?)
        -> SourceLocation
    {
        let shown = displayRoot.isEmpty ? path : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/") + path
        let place =
            attribute.flatMap { attribute in html.map { HTMLAttributeScanner.place(ofByte: attribute.offset, in: $0) } }
            ?? (line: 1, column: 1)
        return SourceLocation(path: shown, line: place.line, column: place.column)
    }
}
