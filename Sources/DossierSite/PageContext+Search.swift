import ArabicText
import DossierAnalysis
import DossierModel
import DossierRenderer

extension PageContext {
    /// What the search index is told about this page, its terms made from its sources and the
    /// analysis (never from its HTML); nil for pages that are not content (home, timeline,
    /// search, lists, further pages of an actor's mentions), which Pagefind is not given to
    /// read (`SearchScope`). The terms are made only when the page is rendered
    /// (`SearchPageDraft`).
    func searchPage(title: String) -> SearchPageDraft? {
        guard SearchScope.carriesSearchData(route) else { return nil }
        let analysis = index.analysis
        switch route {
        case .article(let id):
            guard let article = index.articles[id] else { return nil }
            let outlet = article.outlet.flatMap {
                $0 == "unknown" ? nil : index.outletName(of: article, strings: strings)
            }
            return SearchPageDraft(
                title: title, type: strings.article, terms: .known(analysis.article(id)?.searchTerms ?? []),
                subject: [title], actorIDs: analysis.article(id)?.actorIDs ?? [],
                topicIDs: analysis.article(id)?.topicIDs ?? [],
                outletName: outlet, language: foreignLanguage(ofArticle: id))
        case .actor(let id):
            return SearchPageDraft(
                title: title, type: strings.actorKind, terms: .source(actorSearchSource(id, title: title)),
                subject: [title] + index.search.vocabulary.names(of: [id]), actorIDs: [id])
        case .topic(let id):
            let related = analysis.topic(id)?.relatedActors.map(\.id) ?? []
            return SearchPageDraft(
                title: title, type: strings.topicKind, terms: .source(topicSearchSource(id, title: title)),
                subject: [title], actorIDs: related, topicIDs: [id])
        case .outlet(let id):
            return SearchPageDraft(
                title: title, type: strings.outletKind, terms: .source(outletSearchSource(id, title: title)),
                outletName: index.outlets[id]?.name)
        case .notes:
            return notesPage(title: title, number: SiteLists.notes(index.listings).landingPage)
        case .paged(.notes, let number):
            return notesPage(title: title, number: number)
        default:
            return nil
        }
    }

    /// A page of the notes list.
    private func notesPage(title: String, number: Int) -> SearchPageDraft {
        SearchPageDraft(
            title: title, type: strings.notesKind, terms: .source(notesSearchSource(title: title, page: number)))
    }

    /// An actor's first page: its name and profile, the mentions in context it lists (their
    /// snippets and aliases, and the titles of their articles), the outlets and actors it
    /// counts, and its notes. Like every page's, its terms are what the page shows: the titles
    /// of all the actor's articles made each such page grow with the dossier.
    private func actorSearchSource(_ id: String, title: String) -> SearchTermSource {
        let commentary = analysis.commentarySearch
        var source = SearchTermSource(texts: [title], names: index.search.vocabulary.names(of: [id]))
        source.append(commentary.source(.actor, id))
        guard let actor = analysis.actor(id) else { return source }
        var listed: [String] = []
        for contextual in ActorPageBuilder.landingMentions(of: actor, context: self) {
            let snippet = contextual.snippet
            source.texts.append(snippet.before + snippet.match + snippet.after)
            source.aliases.append(contextual.mention.alias)
            if listed.last != contextual.mention.article { listed.append(contextual.mention.article) }
        }
        for id in listed { source.append(articleTitleSource(id)) }
        for id in ActorPageBuilder.shownAmbiguousOnly(of: actor, listings: index.listings) {
            source.append(articleTitleSource(id))
        }
        source.texts += actor.outletCounts.map { index.outlets[$0.id]?.name ?? $0.id }
        source.texts += actor.coMentions.map { actorName($0.actor) }
        source.names += index.search.vocabulary.names(of: actor.coMentions.map(\.actor))
        source.append(noteCardsSearchSource(shownNotes(actor.notes).shown))
        return source
    }

    /// A topic page: its title and essay, the passages it lists and the titles of their
    /// articles, the actors it relates, and its notes.
    private func topicSearchSource(_ id: String, title: String) -> SearchTermSource {
        var source = SearchTermSource(texts: [title])
        source.append(analysis.commentarySearch.source(.topic, id))
        guard let topic = analysis.topic(id) else { return source }
        for snippet in TopicPageBuilder.landingSnippets(of: topic, context: self) {
            let text = snippet.before + snippet.match + snippet.after
            source.texts.append(text)
            source.topicTerms.append(.inText(text))
        }
        for id in TopicPageBuilder.landingArticles(of: topic, context: self) { source.append(articleTitleSource(id)) }
        source.texts += topic.relatedActors.map { actorName($0.id) }
        source.names += index.search.vocabulary.names(of: topic.relatedActors.map(\.id))
        source.append(noteCardsSearchSource(shownNotes(topic.notes).shown))
        return source
    }

    /// An outlet page: its name and text, the titles of the articles it lists and the actors it
    /// counts.
    private func outletSearchSource(_ id: String, title: String) -> SearchTermSource {
        var source = SearchTermSource(texts: [title])
        source.append(analysis.commentarySearch.source(.outlet, id))
        guard let outlet = analysis.outlet(id) else { return source }
        let page = SiteLists.outlet(outlet, index.listings).landingPage
        for id in OutletPageBuilder.articles(of: outlet, page: page, listings: index.listings) {
            source.append(articleTitleSource(id))
        }
        source.texts += outlet.actorCounts.map { actorName($0.id) }
        source.names += index.search.vocabulary.names(of: outlet.actorCounts.map(\.id))
        return source
    }

    /// Page `number` of the notes list: the title of each article it lists, and its notes.
    private func notesSearchSource(title: String, page number: Int) -> SearchTermSource {
        var source = SearchTermSource(texts: [title])
        let listings = index.listings
        for (article, notes) in NotesPageBuilder.articleRuns(ofPage: number, listings: listings) {
            source.append(articleTitleSource(article))
            source.append(noteCardsSearchSource(notes))
        }
        return source
    }

    /// The note cards of notes `ids` (anchored ones only, as the pages show them): each note's
    /// text, the passage it quotes with the mentions in it, and the title of its article.
    private func noteCardsSearchSource(_ ids: [String]) -> SearchTermSource {
        var source = SearchTermSource()
        for id in ids {
            guard let note = analysis.note(id), let anchor = note.anchor else { continue }
            let article = analysis.article(anchor.article)
            let quoted =
                anchor.inTitle
                ? (article?.titleMentions ?? []).filter { anchor.range.contains($0.range.lowerBound) }
                : (article?.mentions ?? []).filter { mention in
                    mention.bodyRange.map { anchor.range.contains($0.lowerBound) } ?? false
                }
            source.append(mentionsSource(text: anchor.exact, mentions: quoted))
            source.append(articleTitleSource(anchor.article))
            source.append(analysis.commentarySearch.source(.note, id))
        }
        return source
    }

    /// An article's title as a list shows it, with the mentions the analysis found in it (the
    /// id for an unknown article, as the pages show it).
    private func articleTitleSource(_ id: String) -> SearchTermSource {
        guard let article = analysis.article(id) else { return SearchTermSource(texts: [id]) }
        return mentionsSource(text: article.article.title, mentions: article.titleMentions)
    }

    /// `text` with the aliases of `mentions` in it, the names of their actors and the topic terms
    /// behind proclitics in it (a title or a quote: a few words).
    private func mentionsSource(text: String, mentions: [ActorMention]) -> SearchTermSource {
        var actorIDs: [String] = []
        for mention in mentions where !actorIDs.contains(mention.actor) { actorIDs.append(mention.actor) }
        let vocabulary = index.search.vocabulary
        return SearchTermSource(
            texts: [text], aliases: mentions.map(\.alias), names: vocabulary.names(of: actorIDs),
            topicTerms: [.inText(text)])
    }
}
