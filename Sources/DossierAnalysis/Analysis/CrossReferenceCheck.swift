import DossierModel

/// Checks every cross-reference in the editors' Markdown and builds the backlinks index.
package struct CrossReferenceCheck {
    package let dossier: Dossier
    /// Paragraph count per article, to check `article:<id>#p-<n>` fragments.
    package let paragraphCounts: [String: Int]

    /// Every Markdown text of the dossier with the commentary it belongs to, in a fixed order.
    package var commentary: [(CommentarySource, MarkdownText)] {
        var result: [(CommentarySource, MarkdownText)] = []
        if let overview = dossier.overview {
            result.append((CommentarySource(kind: .overview, id: "index", title: dossier.config.title), overview))
        }
        for actor in dossier.actors {
            result.append((CommentarySource(kind: .actor, id: actor.id, title: actor.name), actor.profile))
        }
        for topic in dossier.topics {
            result.append((CommentarySource(kind: .topic, id: topic.id, title: topic.title), topic.essay))
        }
        for outlet in dossier.outlets {
            if let about = outlet.about {
                result.append((CommentarySource(kind: .outlet, id: outlet.id, title: outlet.name), about))
            }
        }
        let titles = Dictionary(dossier.articles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for note in dossier.notes {
            result.append(
                (CommentarySource(kind: .note, id: note.id, title: titles[note.article] ?? note.id), note.body))
        }
        return result
    }

    /// The backlinks index, the links with a fragment, and an error for each unresolved reference.
    package func run() -> (backlinks: BacklinkIndex, fragmentLinks: [FragmentLink], diagnostics: [Diagnostic]) {
        let known: [CrossReference.Kind: [String]] = [
            .actor: dossier.actors.map(\.id), .topic: dossier.topics.map(\.id), .article: dossier.articles.map(\.id),
            .outlet: dossier.outlets.map(\.id), .note: dossier.notes.map(\.id),
            .page: SitePage.allCases.map(\.rawValue),
        ]
        let sets = known.mapValues(Set.init)
        var links: [(BacklinkIndex.Target, CommentarySource)] = []
        var fragmentLinks: [FragmentLink] = []
        var diagnostics: [Diagnostic] = []
        for (source, markdown) in commentary {
            for found in CrossReferenceScanner.references(in: markdown) {
                let reference = found.reference
                guard !reference.id.isEmpty else {
                    // Rendered as plain text, so nothing else would say the link is gone.
                    diagnostics.append(
                        .error(
                            .xrefUnresolved, "link `\(reference.destination)` names no \(reference.kind.rawValue)",
                            at: found.location,
                            fix: "Write the id after the colon (`\(reference.kind.rawValue):<id>`), or remove the link."
                        ))
                    continue
                }
                guard sets[reference.kind]?.contains(reference.id) == true else {
                    if reference.kind == .page {
                        diagnostics.append(Self.unknownPage(reference, at: found.location))
                        continue
                    }
                    diagnostics.append(
                        .error(
                            .xrefUnresolved,
                            "link `\(reference.destination)` names \(reference.kind.rawValue) «\(reference.id)», which is not in the dossier",
                            at: found.location,
                            fix: IdentifierSuggestion.fix(
                                for: reference.id, kind: reference.kind.rawValue, known: known[reference.kind] ?? [])
                        ).following(failedPath(reference)))
                    continue
                }
                let problem = fragmentProblem(reference)
                if let problem {
                    diagnostics.append(
                        .error(
                            .xrefFragmentUnknown, problem, at: found.location,
                            fix: "link to an existing paragraph `#p-<n>` (1-based) or drop the fragment"))
                }
                if reference.kind == .note, let fragment = reference.fragment {
                    diagnostics.append(
                        .warning(
                            .xrefFragmentUnknown,
                            "link `\(reference.destination)` goes to the note itself; a note has no part «\(fragment)» to link to",
                            at: found.location, fix: "drop `#\(fragment)`"))
                }
                let target = BacklinkIndex.Target(kind: reference.kind, id: reference.id)
                // A note link goes to the note's own anchor, whatever fragment it carries.
                if let fragment = reference.fragment, reference.kind != .note {
                    fragmentLinks.append(
                        FragmentLink(
                            target: target, fragment: fragment, destination: reference.destination,
                            location: found.location, isReported: problem != nil))
                }
                links.append((target, source))
            }
        }
        return (BacklinkIndex(links: links), fragmentLinks, diagnostics)
    }

    /// The error for a `page:` link naming none of the site's pages (`SitePage`).
    private static func unknownPage(_ reference: CrossReference, at location: SourceLocation) -> Diagnostic {
        let pages = SitePage.allCases.map(\.rawValue)
        let list = pages.dropLast().joined(separator: ", ") + " and " + (pages.last ?? "")
        let closest = ClosestSpelling.of(reference.id, among: pages).map { "Did you mean `page:\($0)`? " } ?? ""
        return .error(
            .xrefUnresolved,
            "link `\(reference.destination)` names page «\(reference.id)», which is not one of the site's pages",
            at: location, fix: closest + "The pages a `page:` link can name are \(list).")
    }

    /// The file that failed to load and would have defined the id `reference` names, if any.
    private func failedPath(_ reference: CrossReference) -> String? {
        guard let kind = FailedSource.Kind(rawValue: reference.kind.rawValue) else { return nil }
        return dossier.failed.path(of: kind, id: reference.id)
    }

    /// An error message when an article link names a paragraph the article does not have.
    private func fragmentProblem(_ reference: CrossReference) -> String? {
        guard reference.kind == .article, let fragment = reference.fragment, fragment.hasPrefix("p-") else {
            return nil
        }
        let count = paragraphCounts[reference.id] ?? 0
        if let number = Int(fragment.dropFirst(2)), (1...max(1, count)).contains(number), count > 0 { return nil }
        return
            "link `\(reference.destination)` names paragraph «\(fragment)», but article «\(reference.id)» has \(count) paragraphs"
    }
}
