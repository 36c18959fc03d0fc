import Mustache

extension UIStrings: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "home": home
        case "articles": articles
        case "actors": actors
        case "topics": topics
        case "outlets": outlets
        case "timeline": timeline
        case "notes": notes
        case "search": search
        case "mainNavigation": mainNavigation
        case "skipToContent": skipToContent
        case "overview": overview
        case "noArticles": noArticles
        case "outlet": outlet
        case "published": published
        case "unknownOutlet": unknownOutlet
        case "unknownDate": unknownDate
        case "sourceAddress": sourceAddress
        case "articleBody": articleBody
        case "removedFromPage": removedFromPage
        case "removedExplanation": removedExplanation
        case "line": line
        case "originalFile": originalFile
        case "originalText": originalText
        case "fingerprintHTML": fingerprintHTML
        case "encoding": encoding
        case "size": size
        case "provenance": provenance
        case "articleTitle": articleTitle
        case "provenanceDate": provenanceDate
        case "outletEvidence": outletEvidence
        case "footerHTML": footerHTML
        case "titleSeparator": titleSeparator
        case "listSeparator": listSeparator
        case "percentSign": percentSign
        case "article": article
        case "paragraph": paragraph
        case "commentary": commentary
        case "latest": latest
        case "articlePages": articlePages
        case "notePages": notePages
        case "yearPages": yearPages
        case "claimPages": claimPages
        case "latestArticles": latestArticles
        case "allArticles": allArticles
        case "articlesIntro": articlesIntro
        case "articleCount": articleCount
        case "entryCount": entryCount
        case "timelineIntro": timelineIntro
        case "timelineEmpty": timelineEmpty
        case "timelineChartTitle": timelineChartTitle
        case "timelineChartDescription": timelineChartDescription
        case "eventKind": eventKind
        case "publicationKind": publicationKind
        case "restsOn": restsOn
        case "actorsInvolved": actorsInvolved
        case "eventsTitle": eventsTitle
        case "years": years
        case "searchIntro": searchIntro
        case "searchLabel": searchLabel
        case "searchButton": searchButton
        case "searchFilters": searchFilters
        case "searchResults": searchResults
        case "searchMore": searchMore
        case "searchNeedsScript": searchNeedsScript
        case "searching": searching
        case "noResults": noResults
        case "actorPage": actorPage
        case "searchUnavailable": searchUnavailable
        case "outletFilter": outletFilter
        case "actorKind": actorKind
        case "topicKind": topicKind
        case "outletKind": outletKind
        case "notesKind": notesKind
        case "comparisonTitle": comparisonTitle
        case "comparisonIntro": comparisonIntro
        case "comparisonEmpty": comparisonEmpty
        case "claim": claim
        case "sharedWords": sharedWords
        case "notCarried": notCarried
        case "score": score
        case "alsoReportedBy": alsoReportedBy
        case "mentionsChartTitle": mentionsChartTitle
        case "mentionsChartDescription": mentionsChartDescription
        case "networkChartTitle": networkChartTitle
        case "networkChartDescription": networkChartDescription
        case "chartScrollHint": chartScrollHint
        case "tableScrollHint": tableScrollHint
        case "chartTableSummary": chartTableSummary
        case "feedTitle": feedTitle
        case "notePrefix": notePrefix
        case "notFoundTitle": notFoundTitle
        case "notFoundMessage": notFoundMessage
        case "homePage": homePage
        case "monthNames": monthNames
        default: nil
        }
    }
}
