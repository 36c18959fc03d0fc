/// How an article's outlet was found, in the words `Provenance.outletEvidence` and a sidecar's
/// `outlet_evidence` hold: where the page names it and the line («masthead: جريدة الوطن»,
/// «footer line 12: © 2024 الوطن»), after the dossier's outlet that line names when the
/// loader matched one («known outlet «الوطن», …»). The loader and `new article` write these
/// words, and the site reads them back to show them in its own language; an editor's own
/// words have no place and are shown as written.
public struct OutletEvidence: Sendable, Hashable, CustomStringConvertible {
    /// The rule of the detector that read the outlet's name.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        case copyright = "copyright line"
        case masthead
        case byline = "byline tag"
        case follow = "site's own line"
    }

    /// Where on the page the line was read.
    public enum Place: Sendable, Hashable {
        /// Where a rule of the detector read it.
        case rule(Rule)
        /// A removed block of the page, by its kind and line, that names a known outlet.
        case furniture(FurnitureKind, line: Int)
    }

    /// The name of the dossier's outlet the line names, when the loader matched one.
    public var knownOutlet: String?
    /// Where the line was read; nil for an editor's own words.
    public var place: Place?
    /// The line, or the editor's words.
    public var text: String

    /// Evidence of its parts.
    public init(knownOutlet: String? = nil, place: Place?, text: String) {
        self.knownOutlet = knownOutlet
        self.place = place
        self.text = text
    }

    /// The evidence `words` hold, read as `description` writes it; words in no such form are
    /// an editor's, with no known outlet and no place.
    public init(reading words: String) {
        var rest = Substring(words)
        if rest.hasPrefix(Self.knownOpening), let close = rest.range(of: Self.knownClosing) {
            knownOutlet = String(rest[..<close.lowerBound].dropFirst(Self.knownOpening.count))
            rest = rest[close.upperBound...]
        }
        if let rule = Rule.allCases.first(where: { rest.hasPrefix($0.rawValue + ": ") }) {
            place = .rule(rule)
            rest = rest.dropFirst(rule.rawValue.count + 2)
        } else if let (kind, line, after) = Self.furnitureLine(opening: rest) {
            place = .furniture(kind, line: line)
            rest = after
        }
        text = String(rest)
    }

    /// The words: «known outlet «NAME», » when there is one, then the place and a colon, then
    /// the line.
    public var description: String {
        let known = knownOutlet.map { Self.knownOpening + $0 + Self.knownClosing } ?? ""
        switch place {
        case .rule(let rule): return known + rule.rawValue + ": " + text
        case .furniture(let kind, let line): return known + "\(kind.rawValue) line \(line): " + text
        case nil: return known + text
        }
    }

    private static let knownOpening = "known outlet «"
    private static let knownClosing = "», "

    /// The kind and line number of «KIND line N: » opening `words`, and the words after it.
    private static func furnitureLine(opening words: Substring) -> (FurnitureKind, Int, Substring)? {
        guard let space = words.firstIndex(of: " "), let kind = FurnitureKind(rawValue: String(words[..<space])),
            words[space...].hasPrefix(" line "), let colon = words.range(of: ": ")
        else { return nil }
        let number = words[words.index(space, offsetBy: " line ".count)..<colon.lowerBound]
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }), let line = Int(number) else {
            return nil
        }
        return (kind, line, words[colon.upperBound...])
    }
}
