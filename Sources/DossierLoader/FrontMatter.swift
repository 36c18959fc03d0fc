/// A Markdown file split into its `---` YAML front matter and its body, with the file lines
/// where each part starts so diagnostics can point into the original file.
struct FrontMatter: Sendable, Hashable {
    /// The YAML between the fences, or nil when the file has no front matter.
    let yaml: String?
    /// The 1-based file line of the first YAML line.
    let yamlLine: Int
    let body: String
    /// The 1-based file line of the first body line.
    let bodyLine: Int
    /// True when an opening fence has no closing fence; the whole file is then the body.
    let unclosed: Bool

    /// Splits `text` (L0, LF line ends). A front matter opens with `---` on line 1 and closes
    /// with `---` or `...` on a later line.
    init(splitting text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            self.init(yaml: nil, yamlLine: 1, body: text, bodyLine: 1, unclosed: false)
            return
        }
        for index in 1..<max(1, lines.count) {
            let line = lines[index].trimmingTrailingSpaces
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                var bodyLines = Array(lines[(index + 1)...])
                var bodyLine = index + 2
                // Blank lines between the fence and the text are not part of the body.
                while let head = bodyLines.first, head.allSatisfy(\.isWhitespace), bodyLines.count > 1 {
                    bodyLines.removeFirst()
                    bodyLine += 1
                }
                self.init(
                    yaml: yaml, yamlLine: 2, body: bodyLines.joined(separator: "\n"),
                    bodyLine: bodyLine, unclosed: false)
                return
            }
        }
        self.init(yaml: nil, yamlLine: 1, body: text, bodyLine: 1, unclosed: true)
    }

    private init(yaml: String?, yamlLine: Int, body: String, bodyLine: Int, unclosed: Bool) {
        self.yaml = yaml
        self.yamlLine = yamlLine
        self.body = body
        self.bodyLine = bodyLine
        self.unclosed = unclosed
    }
}

extension Substring {
    /// The line without trailing spaces, tabs or a stray carriage return.
    fileprivate var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
