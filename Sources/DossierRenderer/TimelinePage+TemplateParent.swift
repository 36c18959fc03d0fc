extension TimelinePage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "chartSVG": chartSVG
        case "years": years
        case "hasEntries": hasEntries
        case "labels": labels
        default: nil
        }
    }
}

extension TimelineYear: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "year": year
        case "id": id
        case "entries": entries
        default: nil
        }
    }
}

extension TimelineEntry: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "kind": kind
        case "kindLabel": kindLabel
        case "date": date
        case "titleHTML": titleHTML
        case "languageAttributes": languageAttributes
        case "href": href
        case "sources": sources
        case "hasSources": hasSources
        case "actors": actors
        case "hasActors": hasActors
        default: nil
        }
    }
}

extension TimelineSource: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "labelHTML": labelHTML
        case "quoteHTML": quoteHTML
        case "quoteAttributes": quoteAttributes
        default: nil
        }
    }
}

extension EntityLink: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "nameHTML": nameHTML
        default: nil
        }
    }
}

extension TimelineSection: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "entries": entries
        case "hasEntries": hasEntries
        case "shownOf": shownOf
        case "timelineHref": timelineHref
        case "labels": labels
        default: nil
        }
    }
}

extension TimelineYearPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "year": year
        case "years": years
        case "timelineHref": timelineHref
        case "pager": pager
        case "labels": labels
        default: nil
        }
    }
}

extension TimelineYearLink: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "year": year
        case "href": href
        case "count": count
        case "entryCount": entryCount
        case "isCurrent": isCurrent
        default: nil
        }
    }
}
