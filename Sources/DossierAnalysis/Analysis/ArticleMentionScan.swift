import ArabicText
import DossierModel

/// The mentions of one article: resolved title and body mentions and ambiguous occurrences.
package struct ArticleMentionScan: Sendable {
    package let mentions: [ActorMention]
    package let titleMentions: [ActorMention]
    package let ambiguous: [AmbiguousMention]

    /// Sorts the mentions `found` in the text `ArticleMentionScan.text(of:bodyText:)` of
    /// `article` into title and body mentions and ambiguous occurrences.
    ///
    /// Title and body are searched as one text (joined by a blank line, which no alias can
    /// cross) because weak aliases activate per article: a strong mention in the title
    /// activates a weak alias in the body and vice versa.
    package init(article: Article, locator: PassageLocator, found textMentions: [Mention]) {
        let titleLength = article.title.unicodeScalars.count
        let bodyStart = Self.bodyStart(title: article.title)
        var body: [ActorMention] = []
        var heading: [ActorMention] = []
        var ambiguous: [AmbiguousMention] = []
        for found in textMentions {
            let part: ArticlePart
            let range: Range<Int>
            let bodyRange: Range<Int>?
            if found.range.upperBound <= titleLength {
                part = .title
                range = found.range
                bodyRange = nil
            } else if found.range.lowerBound >= bodyStart {
                let inBody = (found.range.lowerBound - bodyStart)..<(found.range.upperBound - bodyStart)
                let index = locator.paragraphIndex(containing: inBody.lowerBound)
                let start = locator.offsets[index]
                part = .paragraph(index)
                range = (inBody.lowerBound - start)..<(inBody.upperBound - start)
                bodyRange = inBody
            } else {
                continue
            }
            switch found.status {
            case .resolved:
                guard let actor = found.entityID else { continue }
                let isTitle = bodyRange == nil
                let number = (isTitle ? heading.count : body.count) + 1
                let mention = ActorMention(
                    id: (isTitle ? "t-" : "m-") + String(number), actor: actor, article: article.id, part: part,
                    range: range, bodyRange: bodyRange, alias: found.alias, surface: found.surface,
                    strength: found.strength)
                if isTitle { heading.append(mention) } else { body.append(mention) }
            case .ambiguous(let candidates):
                ambiguous.append(
                    AmbiguousMention(
                        article: article.id, part: part, range: range, bodyRange: bodyRange, alias: found.alias,
                        surface: found.surface, strength: found.strength, candidates: candidates))
            }
        }
        mentions = body
        titleMentions = heading
        self.ambiguous = ambiguous
    }

    /// The text an article is searched in: its title and body joined by a blank line.
    package static func text(of article: Article, bodyText: String) -> String {
        article.title + Article.paragraphSeparator + bodyText
    }

    /// The scalar offset at which the body starts in `text(of:bodyText:)`.
    package static func bodyStart(title: String) -> Int {
        title.unicodeScalars.count + Article.paragraphSeparator.unicodeScalars.count
    }
}
