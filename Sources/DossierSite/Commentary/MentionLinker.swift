import DossierAnalysis
import DossierRenderer

/// Decides which mentions of an article's body become links to their actor's page.
///
/// Linking every occurrence stripes the text (118 links in 2,008 words of one seed article).
/// Like Wikipedia's "link once per section", an actor is linked at its first mention and
/// again only once `relinkDistance` paragraphs have passed since its last link. Plain-text
/// articles have no headings, so a "section" is this window of paragraphs: a reader who
/// arrives at a paragraph through a `#p-<n>` or `#m-<n>` link still finds the name linked
/// nearby, and the side panel links every actor of the article anyway.
///
/// A role and a name side by side («الرئيس الروسي فلاديمير بوتين»: a weak alias directly
/// followed by a mention of the same actor) form one mention: the link covers both, and each
/// keeps its `m-<n>` target inside it.
public struct MentionLinker: Sendable {
    /// Paragraphs after a link before the same actor is linked again.
    public static let relinkDistance = 5

    /// The actor page's URL, or nil when the site has none (the mention stays a target).
    let href: @Sendable (String) -> String?
    /// The actor's display name, for the link's `title`.
    let name: @Sendable (String) -> String

    /// A linker resolving actor ids with the two functions.
    public init(href: @escaping @Sendable (String) -> String?, name: @escaping @Sendable (String) -> String) {
        self.href = href
        self.name = name
    }

    /// The mention spans of each paragraph: `texts[i]` is paragraph `i`, `mentions[i]` its
    /// mentions in document order.
    public func spans(texts: [String], mentions: [[ActorMention]]) -> [[InlineSpan]] {
        var lastLinked: [String: Int] = [:]
        return zip(texts.indices, zip(texts, mentions)).map { index, pair in
            let (text, paragraphMentions) = pair
            var spans: [InlineSpan] = []
            for group in Self.groups(paragraphMentions, in: text) {
                guard let first = group.first, let last = group.last else { continue }
                let actor = first.actor
                let due = lastLinked[actor].map { index - $0 >= Self.relinkDistance } ?? true
                guard due, let url = href(actor) else {
                    spans += group.map { InlineSpan(range: $0.range, kind: .target(id: $0.id, className: "mention")) }
                    continue
                }
                lastLinked[actor] = index
                let weak = group.allSatisfy { $0.strength == .weak } ? " mention-weak" : ""
                if group.count == 1 {
                    spans.append(
                        InlineSpan(
                            range: first.range,
                            kind: .link(href: url, id: first.id, className: "mention" + weak, title: name(actor))))
                } else {
                    spans.append(
                        InlineSpan(
                            range: first.range.lowerBound..<last.range.upperBound,
                            kind: .link(href: url, id: nil, className: "mention", title: name(actor))))
                    spans += group.map { InlineSpan(range: $0.range, kind: .target(id: $0.id, className: nil)) }
                }
            }
            return spans
        }
    }

    /// The mentions grouped so that a weak alias directly followed (only spaces between) by a
    /// mention of the same actor forms one group with it; every other mention is alone.
    static func groups(_ mentions: [ActorMention], in text: String) -> [[ActorMention]] {
        // Copied to scalars only when a weak mention asks: most paragraphs have none.
        var scalars: [Unicode.Scalar]?
        var groups: [[ActorMention]] = []
        for mention in mentions {
            if let previous = groups.last?.last, previous.strength == .weak, previous.actor == mention.actor,
                previous.range.upperBound <= mention.range.lowerBound
            {
                let all = scalars ?? Array(text.unicodeScalars)
                scalars = all
                if mention.range.lowerBound <= all.count,
                    all[previous.range.upperBound..<mention.range.lowerBound].allSatisfy({ $0.properties.isWhitespace })
                {
                    groups[groups.count - 1].append(mention)
                    continue
                }
            }
            groups.append([mention])
        }
        return groups
    }
}
