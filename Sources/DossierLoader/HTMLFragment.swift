import ArabicText
import Foundation

/// A line of article text that came with its HTML markup (a feed's item, a site's export:
/// «<p><span style="…">…</span></p> <h2>…</h2>»), read as the text a browser shows: block
/// elements cut paragraphs, inline ones are dropped, character references are decoded, and
/// scripts, styles and comments are left out. Only the elements that carry an article's text
/// count as markup, so «إذا كانت س < 5 و ص > 3» and «<<الكتاب>>» stay text as they are.
enum HTMLFragment {
    /// The paragraphs of `line`, untrimmed, when it holds at least one of the listed elements'
    /// tags; nil when it holds none (nearly every line: one without «<» is not looked at).
    static func paragraphs(in line: Substring) -> [String]? {
        let bracket = UInt8(ascii: "<")
        guard line.utf8.withContiguousStorageIfAvailable({ $0.contains(bracket) }) ?? line.utf8.contains(bracket)
        else { return nil }
        var paragraphs: [String] = []
        var current = ""
        var sawMarkup = false
        var rest = line[...]
        while let open = rest.firstIndex(of: "<") {
            current += rest[..<open]
            let from = rest[open...]
            if from.hasPrefix("<!--") {
                // An unclosed comment hides the rest of the line, as it would in a browser.
                guard let close = from.range(of: "-->") else {
                    return sawMarkup ? (paragraphs + [current]).map(decodingReferences) : nil
                }
                sawMarkup = true
                rest = from[close.upperBound...]
                continue
            }
            guard let tag = Tag(at: from) else {
                current.append("<")
                rest = from.dropFirst()
                continue
            }
            sawMarkup = true
            rest = from[tag.end...]
            if !tag.closing, hiddenElements.contains(tag.name) {
                // A script's or a style's content is no text: skip to its closing tag.
                let closing = "</" + tag.name
                rest = rest.range(of: closing, options: .caseInsensitive).map { rest[$0.lowerBound...] } ?? ""
                if let end = rest.firstIndex(of: ">") { rest = rest[rest.index(after: end)...] }
            } else if blockElements.contains(tag.name) {
                paragraphs.append(current)
                current = ""
            }
        }
        guard sawMarkup else { return nil }
        paragraphs.append(current + rest)
        return paragraphs.map(decodingReferences)
    }

    /// One tag: `<name …>`, `</name>` or `<name … />`, of a listed element.
    private struct Tag {
        let name: String
        let closing: Bool
        /// Just after its «>».
        let end: Substring.Index

        init?(at text: Substring) {
            var index = text.index(after: text.startIndex)
            closing = index < text.endIndex && text[index] == "/"
            if closing { index = text.index(after: index) }
            let nameStart = index
            while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber {
                index = text.index(after: index)
            }
            let name = text[nameStart..<index].lowercased()
            guard blockElements.contains(name) || inlineElements.contains(name) || hiddenElements.contains(name),
                index < text.endIndex, text[index] == ">" || text[index] == "/" || text[index] == " "
            else { return nil }
            guard let close = Self.attributesEnd(text[index...], closing: closing) else { return nil }
            self.name = name
            end = text.index(after: close)
        }

        /// The «>» closing a tag whose attributes start `text`: `name`, `name=value` or
        /// `name="value"` separated by spaces, and perhaps a final «/»; nil when `text` is no
        /// such run («<b held, as did c>d» is prose). A closing tag has none.
        private static func attributesEnd(_ text: Substring, closing: Bool) -> Substring.Index? {
            var index = text.startIndex
            func skipSpaces() { while index < text.endIndex, text[index] == " " { index = text.index(after: index) } }
            func isNameCharacter(_ character: Character) -> Bool {
                character.isASCII && (character.isLetter || character.isNumber || "-_:.".contains(character))
            }
            while true {
                skipSpaces()
                guard index < text.endIndex else { return nil }
                if text[index] == ">" { return index }
                if text[index] == "/", !closing {
                    let next = text.index(after: index)
                    return next < text.endIndex && text[next] == ">" ? next : nil
                }
                // An attribute's name, set apart from the tag's name or the last value by a space.
                guard !closing, index > text.startIndex, text[text.index(before: index)] == " ",
                    isNameCharacter(text[index])
                else { return nil }
                while index < text.endIndex, isNameCharacter(text[index]) { index = text.index(after: index) }
                guard index < text.endIndex, text[index] == "=" else { continue }
                index = text.index(after: index)
                guard index < text.endIndex else { return nil }
                if text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]
                    guard let end = text[text.index(after: index)...].firstIndex(of: quote) else { return nil }
                    index = text.index(after: end)
                } else {
                    while index < text.endIndex, !" >".contains(text[index]) {
                        guard text[index] != "<" else { return nil }
                        index = text.index(after: index)
                    }
                }
            }
        }
    }

    /// Elements that stand on lines of their own: each of their tags ends a paragraph.
    private static let blockElements: Set<String> = [
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure",
        "figcaption", "section", "article", "header", "footer", "aside", "table", "tr", "td", "th", "pre", "dl", "dt",
        "dd",
    ]

    /// Elements inside a paragraph's text: their tags are dropped, their text kept.
    private static let inlineElements: Set<String> = [
        "span", "a", "strong", "em", "b", "i", "u", "font", "sup", "sub", "small", "big", "img", "abbr", "time",
        "mark", "cite", "q", "s", "del", "ins", "bdi", "bdo", "wbr", "picture", "source", "iframe", "video",
    ]

    /// Elements whose content is no text of the article.
    private static let hiddenElements: Set<String> = ["script", "style", "noscript", "template"]

    /// `text` with its character references decoded: the named ones news pages use and every
    /// numeric one; any other `&…;` stays as it is. The result is made L0 again: a reference
    /// may be a bidi control («&#x202E;», «&rlm;») or a BOM, which L0 deletes from the text,
    /// or a mark that composes with the letter before it.
    private static func decodingReferences(_ text: String) -> String {
        let decoded = decodingEachReference(text)
        return decoded == text ? text : ArabicNormalizer.displayText(decoded)
    }

    private static func decodingEachReference(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"),
                let decoded = reference(String(after[..<semicolon]))
            {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = after
            }
        }
        return result + rest
    }

    /// What a browser shows for a reference's name (`amp`, `#1575`, `#x627`), nil when it is
    /// none. Numeric ones as HTML reads them: a line break, tab or form feed is a space, another
    /// control character nothing, 0, a surrogate or a number past Unicode U+FFFD, and 128 to 159
    /// the Windows-1252 character old pages meant («&#150;» is «–»).
    private static func reference(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return namedReferences[name].map(String.init) }
        let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
        guard let value = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10) else { return nil }
        switch value {
        case 0: return "\u{FFFD}"
        case 0x09, 0x0A, 0x0C, 0x0D: return " "
        case 0x80...0x9F: return windows1252[Int(value - 0x80)].map(String.init) ?? ""
        case 0x01..<0x20, 0x7F: return ""
        default: return String(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
    }

    /// The Windows-1252 characters of bytes 0x80 to 0x9F, nil for the five it leaves undefined.
    private static let windows1252: [Unicode.Scalar?] = [
        "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
        nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
    ]

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "laquo": "«", "raquo": "»",
        "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "rlm": "\u{200F}", "lrm": "\u{200E}", "shy": "\u{AD}",
    ]
}
