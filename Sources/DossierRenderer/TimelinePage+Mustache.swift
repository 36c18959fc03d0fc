import Mustache

extension TimelinePage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "chartSVG": chartSVG
        case "years": years
        case "hasEntries": hasEntries
        case "labels": labels
        default: nil
        }
    }
}

extension TimelineYear: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "id": id
        case "entries": entries
        default: nil
        }
    }
}

extension TimelineEntry: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension TimelineSource: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "labelHTML": labelHTML
        case "quoteHTML": quoteHTML
        case "quoteAttributes": quoteAttributes
        default: nil
        }
    }
}

extension EntityLink: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "nameHTML": nameHTML
        default: nil
        }
    }
}

extension TimelineSection: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "entries": entries
        case "hasEntries": hasEntries
        case "timelineHref": timelineHref
        case "labels": labels
        default: nil
        }
    }
}

extension TimelineYearPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension TimelineYearLink: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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
