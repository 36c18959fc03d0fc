extension CommentaryStrings: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "inThisArticle": inThisArticle
        case "fullPanel": fullPanel
        case "actorsHere": actorsHere
        case "ambiguousHere": ambiguousHere
        case "ambiguousExplanation": ambiguousExplanation
        case "candidates": candidates
        case "mentionCount": mentionCount
        case "hitCount": hitCount
        case "articlesMentioning": articlesMentioning
        case "notesTitle": notesTitle
        case "note": note
        case "backToPassage": backToPassage
        case "toPassage": toPassage
        case "inArticle": inArticle
        case "toNote": toNote
        case "notesSwitch": notesSwitch
        case "more": more
        case "less": less
        case "backlinks": backlinks
        case "profile": profile
        case "contents": contents
        case "mentionsPerOutlet": mentionsPerOutlet
        case "mentionedWith": mentionedWith
        case "sameParagraph": sameParagraph
        case "sameArticle": sameArticle
        case "ambiguousOnly": ambiguousOnly
        case "notesAbout": notesAbout
        case "notesOnTopic": notesOnTopic
        case "noMentions": noMentions
        case "previous": previous
        case "next": next
        case "page": page
        case "essay": essay
        case "articlesOnTopic": articlesOnTopic
        case "relatedActors": relatedActors
        case "about": about
        case "outletArticles": outletArticles
        case "outletActors": outletActors
        case "mentionsColumn": mentionsColumn
        case "actorColumn": actorColumn
        case "actorsIntro": actorsIntro
        case "topicsIntro": topicsIntro
        case "outletsIntro": outletsIntro
        case "notesIntro": notesIntro
        case "noNotes": noNotes
        case "kindFilter": kindFilter
        case "allKinds": allKinds
        case "kindDiscrepancy": kindDiscrepancy
        case "kindContext": kindContext
        case "kindCorrection": kindCorrection
        case "kindSource": kindSource
        case "kindTranslation": kindTranslation
        default: nil
        }
    }
}
