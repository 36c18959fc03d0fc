/// What the search indexer can see of a page, reduced to a digest: the page's bytes without the
/// elements marked `data-pagefind-ignore`, runs of white space counted as one space.
///
/// Two pages with the same digest give Pagefind the same words, meta and filters, so an index
/// part whose pages all keep their digests need not be made again. Adding one article to a
/// dossier of 10,000 changed 523 of its 10,121 search pages, nearly all of them only in their
/// «ورد أيضًا في» lists, which are ignored; 14 changed in what Pagefind reads.
///
/// The digest errs on the side of change: an ignored element is left in when it holds any other
/// `data-pagefind-` attribute (Pagefind still reads filters and meta inside it) or when its end
/// cannot be found, and everything outside the `data-pagefind-body` elements counts.
enum IndexedContent {
    /// The hex SHA-256 of what the indexer sees of `page`.
    static func digest(of page: [UInt8]) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(page.count)
        var index = 0
        var lastWasSpace = false
        while index < page.count {
            if page[index] == UInt8(ascii: "<"), let end = ignoredElementEnd(page, from: index) {
                index = end
                continue
            }
            let byte = page[index]
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            if !isSpace || !lastWasSpace { kept.append(isSpace ? 0x20 : byte) }
            lastWasSpace = isSpace
            index += 1
        }
        return FileStamp.sha256(kept)
    }

    private static let ignore = Array("data-pagefind-ignore".utf8)
    private static let marker = Array("data-pagefind-".utf8)

    /// Where the element whose start tag opens at `start` ends, when that tag carries
    /// `data-pagefind-ignore` and the element may be left out; nil otherwise.
    private static func ignoredElementEnd(_ page: [UInt8], from start: Int) -> Int? {
        // The attribute is looked for first: most tags have none, and need no name.
        guard let tagEnd = firstIndex(of: UInt8(ascii: ">"), in: page, from: start),
            range(of: ignore, in: page, from: start, to: tagEnd) != nil, let name = tagName(page, at: start + 1)
        else { return nil }
        guard let end = closingEnd(of: name, in: page, from: tagEnd + 1),
            occurrences(of: marker, in: page, from: start, to: end) == 1
        else { return nil }
        return end
    }

    /// The lower-case name of the tag whose name starts at `index` (letters, digits, hyphens).
    private static func tagName(_ page: [UInt8], at index: Int) -> [UInt8]? {
        var end = index
        while end < page.count, isNameByte(page[end]) { end += 1 }
        return end > index ? page[index..<end].map { $0 | 0x20 } : nil
    }

    /// Whether the tag name at `index` is `name` (lower case), compared in place.
    private static func isName(_ name: [UInt8], in page: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= page.count else { return false }
        for (offset, byte) in name.enumerated() where page[index + offset] | 0x20 != byte { return false }
        return index + name.count == page.count || !isNameByte(page[index + name.count])
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    /// The index just past the end tag that closes an element `name` opened before `from`,
    /// counting the elements of the same name opened and closed on the way; nil when there is
    /// none.
    private static func closingEnd(of name: [UInt8], in page: [UInt8], from: Int) -> Int? {
        var depth = 1
        var index = from
        while let open = firstIndex(of: UInt8(ascii: "<"), in: page, from: index) {
            let closing = open + 1 < page.count && page[open + 1] == UInt8(ascii: "/")
            let nameStart = open + (closing ? 2 : 1)
            index = open + 1
            guard isName(name, in: page, at: nameStart) else { continue }
            if closing {
                depth -= 1
                if depth == 0 { return firstIndex(of: UInt8(ascii: ">"), in: page, from: nameStart).map { $0 + 1 } }
            } else {
                depth += 1
            }
        }
        return nil
    }

    private static func firstIndex(of byte: UInt8, in page: [UInt8], from: Int) -> Int? {
        from < page.count ? page[from...].firstIndex(of: byte) : nil
    }

    /// The first index of `needle` in `page[from..<to]`. By hand: the standard library's
    /// generic `firstRange(of:)` made the digests ten times slower (10 s against 1 s for the
    /// 10,121 search pages of 10,000 articles).
    private static func range(of needle: [UInt8], in page: [UInt8], from: Int, to: Int) -> Int? {
        guard to - from >= needle.count else { return nil }
        var index = from
        while index + needle.count <= to {
            if page[index] == needle[0], page[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// How many times `needle` occurs in `page[from..<to]`.
    private static func occurrences(of needle: [UInt8], in page: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        var index = from
        while let found = range(of: needle, in: page, from: index, to: to) {
            count += 1
            index = found + needle.count
        }
        return count
    }
}
