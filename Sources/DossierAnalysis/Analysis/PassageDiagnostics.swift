import ArabicText
import DossierModel

/// The diagnostics of anchoring one quote, worded for notes or timeline events.
package enum PassageDiagnostics {
    /// What owns the quote, for messages and codes.
    package struct Owner {
        /// Notes and timeline events have diagnostic codes of their own.
        package enum Kind {
            case note
            case timeline

            /// The code of a quote that occurs several times with equally good context.
            package var quoteAmbiguous: Diagnostic.Code {
                self == .note ? .noteQuoteAmbiguous : .timelineQuoteAmbiguous
            }
            /// The code of a quote that only matched after normalisation or approximately.
            package var quoteChanged: Diagnostic.Code { self == .note ? .noteQuoteChanged : .timelineQuoteChanged }
            /// The code of a quote that is not in its article.
            package var unanchored: Diagnostic.Code { self == .note ? .noteUnanchored : .timelineUnanchored }
            /// The code of an actor id that is not in actors/.
            package var actorUnknown: Diagnostic.Code { self == .note ? .noteActorUnknown : .timelineActorUnknown }
            /// The code of a topic id that is not in topics/.
            package var topicUnknown: Diagnostic.Code { self == .note ? .noteTopicUnknown : .timelineTopicUnknown }
        }

        /// Note or timeline event: which codes to use.
        package let kind: Kind
        /// e.g. `note «kremlin-denial»` or `timeline event «…»`.
        package let name: String
        /// Where to report.
        package let location: SourceLocation
    }

    /// Warnings for an anchored quote: ties and quotes that only matched after normalisation.
    package static func warnings(for anchor: PassageAnchor, owner: Owner) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for warning in anchor.warnings {
            switch warning {
            case .ambiguousTie(let ranges):
                result.append(
                    .warning(
                        owner.kind.quoteAmbiguous,
                        "the quote of \(owner.name) occurs \(ranges.count) times in article «\(anchor.article)» with equally good context; the first one was chosen",
                        at: owner.location,
                        fix: "add `prefix:` or `suffix:` with the words just before or after the intended passage"))
            case .contextNotFound(let ranges) where ranges.count == 1:
                result.append(
                    .warning(
                        owner.kind.quoteChanged,
                        "the quote of \(owner.name) is in article «\(anchor.article)» once, but its `prefix:`/`suffix:` does not match the words around it: the article may read otherwise now",
                        at: owner.location,
                        fix:
                            "copy `prefix:`/`suffix:` from the words just before or after the passage as the article reads now, or remove them"
                    ))
            case .contextNotFound(let ranges):
                result.append(
                    .warning(
                        owner.kind.quoteAmbiguous,
                        "the quote of \(owner.name) occurs \(ranges.count) times in article «\(anchor.article)», and its `prefix:`/`suffix:` matches the words around none of them; the first one was chosen",
                        at: owner.location,
                        fix:
                            "copy `prefix:`/`suffix:` from the words just before or after the intended passage, as the article reads now"
                    ))
            }
        }
        if anchor.step.needsReview {
            let how: String
            if case .approximate(let score, _) = anchor.step {
                how = "matched approximately, score \(formatScore(score))"
            } else {
                how = "matched after ignoring diacritics, tatweel and hamza spelling"
            }
            result.append(
                .warning(
                    owner.kind.quoteChanged,
                    "quote differs from the article text; update it to «\(anchor.exact)» (\(owner.name), \(how))",
                    at: owner.location, fix: "replace the quote with the passage exactly as the article now reads"))
        }
        return result
    }

    /// The error for a quote that could not be anchored: where it is when the loader set it
    /// aside as furniture, else the nearest passage of the body.
    package static func orphan(_ failure: OrphanFailure, quote: String, article: String, owner: Owner) -> Diagnostic {
        if let block = failure.furniture, block.kind == .title {
            return owner.kind == .note
                ? otherHeadline(block, quote: quote, article: article, title: failure.title, owner: owner)
                : headline(block, quote: quote, article: article, owner: owner)
        }
        if let block = failure.furniture {
            let opening = block.text.split(separator: " ").prefix(4).joined(separator: " ")
            return .error(
                owner.kind.unanchored,
                "the quote of \(owner.name) «\(excerpt(quote))» is in line \(block.line) of article «\(article)», which was set aside as page furniture (\(block.kind.explanation)), not in its body",
                at: owner.location,
                fix: block.kind == .editorial
                    // The sidecar's own entry set it aside: a `body:` entry beside it is a conflict.
                    ? "if that block belongs to the article, delete its entry from `furniture:` in "
                        + "\(failure.sidecarPath); otherwise quote a passage of the body"
                    : "if that block belongs to the article, add `body: [\"\(opening)\"]` to \(failure.sidecarPath); "
                        + "otherwise quote a passage of the body"
            )
        }
        let orphan = failure.orphan
        var message = "the quote of \(owner.name) «\(excerpt(quote))» is not in article «\(article)»"
        if !orphan.nearestText.isEmpty {
            message += "; nearest passage (score \(formatScore(orphan.score))): «\(excerpt(orphan.nearestText))»"
        }
        return .error(
            owner.kind.unanchored, message, at: owner.location,
            fix: "copy the passage from the article's text into `quote:`, or remove it if the article no longer says it"
        )
    }

    /// The error for a note's quote of a headline in the article's text that is not the title
    /// its page shows (the sidecar's `title:` reads otherwise): a note on the headline is
    /// anchored in the title the page shows, where its passage is marked.
    private static func otherHeadline(
        _ block: Furniture, quote: String, article: String, title: String, owner: Owner
    ) -> Diagnostic {
        .error(
            owner.kind.unanchored,
            "the quote of \(owner.name) «\(excerpt(quote))» is in the headline in line \(block.line) of article «\(article)», "
                + "but not in the title its page shows, «\(excerpt(title))»: a note on the headline is anchored in that title",
            at: owner.location,
            fix: "quote the words of the title as the page shows it (the `title:` of the article's sidecar), "
                + "or a passage of the body; do not add the headline to `body:`, which would show it twice"
        )
    }

    /// The error for a timeline passage quoting the article's headline (or a copy of it), which
    /// is the page's title, not a passage of the body: bringing the line back with `body:`, as
    /// for other furniture, would show the headline twice (the title and the first paragraph).
    private static func headline(_ block: Furniture, quote: String, article: String, owner: Owner) -> Diagnostic {
        .error(
            owner.kind.unanchored,
            "the quote of \(owner.name) «\(excerpt(quote))» is the headline of article «\(article)» (line \(block.line)), which the page shows as its title; a quote is anchored in the article's body only",
            at: owner.location,
            fix: "quote the passage of the body that makes the headline's claim (the lead, usually), and quote the "
                + "headline in the text of \(owner.name); do not add the headline to `body:`, which would show it twice"
        )
    }

    /// A quote shortened to at most `limit` scalars for messages, cut between words with «…».
    package static func excerpt(_ text: String, limit: Int = 80) -> String {
        TextClip.clipped(text, to: limit)
    }

    /// A score with two decimals, independent of locale.
    package static func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
