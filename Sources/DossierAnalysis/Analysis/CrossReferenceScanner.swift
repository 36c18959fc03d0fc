import DossierModel

/// Finds `actor:`/`topic:`/`article:`/`outlet:`/`note:` link destinations in Markdown source.
///
/// A deliberately small scanner: inline links `](dest)` and `](<dest> "title")`, autolinks
/// `<dest>` and reference definitions `[label]: dest`. It skips fenced code blocks and code
/// spans. The renderer resolves the same links with cmark; this scanner exists so analysis
/// (backlinks, and the one error for each unresolved reference, with file:line) needs no
/// Markdown parser.
public enum CrossReferenceScanner {
    /// A cross-reference found in a Markdown text, with its place in the file.
    public struct Found: Sendable, Hashable {
        /// The parsed destination.
        public let reference: CrossReference
        /// File, 1-based line and character column of the destination.
        public let location: SourceLocation
    }

    /// Every cross-reference in `markdown`, in text order.
    public static func references(in markdown: MarkdownText) -> [Found] {
        var result: [Found] = []
        var inFence = false
        let lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (lineOffset, line) in lines.enumerated() {
            let chars = Array(line)
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            for (destination, column) in destinations(in: chars) {
                guard let reference = CrossReference(destination: destination) else { continue }
                let baseColumn = lineOffset == 0 ? markdown.location.column : 1
                let location = SourceLocation(
                    path: markdown.location.path, line: markdown.location.line + lineOffset, column: baseColumn + column
                )
                result.append(Found(reference: reference, location: location))
            }
        }
        return result
    }

    /// Link destinations in one line with their 0-based character columns.
    package static func destinations(in chars: [Character]) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var index = 0
        var inCode = false
        if let definition = referenceDefinition(in: chars) { result.append(definition) }
        while index < chars.count {
            let char = chars[index]
            if char == "`" {
                inCode.toggle()
            } else if !inCode, char == "]", index + 1 < chars.count, chars[index + 1] == "(" {
                var start = index + 2
                while start < chars.count, chars[start] == " " { start += 1 }
                let angled = start < chars.count && chars[start] == "<"
                if angled { start += 1 }
                var end = start
                while end < chars.count, !(angled ? chars[end] == ">" : (chars[end] == ")" || chars[end] == " ")) {
                    end += 1
                }
                result.append((String(chars[start..<end]), start))
                index = end
                continue
            } else if !inCode, char == "<", let close = chars[(index + 1)...].firstIndex(of: ">") {
                let inner = String(chars[(index + 1)..<close])
                if !inner.contains(" "), inner.contains(":") { result.append((inner, index + 1)) }
            }
            index += 1
        }
        return result
    }

    /// `[label]: destination` at the start of a line (up to three spaces of indentation).
    private static func referenceDefinition(in chars: [Character]) -> (String, Int)? {
        var index = 0
        while index < min(3, chars.count), chars[index] == " " { index += 1 }
        guard index < chars.count, chars[index] == "[",
            let close = chars[index...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == ":"
        else { return nil }
        var start = close + 2
        while start < chars.count, chars[start] == " " { start += 1 }
        var end = start
        while end < chars.count, chars[end] != " " { end += 1 }
        guard end > start else { return nil }
        var destination = String(chars[start..<end])
        if destination.hasPrefix("<"), destination.hasSuffix(">") {
            destination = String(destination.dropFirst().dropLast())
        }
        return (destination, start)
    }
}
