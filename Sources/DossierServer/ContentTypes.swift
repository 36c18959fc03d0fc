/// The `Content-Type` of each file kind a built site holds.
enum ContentTypes {
    /// Types by lower-case file extension; text types carry their charset.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "jsonld": "application/ld+json",
        "xml": "application/xml",
        "atom": "application/atom+xml",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "wasm": "application/wasm",
        // Pagefind's index chunks and fragments are compressed binary files.
        "pf_meta": "application/octet-stream",
        "pf_index": "application/octet-stream",
        "pf_fragment": "application/octet-stream",
        "pagefind": "application/octet-stream",
    ]

    /// The type of the file at `path`; unknown kinds are served as bytes.
    static func type(ofPath path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else {
            return "application/octet-stream"
        }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return byExtension[fileExtension] ?? "application/octet-stream"
    }
}
