import Yams

/// libyaml's syntax errors about something left open (a list's «[», a quotation mark, a key's
/// «:»), said in a reader's words at the line where it was opened. libyaml reports them where it
/// gave up, which is the next line or a later one: `aliases: [أ, ب` on line 4 was «while parsing
/// a flow sequence did not find expected ',' or ']'» at line 5, column 1.
struct YAMLUnclosedSyntax {
    /// The message, the fix, and the place in the YAML text (1-based line and column) to report.
    let message: String
    let fix: String
    let line: Int
    let column: Int

    /// What libyaml's «while …» context left open, and how to close it.
    private static let openedBy: [String: (message: String, fix: String)] = [
        "while parsing a flow sequence": (
            "the list opened with «[» here is not closed with «]»",
            "End the list with «]» on the same line, with a comma between items: `[أ, ب]`."
        ),
        "while parsing a flow mapping": (
            "the mapping opened with «{» here is not closed with «}»",
            "End it with «}» on the same line, with a comma between pairs: `{article: a, quote: b}`."
        ),
        "while scanning a simple key": (
            "this line has no «:» after its key", "Write `key: value`, with a colon and a space after the key."
        ),
        "while scanning a quoted scalar": (
            "the quotation mark that opens this value is never closed",
            "Add the closing quotation mark at the end of the value, on the same line."
        ),
    ]

    /// The plain account of `problem`, raised with `context` (libyaml's «while …» and its
    /// mark) at line `problemLine` of `yaml`; nil for other problems.
    static func explain(problem: String, context: YamlError.Context?, problemLine: Int, yaml: String) -> Self? {
        if let context, let account = openedBy[context.text],
            context.text != "while scanning a simple key" || problem.contains("could not find expected ':'")
        {
            return Self(
                message: account.message, fix: account.fix, line: context.mark.line, column: context.mark.column)
        }
        // A quotation mark left open is closed by the next value's opening one: libyaml then
        // stumbles on that value («did not find expected key»), lines after the mistake.
        guard problem.contains("did not find expected"),
            let open = lineWithUnclosedQuote(before: problemLine, in: yaml)
        else { return nil }
        return Self(
            message:
                "the quotation mark that opens this value is not closed on its line, so YAML read on to line \(problemLine)",
            fix: "Add the closing quotation mark at the end of the value, on the same line.",
            line: open.line, column: open.column)
    }

    /// The last line before `problemLine` whose value (after `key: ` or `- `) opens with a
    /// quotation mark that the line does not close, with the mark's column (both 1-based).
    private static func lineWithUnclosedQuote(before problemLine: Int, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var found: (line: Int, column: Int)?
        for (index, line) in lines.prefix(max(0, problemLine - 1)).enumerated() {
            guard let start = valueStart(of: line) else { continue }
            let quote = line[start]
            let rest = line[line.index(after: start)...]
            if !closes(rest, quote: quote) {
                found = (index + 1, line.distance(from: line.startIndex, to: start) + 1)
            }
        }
        return found
    }

    /// Where the value of a `key: value` or `- value` line starts, when it starts with a quotation mark.
    private static func valueStart(of line: Substring) -> Substring.Index? {
        var rest = line.drop(while: { $0 == " " })
        if rest.hasPrefix("- ") {
            rest = rest.dropFirst(2).drop(while: { $0 == " " })
        } else if let colon = rest.range(of: ": ") {
            rest = rest[colon.upperBound...].drop(while: { $0 == " " })
        } else {
            return nil
        }
        guard let first = rest.first, first == "\"" || first == "'" else { return nil }
        return rest.startIndex
    }

    /// Whether `text` (a value after its opening `quote`) holds the closing one: an unescaped
    /// «"», or a «'» that is not doubled.
    private static func closes(_ text: Substring, quote: Character) -> Bool {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if quote == "\"", character == "\\" {
                index = next < text.endIndex ? text.index(after: next) : next
                continue
            }
            if character == quote {
                if quote == "'", next < text.endIndex, text[next] == "'" {
                    index = text.index(after: next)
                    continue
                }
                return true
            }
            index = next
        }
        return false
    }
}
