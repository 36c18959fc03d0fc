import ArabicText
import DossierAnalysis
import DossierModel
import DossierRenderer

extension ArticlePageBuilder {
    /// The body paragraphs with mention links and ids, note highlights and markers, Latin
    /// runs isolated, and the notes of each paragraph beside it (the first paragraph's after
    /// those of the headline, which has no margin of its own).
    static func annotatedParagraphs(of analysis: ArticleAnalysis, context: PageContext) -> [ParagraphView] {
        let article = analysis.article
        // The notes beyond those the page marks are on the notes list only (`NotePlace`).
        let notes = analysis.notes.prefix(PageContext.markedNoteLimit).compactMap { context.analysis.note($0) }
        let linker = MentionLinker(href: { context.href(to: .actor($0)) }, name: { context.actorName($0) })
        let mentionSpans = linker.spans(
            texts: article.paragraphs.map(\.text), mentions: analysis.mentionsByParagraph)
        return article.paragraphs.indices.map { index in
            let text = article.paragraphs[index].text
            var spans = latinSpans(text, language: article.language)
            spans += mentionSpans[index]
            var inserts: [Int: String] = [:]
            var cards: [NoteView] = []
            for note in notes {
                guard let anchor = note.anchor else { continue }
                let number = context.noteNumber(note)
                let markClass = markClass(number: number)
                let pieces = anchor.spans.filter { $0.paragraphIndex == index }
                for (position, piece) in pieces.enumerated() {
                    let first = piece == anchor.spans.first
                    spans.append(
                        InlineSpan(
                            range: piece.range,
                            kind: .highlight(
                                id: first ? SiteRoutes.noteID(note.id) : nil, className: markClass, title: nil)))
                    if position == pieces.count - 1, piece == anchor.spans.last {
                        inserts[markerOffset(after: piece.range.upperBound, in: text), default: ""] += marker(
                            number: number, href: markerHref(of: note, context: context),
                            label: context.strings.commentary.toNote)
                    }
                }
                if (anchor.inTitle ? 0 : anchor.spans.first?.paragraphIndex) == index, context.place(of: note) == .card
                {
                    cards.append(context.noteView(note, elementID: PageContext.noteCardID(note.id), headingsFrom: 2).0)
                }
            }
            let html = InlineMarkup.render(text, spans: spans, inserts: inserts)
            var view = ParagraphView(id: SiteRoutes.paragraphID(index + 1), html: html, notes: cards)
            view.alsoReported = ComparisonPageBuilder.alsoReported(
                context: context, articleID: article.id, paragraph: index + 1)
            return view
        }
    }

    /// The title with its mentions given their `t-<n>` ids (not linked: the panel links them),
    /// and the passages of the notes on the headline highlighted and marked as in the body.
    static func annotatedTitle(of analysis: ArticleAnalysis, context: PageContext) -> String {
        let title = analysis.article.title
        var spans = latinSpans(title, language: analysis.article.language)
        spans += analysis.titleMentions.map {
            InlineSpan(range: $0.range, kind: .target(id: $0.id, className: "mention"))
        }
        var inserts: [Int: String] = [:]
        for note in titleNotes(of: analysis, context: context) where context.place(of: note) != .listed {
            guard let anchor = note.anchor else { continue }
            let number = context.noteNumber(note)
            spans.append(
                InlineSpan(
                    range: anchor.range,
                    kind: .highlight(id: SiteRoutes.noteID(note.id), className: markClass(number: number), title: nil)))
            inserts[markerOffset(after: anchor.range.upperBound, in: title), default: ""] += marker(
                number: number, href: markerHref(of: note, context: context), label: context.strings.commentary.toNote)
        }
        return InlineMarkup.render(title, spans: spans, inserts: inserts)
    }

    /// The title's element id when notes are anchored in it, else nil.
    static func titleID(of analysis: ArticleAnalysis, context: PageContext) -> String? {
        titleNotes(of: analysis, context: context).isEmpty ? nil : SiteRoutes.titleID
    }

    /// The notes anchored in the article's title: they come first in its notes (reading order).
    private static func titleNotes(of analysis: ArticleAnalysis, context: PageContext) -> [AnchoredNote] {
        var found: [AnchoredNote] = []
        for id in analysis.notes {
            guard let note = context.analysis.note(id), note.anchor?.inTitle == true else { break }
            found.append(note)
        }
        return found
    }

    /// A note's highlight's classes: neighbouring highlights alternate colours, so two notes
    /// never read as one band.
    private static func markClass(number: Int) -> String {
        number.isMultiple(of: 2) ? "note-mark note-mark-alt" : "note-mark"
    }

    /// Latin runs isolated as English inside right-to-left (or undetermined) text; none in a
    /// left-to-right article, whose Latin text is the article's own language.
    static func latinSpans(_ text: String, language: String) -> [InlineSpan] {
        guard TextDirection.of(language: language) != "ltr" else { return [] }
        return LatinRuns.ranges(in: text).map { InlineSpan(range: $0, kind: .isolate(dir: "ltr", lang: "en")) }
    }

    /// Punctuation that closes what precedes it: a note's marker goes after it.
    static let closingPunctuation: Set<Unicode.Scalar> = ["،", "؛", ".", ",", ";", ":", "!", "?", "؟", ")", "»", "”"]

    /// Where a note's marker goes: at the end of its passage, or after the punctuation that
    /// directly follows it, so the marker never parts a word from its comma («ترمب،²», not
    /// «ترمب²،», which reads «ترمب ² ،» once the marker has a finger-sized target).
    static func markerOffset(after end: Int, in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var offset = end
        while offset < scalars.count, closingPunctuation.contains(scalars[offset]) { offset += 1 }
        return offset
    }

    /// The numbered link from the end of a highlighted passage to its note (`href`). The number
    /// is drawn by the style sheet (`data-number`), not written in the text: the paragraph's text
    /// on the page stays the article's, which the annotations' selectors count in, and a
    /// copied passage carries no note numbers. The link is named by its label.
    private static func marker(number: Int, href: String, label: String) -> String {
        "<sup class=\"note-ref\"><a href=\"\(HTMLText.escape(href))\" aria-label=\"\(HTMLText.escape(label)) \(number)\" data-number=\"\(number)\"></a></sup>"
    }

    /// Where a note's marker links: its card beside it, or its card on the notes list when the
    /// page shows no card for it (`NotePlace.marked`).
    static func markerHref(of note: AnchoredNote, context: PageContext) -> String {
        guard context.place(of: note) != .card else { return "#" + PageContext.noteCardID(note.id) }
        let (route, fragment) = context.listedCard(of: note.id)
        return context.href(to: route, fragment: fragment) ?? ""
    }

    /// The side panel: actors and topics with counts, ambiguous names apart, backlinks.
    static func sidePanel(of analysis: ArticleAnalysis, context: PageContext) -> ArticleSidePanel {
        var actorCounts: [String: Int] = [:]
        for mention in analysis.titleMentions + analysis.mentions { actorCounts[mention.actor, default: 0] += 1 }
        let actors = analysis.actorIDs.map { id in
            CountedLink(label: context.actorName(id), href: context.href(to: .actor(id)), count: actorCounts[id] ?? 0)
        }
        var topicCounts: [String: Int] = [:]
        for hit in analysis.topicHits { topicCounts[hit.topic, default: 0] += 1 }
        let topics = analysis.topicIDs.map { id in
            CountedLink(
                label: context.index.topics[id]?.title ?? id, href: context.href(to: .topic(id)),
                count: topicCounts[id] ?? 0)
        }
        let ambiguous = analysis.ambiguous.map { mention in
            ArticleSidePanel.Ambiguous(
                surface: mention.surface,
                href: "#" + (mention.part.paragraphNumber.map(SiteRoutes.paragraphID) ?? "main"),
                candidates: mention.candidates.map { id in
                    CountedLink(label: context.actorName(id), href: context.href(to: .actor(id)), count: 0)
                })
        }
        return ArticleSidePanel(
            actors: actors, topics: topics, ambiguous: ambiguous,
            backlinks: context.backlinks(to: .article, id: analysis.id))
    }
}
