import DossierModel
import Testing

/// Only absolute `http(s)` URLs with a host are web addresses; a prefix is not a scheme.
struct WebAddressTests {
    @Test(arguments: [
        "https://example.org", "http://example.org/", "HTTPS://Example.org/a/b?x=1&y=2#top",
        "https://www.aljazeera.net/news/2024/10/25/ماسك-بوتين", "http://127.0.0.1:8080/x", "https://[::1]:8443/",
        "https://user@example.org/", "https://xn--mgbh0fb.xn--kgbechtv/", "https://موقع.مثال/",
        "https://example.org:65535/", "https://medium.com/@someone/a-post",
    ])
    func accepts(address: String) {
        #expect(WebAddress.isValid(address))
        #expect(WebAddress.checked(address) == address)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)//https://example.org", "httpjavascript:alert(1)",
        "http:alert(1)", "https:/example.org", "https://", "https:///path", "https://:80/", "https://host:80x/",
        "//example.org/x", "example.org", "/articles/a/", "data:text/html,<b>", "vbscript:x", "file:///etc/passwd",
        "ftp://example.org/", "https://exa mple.org/", "https://example.org/\"><script>", "https://example.org/\u{0}",
        "https://example.org\\@evil.org", " https://example.org", "https://[::1/", "https://ex<ample.org/", "",
        "https://example.org:99999/", "https://example.org:0/", "http://user:pass@example.org/",
        "https://a@b@example.org/",
    ])
    func refuses(address: String) {
        #expect(!WebAddress.isValid(address))
        #expect(WebAddress.checked(address) == nil)
    }
}
