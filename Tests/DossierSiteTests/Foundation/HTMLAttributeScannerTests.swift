import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The scanner as it was before it read UTF-8 bytes (scalar by scalar, with scalar
/// properties), kept to prove the byte scanner gives the same attributes.
enum ReferenceAttributeScanner {
    static func scan(_ html: String) -> [HTMLAttributeScanner.Attribute] {
        let scalars = Array(html.unicodeScalars)
        var attributes: [HTMLAttributeScanner.Attribute] = []
        var index = 0
        /// The UTF-8 bytes of the scalars before `index`.
        var offset = 0

        func advance() {
            offset += scalars[index].utf8.count
            index += 1
        }
        func skipSpaces() {
            while index < scalars.count, scalars[index].properties.isWhitespace { advance() }
        }
        func starts(with text: String) -> Bool {
            let pattern = Array(text.unicodeScalars)
            guard index + pattern.count <= scalars.count else { return false }
            return Array(scalars[index..<(index + pattern.count)]) == pattern
        }

        while index < scalars.count {
            if starts(with: "<!--") {
                while index < scalars.count, !starts(with: "-->") { advance() }
                continue
            }
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                advance()
                continue
            }
            advance()
            while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">",
                scalars[index] != "/"
            {
                advance()
            }
            while index < scalars.count, scalars[index] != ">" {
                skipSpaces()
                guard index < scalars.count, scalars[index] != ">" else { break }
                if scalars[index] == "/" { advance(); continue }
                let nameOffset = offset
                var name = ""
                while index < scalars.count, !scalars[index].properties.isWhitespace,
                    !"=>/".unicodeScalars.contains(scalars[index])
                {
                    name.unicodeScalars.append(scalars[index])
                    advance()
                }
                skipSpaces()
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    advance()
                    skipSpaces()
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        advance()
                        while index < scalars.count, scalars[index] != quote {
                            value.unicodeScalars.append(scalars[index])
                            advance()
                        }
                        if index < scalars.count { advance() }
                    } else {
                        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" {
                            value.unicodeScalars.append(scalars[index])
                            advance()
                        }
                    }
                }
                if !name.isEmpty {
                    attributes.append(
                        HTMLAttributeScanner.Attribute(
                            name: name.lowercased(), value: HTMLAttributeScanner.decodeEntities(value),
                            offset: nameOffset))
                }
            }
            if index < scalars.count { advance() }
        }
        return attributes
    }

}

/// The byte scanner finds the same attributes, values and places as the scalar one,
/// on hand-made edge cases and on every page of a rendered site.
struct HTMLAttributeScannerTests {
    @Test(arguments: [
        "<a href=\"../x/\" class=x>بوتين</a>",
        "<p>نص عربي <a\u{00A0}href=\"y\">وصلة</a></p>\n<img src='z.png' alt=\"صورة\">",
        "<!-- <a href=\"hidden\"> -->\n<div id=\"d\"\tdata-x = \"1\" hidden/><br/>",
        "سطر أول\r\n<span  title=\"&amp;&#1576;&#x628;&lt;\" dir=auto>x</span>",
        "<بطاقة اسم=\"قيمة\" آخر=قيمة2>\n<a href=x\u{2003}id=y>",
        "< a href=\"not-a-tag\"> <a =\"empty-name\" href=\"ok\"> <a href=\"unterminated",
        "<a href=\"emoji 🙂 and رموز\" data-ü=\"ü\">🙂<b class=\"c\">",
        "<!-- unterminated comment <a href=\"never\">",
        "<A HREF=\"UPPER\"><x-y z></x-y><a\u{3000}href=\"ideographic-space\">",
    ])
    func sameAttributesAsTheScalarScanner(html: String) {
        #expect(HTMLAttributeScanner.scan(html) == ReferenceAttributeScanner.scan(html))
        #expect(HTMLAttributeScanner.scan(Array(html.utf8)) == HTMLAttributeScanner.scan(html))
        let kept = ["href", "id", "dir"]
        #expect(
            HTMLAttributeScanner.scan(Array(html.utf8), keeping: kept)
                == HTMLAttributeScanner.scan(html).filter { kept.contains($0.name) })
    }

    @Test func sameAttributesOnARenderedSite() async throws {
        let site = try await SiteBuilder(sourceFolder: SiteTestPaths.good, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        var pages = 0
        for file in site.files where file.path.hasSuffix(".html") {
            let html = try #require(file.text)
            #expect(HTMLAttributeScanner.scan(html) == ReferenceAttributeScanner.scan(html), "\(file.path)")
            pages += 1
        }
        #expect(pages > 5)
    }
}
/// The link checker's attribute reader: names, decoded values, and the line and column (in
/// scalars, Arabic counted one each) of every attribute, comments skipped.
struct HTMLAttributePlacesTests {
    @Test func readsAttributesWithTheirPlaces() {
        let html = """
            <p id="p-1" dir=rtl>قال <a HREF='/a?x=1&amp;y=2'>بوتين</a></p>
            <!-- <a href="/hidden"> -->
            <img src="/i.png"/><br/>
            قال المتحدث <span class=x data-v="&#x41;&lt;">نص</span>
            """
        let found = HTMLAttributeScanner.scan(html).map { attribute in
            let place = HTMLAttributeScanner.place(ofByte: attribute.offset, in: html)
            return "\(attribute.name)=\(attribute.value)@\(place.line):\(place.column)"
        }
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
