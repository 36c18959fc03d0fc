import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds an article page model from an article.
public enum ArticlePageBuilder {
    /// Longest page description, in characters.
    static let descriptionLength = 160

    public static func page(for article: Article, context: PageContext) -> ArticlePage {
        let strings = context.strings
        let analysis = context.analysis.article(article.id)
        let language = article.language(differingFrom: context.index.dossier.config.language)
        let paragraphs =
            analysis.map { annotatedParagraphs(of: $0, context: context) }
            ?? article.paragraphs.enumerated().map { offset, paragraph in
                ParagraphView(
                    id: SiteRoutes.paragraphID(offset + 1), html: HTMLText.text(paragraph.text, language: language))
            }
        var provenance = [
            ProvenanceRow(label: strings.articleTitle, value: strings.label(for: article.provenance.title)),
            ProvenanceRow(label: strings.provenanceDate, value: strings.label(for: article.provenance.published)),
            ProvenanceRow(label: strings.outlet, value: strings.label(for: article.provenance.outlet)),
        ]
        if let evidence = article.provenance.outletEvidence, !evidence.isEmpty {
            let words = strings.words(for: OutletEvidence(reading: evidence))
            provenance.append(ProvenanceRow(label: strings.outletEvidence, value: words))
        }
        var page = ArticlePage(
            title: article.title, language: language,
            outletName: context.index.outletName(of: article, strings: strings),
            outletHref: article.outlet.flatMap { context.href(to: .outlet($0)) },
            date: article.published.map { DisplayDate($0, strings: strings) },
            sourceURL: WebAddress.checked(article.url),
            paragraphs: paragraphs,
            furniture: article.furniture.map { FurnitureView($0, strings: strings, language: language) },
            original: OriginalFileView(href: context.href(to: .articleOriginal(article.id)), source: article.source),
            provenance: provenance, labels: strings)
        if let analysis {
            page.titleHTML = annotatedTitle(of: analysis, context: context)
            page.titleID = titleID(of: analysis, context: context)
            let panel = sidePanel(of: analysis, context: context)
            page.sidePanel = panel.isEmpty ? nil : panel
            (page.notesShownOf, page.notesHref) = notesElsewhere(of: analysis, context: context)
        }
        return page
    }

    /// The line and link to the notes list of an article with more notes than its page shows
    /// as cards (`PageContext.marginCardCount(of:)`), the link to the card of the first it
    /// leaves out.
    static func notesElsewhere(of analysis: ArticleAnalysis, context: PageContext) -> (String?, String?) {
        let limit = context.marginCardCount(of: analysis.id)
        guard analysis.notes.count > limit else { return (nil, nil) }
        let strings = context.strings
        let (route, fragment) = context.listedCard(of: analysis.notes[limit])
        return (
            strings.shownOf(strings.noteCount, limit, of: analysis.notes.count),
            context.href(to: route, fragment: fragment)
        )
    }

    /// The start of the first paragraph, for `<meta name="description">`.
    public static func description(of article: Article) -> String? {
        article.paragraphs.first.flatMap { description(opening: $0.text) }
    }

    /// The start of editors' Markdown (a profile, an essay) as a reader sees it, for the
    /// `<meta name="description">` of its page; nil when it is empty.
    static func description(of markdown: MarkdownText?) -> String? {
        markdown.flatMap { description(opening: MarkdownRenderer.plainText(of: $0.text)) }
    }

    /// The first `descriptionLength` characters of `text`, with «…» when it goes on.
    private static func description(opening text: String) -> String? {
        guard !text.isEmpty else { return nil }
        // The first characters only: counting a long paragraph's characters is slow.
        let start = text.prefix(descriptionLength)
        return start.endIndex == text.endIndex ? text : String(start) + "…"
    }

}
