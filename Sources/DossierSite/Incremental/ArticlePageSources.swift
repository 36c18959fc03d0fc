import DossierAnalysis
import DossierModel
import DossierRenderer

/// What an article page's inputs (`ArticlePageInputs`) are made from, as one digest per page:
/// the site's part, the same for every article page of a build (the settings, the actors,
/// topics and outlets, and which of the site's pages exist, other than the articles' own and
/// the later pages of lists), and the page's own: the article, its scan, its notes and where
/// their cross-references go, the pages linking to it, and its neighbours, the passages of
/// other articles it shows with what it shows of each (its source's name, whether its page
/// exists).
///
/// Gathering and digesting an article page's inputs was most of what a rebuild spent on a
/// thousand unchanged pages. When a page's sources digest is the one the previous build
/// recorded, its inputs are the same and it is taken without them. An article added or edited
/// changes the sources of the pages that show passages it shares, not of every page: the
/// comparison and the other articles enter each page's digest only as far as the page shows
/// them. Debug builds check every page taken this way against its inputs
/// (`SiteRenderer.renderKeyedPage`).
struct ArticlePageSources: Sendable {
    /// The digest of the site's part of article pages (which `LandingPageSources` shares).
    let site: String
    /// The cross-references in each note's text, by note id.
    private let noteReferences: [String: [BacklinkIndex.Target]]
    /// What a page shows of each article beside a passage they share: whether its page exists,
    /// and the name of its source.
    private let faces: [String: String]

    /// The site's part of the sources of `index`'s article pages under `plan`, salted with what
    /// every page's fingerprint shares.
    init(index: SiteIndex, plan: SitePlan, strings: UIStrings, salt: String) throws {
        let analysis = index.analysis
        // Digested apart: actors' profiles and topics' essays are long.
        let settings = try Fingerprint.of(Settings(index.dossier, strings: strings))
        var ownPaths = Set<String>()
        for article in index.dossier.articles {
            for route in [Route.article(article.id), .articleOriginal(article.id), .articleData(article.id)] {
                ownPaths.insert(SiteRoutes.path(of: route))
            }
        }
        // The later pages of lists come and go as articles are added: an article page links to
        // them only from its backlinks, which are its own.
        let linkable = plan.files.filter { file in
            if case .page(.paged) = file.content { return false }
            return !ownPaths.contains(file.path)
        }
        site = try Fingerprint.of(Site(settings: settings, paths: linkable.map(\.path)), salt: salt)
        var references: [String: [BacklinkIndex.Target]] = [:]
        for (target, sources) in analysis.backlinks.entries {
            for source in sources where source.kind == .note { references[source.id, default: []].append(target) }
        }
        noteReferences = references.mapValues { $0.sorted() }
        faces = Dictionary(
            index.dossier.articles.map { article in
                let hasPage = plan.contains(.article(article.id))
                return (article.id, (hasPage ? "1 " : "0 ") + index.source(ofArticle: article.id).text)
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The digest of the sources of `article`'s page in `context`, `scan` the key of its scan,
    /// `readings` the articles' reading keys.
    func key(of article: Article, scan: String, readings: [String: String], context: PageContext) throws -> String {
        let notes = (context.analysis.article(article.id)?.notes ?? []).compactMap { context.analysis.note($0) }
        return try Fingerprint.of(
            Own(
                site: site, scan: scan, article: ArticleIdentity(article, readings: readings), notes: notes,
                references: notes.flatMap { noteReferences[$0.id] ?? [] }.map { Reach($0, context: context) },
                backlinks: context.backlinks(to: .article, id: article.id),
                listedNotes: listedNotes(of: article, context: context),
                hasOriginal: context.plan.contains(.articleOriginal(article.id)),
                neighbours: neighbours(of: article, context: context)))
    }

    /// The pages of the notes list that `article`'s page links to, for the notes it marks
    /// without a card: they move as notes are added to any article.
    private func listedNotes(of article: Article, context: PageContext) -> [String] {
        let notes = context.analysis.article(article.id)?.notes ?? []
        return notes.prefix(PageContext.markedNoteLimit).dropFirst(context.marginCardCount(of: article.id)).map {
            SiteRoutes.path(of: context.listedCard(of: $0).route)
        }
    }

    /// The passages of other articles that `article`'s page shows beside its paragraphs, a line
    /// each: where it is, the words in common, and what the page shows of its article
    /// (`faces`); then, for a paragraph with more than it shows, how many match in all. Lines
    /// in one string of bytes appended as they come, not structures of six fields nor
    /// interpolated strings: the neighbours of a thousand pages of a dozen paragraphs are
    /// gathered on every build.
    private func neighbours(of article: Article, context: PageContext) -> String {
        var lines: [UInt8] = []
        for index in article.paragraphs.indices {
            let here = PassageLocation(articleID: article.id, paragraph: index + 1)
            let shown = ComparisonPageBuilder.shownMatches(of: here, context: context)
            for (other, wordOverlap) in shown {
                Self.appendDecimal(index + 1, to: &lines)
                lines.append(contentsOf: other.articleID.utf8)
                lines.append(0x20)
                Self.appendDecimal(other.paragraph, to: &lines)
                Self.appendDecimal(Int(truncatingIfNeeded: wordOverlap.bitPattern), to: &lines)
                lines.append(contentsOf: (faces[other.articleID] ?? "").utf8)
                lines.append(0x0A)
            }
            if shown.count == ComparisonPageBuilder.alsoReportedLimit {
                lines.append(UInt8(ascii: "+"))
                Self.appendDecimal(index + 1, to: &lines)
                Self.appendDecimal(ComparisonPageBuilder.partnerCount(of: here, context: context), to: &lines)
                lines.append(0x0A)
            }
        }
        return String(decoding: lines, as: UTF8.self)
    }

    /// Appends `value` in decimal and a space, digit by digit from the highest (reversing a
    /// slice of the growing buffer copied it for every number).
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        let magnitude = value.magnitude
        var unit: UInt = 1
        while unit <= magnitude / 10 { unit *= 10 }
        repeat {
            bytes.append(0x30 + UInt8(magnitude / unit % 10))
            unit /= 10
        } while unit > 0
        bytes.append(0x20)
    }

    /// What every article page may show of the site, the articles aside.
    private struct Site: Encodable {
        /// The digest of the `Settings`.
        let settings: String
        /// Every file of the plan but the articles' own (their pages, originals and data) and
        /// the later pages of lists: which pages exist to link to.
        let paths: [String]
    }

    /// The dossier's settings and words, and its actors, topics and outlets as written.
    private struct Settings: Encodable {
        let config: DossierConfig
        let strings: UIStrings
        let actors: [Actor]
        let topics: [Topic]
        let outlets: [Outlet]

        init(_ dossier: Dossier, strings: UIStrings) {
            config = dossier.config
            self.strings = strings
            actors = dossier.actors
            topics = dossier.topics
            outlets = dossier.outlets
        }
    }

    /// Where a cross-reference of one of the page's notes goes, as far as the site's part does
    /// not say it: for an article, whether it and its page exist; for a note, its article and
    /// whether that page exists with the note anchored on it. Actors, topics, outlets and the
    /// site's own pages (which of them exist) are in the site's part.
    private struct Reach: Encodable {
        let kind: String
        let id: String
        let article: String?
        let hasPage: Bool
        /// For a note, the page of the notes list with its card, where a link to a note its
        /// article's page does not mark goes.
        let listedCard: String?

        init(_ target: BacklinkIndex.Target, context: PageContext) {
            kind = target.kind.rawValue
            id = target.id
            switch target.kind {
            case .article: article = context.index.articles[target.id]?.id
            case .note: article = context.index.notes[target.id]?.article
            case .actor, .topic, .outlet, .page: article = nil
            }
            // A note links only when anchored: its place on the page is the link's target.
            let anchored = target.kind != .note || context.analysis.note(target.id)?.anchor != nil
            hasPage = anchored && (article.map { context.plan.contains(.article($0)) } ?? false)
            listedCard = target.kind == .note ? SiteRoutes.path(of: context.listedCard(of: target.id).route) : nil
        }
    }

    /// An article page's own sources.
    private struct Own: Encodable {
        let site: String
        let scan: String
        let article: ArticleIdentity
        let notes: [AnchoredNote]
        let references: [Reach]
        let backlinks: [BacklinkView]
        /// The pages of the notes list its markers link to (`listedNotes(of:context:)`).
        let listedNotes: [String]
        let hasOriginal: Bool
        /// The passages of other articles beside its paragraphs (`neighbours(of:context:)`).
        let neighbours: String
    }
}
