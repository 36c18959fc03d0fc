import DossierModel
import DossierRenderer
import Foundation

/// What the preview server adds to the HTML it serves (never to the written files): the
/// live-reload script and, after a failed build, an overlay listing the diagnostics.
enum PreviewPage {
    /// The path of the server-sent events stream.
    static let eventsPath = "/__dossier/events"

    /// Reloads the page whenever the server reports a finished build.
    static let reloadScript = """
        <script>(function(){var s=new EventSource("\(eventsPath)");\
        s.onmessage=function(e){if(e.data!=="hello"){location.reload();}};})();</script>
        """

    /// `html` with the script (and the overlay, when the last build failed) before `</body>`.
    static func inject(into html: String, failure: BuildFailure?) -> String {
        let addition = (failure.map { overlay($0) } ?? "") + reloadScript
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + addition
        }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: addition)
    }

    /// A whole page for when no good build exists yet.
    static func standalone(failure: BuildFailure) -> String {
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>"
            + overlay(failure, overSite: false) + reloadScript + "</body></html>"
    }

    /// The diagnostics in a fixed box over the page: the last good build's (`overSite`), or
    /// nothing when no build has succeeded yet. A stopping error (a template that does not
    /// parse) counts as one error and comes first.
    static func overlay(_ failure: BuildFailure, overSite: Bool = true) -> String {
        let errors = failure.diagnostics.filter { $0.severity == .error }
        let shown = errors + failure.diagnostics.filter { $0.severity != .error }
        var lines = shown.map { HTMLText.escape($0.description) }
        if let error = failure.error { lines.insert(HTMLText.escape("error: " + error), at: 0) }
        let count = errors.count + (failure.error == nil ? 0 : 1)
        let underneath =
            overSite
            ? "the last good site is still served underneath"
            : "no site is built yet: this page is served until a build succeeds"
        return """
            <div id="dossier-build-failure" dir="ltr" lang="en" role="alert" style="position:fixed;inset:0;\
            z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:rgba(24,4,4,.94);color:#fff;\
            font:14px/1.5 ui-monospace,monospace;text-align:left"><h2 style="margin-top:0;color:#ff8a80">\
            dossier: the build failed (\(count) error\(count == 1 ? "" : "s")); \(underneath)</h2>\
            <pre style="white-space:pre-wrap">\(lines.joined(separator: "\n"))</pre></div>
            """
    }
}
