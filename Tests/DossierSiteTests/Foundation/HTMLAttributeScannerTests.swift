import Testing

@testable import DossierSite

/// The link checker's attribute reader: names, decoded values, and the line and column (in
/// scalars, Arabic counted one each) of every attribute, comments skipped.
struct HTMLAttributeScannerTests {
    @Test func readsAttributesWithTheirPlaces() {
        let html = """
            <p id="p-1" dir=rtl>قال <a HREF='/a?x=1&amp;y=2'>بوتين</a></p>
            <!-- <a href="/hidden"> -->
            <img src="/i.png"/><br/>
            قال المتحدث <span class=x data-v="&#x41;&lt;">نص</span>
            """
        let found = HTMLAttributeScanner.scan(html).map { "\($0.name)=\($0.value)@\($0.line):\($0.column)" }
        #expect(
            found == [
                "id=p-1@1:4", "dir=rtl@1:13", "href=/a?x=1&y=2@1:28", "src=/i.png@3:6", "class=x@4:19",
                "data-v=A<@4:27",
            ])
    }

    @Test func anUnclosedTagOrCommentEndsTheScan() {
        #expect(HTMLAttributeScanner.scan("<a href=\"/x").map(\.value) == ["/x"])
        #expect(HTMLAttributeScanner.scan("<!-- <a href=\"/x\">").isEmpty)
        #expect(HTMLAttributeScanner.scan("<").isEmpty)
        #expect(HTMLAttributeScanner.scan("").isEmpty)
    }
}
