import ArabicText
import DossierModel

/// Anchors notes and timeline passages and checks the ids they name.
package struct NoteAnchoring {
    package let locators: [String: PassageLocator]
    package let articleIDs: [String]
    package let actorIDs: Set<String>
    package let topicIDs: Set<String>
    /// Files that failed to load: an unknown id they would have defined only follows from that.
    package let failed: [FailedSource]

    /// Every note anchored (same order), with diagnostics.
    package func anchor(notes: [Note]) -> ([AnchoredNote], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let anchored = notes.map { note -> AnchoredNote in
            diagnostics += checkIDs(
                actors: note.actors, topics: note.topics, kind: .note, owner: "note «\(note.id)»",
                actorsAt: note.location(ofKey: "actors"), topicsAt: note.location(ofKey: "topics"))
            guard let locator = locators[note.article] else {
                diagnostics.append(
                    .error(
                        .noteArticleUnknown,
                        "note «\(note.id)» is pinned to article «\(note.article)», which is not in the dossier",
                        at: note.location(ofKey: "article"),
                        fix: IdentifierSuggestion.fix(for: note.article, kind: "article", known: articleIDs)
                    ).following(failed.path(of: .article, id: note.article)))
                return AnchoredNote(note: note, anchor: nil)
            }
            let owner = PassageDiagnostics.Owner(
                kind: .note, name: "note «\(note.id)»", location: note.location(ofKey: "quote"))
            // A note may be pinned to the headline, which its page marks as it marks the body.
            switch locator.anchor(quote: note.quote, prefix: note.prefix, suffix: note.suffix, inTitle: true) {
            case .success(let anchor):
                diagnostics += PassageDiagnostics.warnings(for: anchor, owner: owner)
                return AnchoredNote(note: note, anchor: anchor)
            case .failure(let failure):
                diagnostics.append(
                    PassageDiagnostics.orphan(failure, quote: note.quote, article: note.article, owner: owner))
                return AnchoredNote(note: note, anchor: nil)
            }
        }
        return (anchored, diagnostics)
    }

    /// Every timeline event with its passages anchored (same order), with diagnostics.
    package func anchor(events: [TimelineEvent]) -> ([AnchoredEvent], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let anchored = events.map { event -> AnchoredEvent in
            let name = "timeline event «\(PassageDiagnostics.excerpt(event.title, limit: 40))»"
            diagnostics += checkIDs(
                actors: event.actors, topics: event.topics, kind: .timeline, owner: name,
                actorsAt: event.location(ofKey: "actors"), topicsAt: event.location(ofKey: "topics"))
            if event.sources.isEmpty {
                diagnostics.append(
                    .error(
                        .timelineSourceMissing, "\(name) rests on no passage", at: event.location,
                        fix: "add `article:` and `quote:`, or `sources:` with at least one {article, quote}"))
            }
            let owner = PassageDiagnostics.Owner(kind: .timeline, name: name, location: event.location)
            let passages = event.sources.map { reference -> AnchoredPassage in
                guard let locator = locators[reference.article] else {
                    diagnostics.append(
                        .error(
                            .timelineArticleUnknown,
                            "\(name) cites article «\(reference.article)», which is not in the dossier",
                            at: event.location,
                            fix: IdentifierSuggestion.fix(for: reference.article, kind: "article", known: articleIDs)
                        ).following(failed.path(of: .article, id: reference.article)))
                    return AnchoredPassage(reference: reference, anchor: nil)
                }
                switch locator.anchor(quote: reference.quote, prefix: nil, suffix: nil) {
                case .success(let anchor):
                    diagnostics += PassageDiagnostics.warnings(for: anchor, owner: owner)
                    return AnchoredPassage(reference: reference, anchor: anchor)
                case .failure(let failure):
                    diagnostics.append(
                        PassageDiagnostics.orphan(
                            failure, quote: reference.quote, article: reference.article, owner: owner))
                    return AnchoredPassage(reference: reference, anchor: nil)
                }
            }
            return AnchoredEvent(event: event, passages: passages)
        }
        return (anchored, diagnostics)
    }

    private func checkIDs(
        actors: [String], topics: [String], kind: PassageDiagnostics.Owner.Kind, owner: String,
        actorsAt: SourceLocation,
        topicsAt: SourceLocation
    ) -> [Diagnostic] {
        let unknownActors = actors.filter { !actorIDs.contains($0) }.map { id in
            Diagnostic.error(
                kind.actorUnknown, "\(owner) names actor «\(id)», which is not in actors/", at: actorsAt,
                fix: IdentifierSuggestion.fix(for: id, kind: "actor", known: actorIDs.sorted())
            ).following(failed.path(of: .actor, id: id))
        }
        let unknownTopics = topics.filter { !topicIDs.contains($0) }.map { id in
            Diagnostic.error(
                kind.topicUnknown, "\(owner) names topic «\(id)», which is not in topics/", at: topicsAt,
                fix: IdentifierSuggestion.fix(for: id, kind: "topic", known: topicIDs.sorted())
            ).following(failed.path(of: .topic, id: id))
        }
        return unknownActors + unknownTopics
    }
}
