import DossierAnalysis
import DossierModel
import DossierRenderer

/// Everything an article page is made from, gathered without building the page: the article,
/// the key of its analysis, and what the page shows of other things (names and links of the
/// actors, topics and outlet it mentions, its notes, the pages linking to it, the passages
/// other articles share with it), with its layout and search data.
///
/// In a build that reuses pages, the digest of these inputs is the article page's
/// fingerprint: an article page whose inputs are unchanged is linked from the previous build
/// without its model being built, which is most of what a rebuild would otherwise spend on
/// the thousand articles that did not change. Every value `ArticlePageBuilder` reads is here,
/// itself or through a digest of what made it; a value read there and missing here would
/// leave a stale page, which the incremental tests catch by comparing with clean builds.
struct ArticlePageInputs: Encodable {
    /// The digest of the analysis salt and of the article's id, title and body
    /// (`SiteBuilder.dataKeys`): it fixes the article's mentions, topic hits and search terms.
    let scan: String
    let article: ArticleIdentity
    let outletName: String
    let outletHref: String?
    let originalHref: String?
    /// The name and link of every actor the page names, by id.
    let actors: [Label]
    /// The title and link of every topic in the side panel.
    let topics: [Label]
    /// The notes the page marks, each with where it is highlighted, where its marker links and
    /// its card when the margin shows one.
    let notes: [AnchoredCard]
    /// The line and link to the notes list when the page leaves notes out of its margin.
    let notesElsewhere: [String?]
    let backlinks: [BacklinkView]
    /// The passages of other articles listed under each paragraph, with what the page shows of
    /// each (its source's name and whether its page exists).
    let sharedPassages: [SharedPassage]
    /// How many passages match each paragraph in all (its list shows the closest few).
    let matchCounts: [Int]
    let layout: PageLayout
    let search: Search?

    /// The page's search data, its terms named by what fixes them where that is known: the
    /// article's scan alone (`scan`), or with the digest of its notes' search sources, rather
    /// than the hundreds of terms themselves.
    struct Search: Encodable {
        /// The terms, or what fixes them.
        enum Terms: Encodable {
            case ofScan
            case ofScanAndNotes(String)
            case words([String])
        }

        let title: String
        let type: String
        let terms: Terms
        let actorIDs: [String]
        let topicIDs: [String]
        let outletName: String?
        let language: String?

        /// `draft` with its terms named as `terms`.
        init(_ draft: SearchPageDraft, terms: Terms) {
            title = draft.title
            type = draft.type
            self.terms = terms
            actorIDs = draft.actorIDs
            topicIDs = draft.topicIDs
            outletName = draft.outletName
            language = draft.language
        }
    }

    /// A linked name on the page.
    struct Label: Encodable {
        let id: String
        let name: String
        let href: String?
    }

    /// A note's card (nil when the margin shows none), the paragraph spans it highlights and
    /// its marker's link.
    struct AnchoredCard: Encodable {
        let number: Int
        let card: NoteView?
        let spans: [[Int]]
        let marker: String
    }

    /// The spans `anchor` highlights, each as its paragraph's index (-1 for the title) and range.
    private static func spans(of anchor: PassageAnchor) -> [[Int]] {
        guard !anchor.inTitle else { return [[-1, anchor.range.lowerBound, anchor.range.upperBound]] }
        return anchor.spans.map { [$0.paragraphIndex, $0.range.lowerBound, $0.range.upperBound] }
    }

    /// One pair of matching passages, seen from this article.
    struct SharedPassage: Encodable {
        let paragraph: Int
        let otherArticle: String
        let otherParagraph: Int
        let wordOverlap: Double
        let otherSource: String
        let otherHasPage: Bool
    }

    /// The inputs of `article`'s page in `context`, with `scan` the key of its analysis and
    /// `keys` those of every article's reading and notes' search terms.
    init(
        article: Article, scan: String, keys: AnalysisKeys, layout: PageLayout, search: SearchPageDraft?,
        context: PageContext
    ) {
        self.scan = scan
        self.article = ArticleIdentity(article, readings: keys.readings)
        self.layout = layout
        let analysis = context.analysis.article(article.id)
        self.search = search.map { draft in
            let terms: Search.Terms =
                if analysis?.notes.isEmpty ?? true {
                    .ofScan
                } else if let noted = keys.notedTerms[article.id] {
                    .ofScanAndNotes(noted)
                } else {
                    .words(analysis?.searchTerms ?? [])
                }
            return Search(draft, terms: terms)
        }
        outletName = context.index.outletName(of: article, strings: context.strings)
        outletHref = article.outlet.flatMap { context.href(to: .outlet($0)) }
        originalHref = context.href(to: .articleOriginal(article.id))
        var actorIDs = Set(analysis?.actorIDs ?? [])
        for mention in (analysis?.mentions ?? []) + (analysis?.titleMentions ?? []) { actorIDs.insert(mention.actor) }
        for mention in analysis?.ambiguous ?? [] { actorIDs.formUnion(mention.candidates) }
        actors = actorIDs.sorted().map {
            Label(id: $0, name: context.actorName($0), href: context.href(to: .actor($0)))
        }
        topics = (analysis?.topicIDs ?? []).map {
            Label(id: $0, name: context.index.topics[$0]?.title ?? $0, href: context.href(to: .topic($0)))
        }
        notes = (analysis?.notes ?? []).prefix(PageContext.markedNoteLimit).compactMap { context.analysis.note($0) }
            .map { note in
                let hasCard = context.place(of: note) == .card
                return AnchoredCard(
                    number: context.noteNumber(note),
                    card: hasCard
                        ? context.noteView(note, elementID: PageContext.noteCardID(note.id), headingsFrom: 2).0 : nil,
                    spans: note.anchor.map(Self.spans(of:)) ?? [],
                    marker: ArticlePageBuilder.markerHref(of: note, context: context))
            }
        let elsewhere = analysis.map { ArticlePageBuilder.notesElsewhere(of: $0, context: context) }
        notesElsewhere = [elsewhere?.0, elsewhere?.1]
        backlinks = analysis.map { context.backlinks(to: .article, id: $0.id) } ?? []
        sharedPassages = article.paragraphs.indices.flatMap { index in
            let here = PassageLocation(articleID: article.id, paragraph: index + 1)
            return ComparisonPageBuilder.shownMatches(of: here, context: context).map { other, wordOverlap in
                SharedPassage(
                    paragraph: index + 1, otherArticle: other.articleID, otherParagraph: other.paragraph,
                    wordOverlap: wordOverlap,
                    otherSource: context.index.source(ofArticle: other.articleID).text,
                    otherHasPage: context.plan.contains(.article(other.articleID)))
            }
        }
        matchCounts = article.paragraphs.indices.map {
            ComparisonPageBuilder.partnerCount(
                of: PassageLocation(articleID: article.id, paragraph: $0 + 1), context: context)
        }
    }
}
