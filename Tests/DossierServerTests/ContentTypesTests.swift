import Testing

@testable import DossierServer

/// Every file kind a built site holds is served with its type.
struct ContentTypesTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css; charset=utf-8"),
        ("assets/search.js", "text/javascript; charset=utf-8"),
        ("data/annotations.jsonld", "application/ld+json"),
        ("data/dossier.json", "application/json"),
        ("charts/x.SVG", "image/svg+xml"),
        ("pagefind/wasm.ar.pagefind", "application/octet-stream"),
        ("pagefind/pagefind.wasm", "application/wasm"),
        ("feed.xml", "application/xml"),
        ("articles/a/original.txt", "text/plain; charset=utf-8"),
        ("LICENSE", "application/octet-stream"),
    ])
    func typeOfPath(path: String, expected: String) {
        #expect(ContentTypes.type(ofPath: path) == expected)
    }
}
