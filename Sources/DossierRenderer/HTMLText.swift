import ArabicText
import DossierModel

/// HTML escaping and bidi isolation of plain text, the one place text becomes markup.
public enum HTMLText {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes of
    /// HTML, SVG and XML, and drops the code points they forbid (`isForbidden`).
    public static func escape(_ text: String) -> String {
        // Most text (Arabic prose, ids, names) has nothing to escape: returned as it is.
        guard text.containsUTF8Byte(where: mayNeedEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var text = text
        text.withUTF8 { appendEscaped($0[...], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The code points HTML forbids in text and XML 1.0 in documents: controls other than tab,
    /// line feed and carriage return (C0, DEL, C1), and the noncharacters U+FFFE and U+FFFF.
    /// They come from pasted text and from escapes in YAML (`"\0"`), and are dropped.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Appends the UTF-8 `bytes` (whole scalars of valid UTF-8) to `output` escaped as `escape`
    /// escapes a string. Every byte the escaping acts on is ASCII, or starts the two-byte C1
    /// controls or the three-byte U+FFFE and U+FFFF, and a UTF-8 continuation byte is never
    /// either, so the bytes can be read one by one. A run of bytes left as they are is appended
    /// at once: appended byte by byte, the text of every page was checked for room at each one.
    static func appendEscaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to output: inout [UInt8]) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let runStart = index
            while index < end, !mayNeedEscaping(bytes[index]) { index += 1 }
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < end else { break }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are dropped.
                if index + 2 < end, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                    index += 3
                    continue
                }
                output.append(byte)
            case 0xC2:
                // The C1 controls U+0080–U+009F (C2 80 to C2 9F) are dropped.
                if index + 1 < end, bytes[index + 1] < 0xA0 {
                    index += 2
                    continue
                }
                output.append(byte)
            default:
                // C0 controls and DEL: only tab, line feed and carriage return are kept.
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                    output.append(byte)
                }
            }
            index += 1
        }
    }

    /// Whether `byte` may start something `escape` changes: a character to escape, a C0
    /// control or DEL, or the lead byte of a C1 control or of U+FFFE/U+FFFF (and of other
    /// scalars, told apart later).
    static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F, 0xC2,
            0xEF:
            true
        default: byte < 0x20
        }
    }

    /// Escapes the text and wraps every Latin run in `<span dir="ltr" lang="en">`
    /// (docs/arabic-text-engine.md §8.1), so Latin names and their punctuation land where an
    /// Arabic reader expects them.
    public static func isolatingLatin(_ text: String) -> String {
        let ranges = LatinRuns.ranges(in: text)
        guard !ranges.isEmpty else { return escape(text) }
        let offsets = utf8Offsets(of: text)
        var text = text
        return text.withUTF8 { utf8 in
            var result: [UInt8] = []
            result.reserveCapacity(utf8.count + 32 * ranges.count)
            var position = 0
            for range in ranges where range.lowerBound >= position && range.upperBound < offsets.count {
                appendEscaped(utf8[offsets[position]..<offsets[range.lowerBound]], to: &result)
                result.append(contentsOf: #"<span dir="ltr" lang="en">"#.utf8)
                appendEscaped(utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], to: &result)
                result.append(contentsOf: "</span>".utf8)
                position = range.upperBound
            }
            appendEscaped(utf8[offsets[position]...], to: &result)
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The UTF-8 offset of each scalar of `text`, and the text's UTF-8 length last: scalar
    /// offset `n` starts at byte `offsets[n]`. Read off the bytes, each byte that does not
    /// continue a scalar starting one, into room for every byte: no scalar is decoded.
    static func utf8Offsets(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, count in
                for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                    offsets[count] = offset
                    count += 1
                }
                offsets[count] = bytes.count
                count += 1
            }
        }
    }

    /// Escaped text in its own language: Latin runs isolated only when the language is
    /// right-to-left (or unknown, shown in an Arabic page); in an English or French title they
    /// are the text itself, and marking them `lang="en"` would be wrong.
    public static func text(_ text: String, language: String?) -> String {
        guard let language, TextDirection.of(language: language) == "ltr" else { return isolatingLatin(text) }
        return escape(text)
    }

    /// ` lang="…" dir="…"` for text in `language` shown inside a page of another language, so
    /// the browser isolates it and lays it out in its own direction; empty when `language` is nil.
    public static func languageAttributes(_ language: String?) -> String {
        guard let language else { return "" }
        return " lang=\"\(escape(language))\" dir=\"\(TextDirection.of(language: language))\""
    }

    /// `languageAttributes(language)` for text of a known language, else ` dir="auto"`: text
    /// of unknown direction (names, titles, snippets) is isolated either way.
    public static func textAttributes(_ language: String?) -> String {
        language == nil ? #" dir="auto""# : languageAttributes(language)
    }
}
