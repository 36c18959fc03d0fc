extension CountedLink: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "labelHTML": labelHTML
        case "href": href
        case "count": count
        case "secondary": secondary
        case "detail": detail
        case "textAttributes": textAttributes
        default: nil
        }
    }
}

extension SnippetView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "beforeHTML": beforeHTML
        case "matchHTML": matchHTML
        case "afterHTML": afterHTML
        case "href": href
        case "sourceHTML": sourceHTML
        case "placeLabel": placeLabel
        case "textAttributes": textAttributes
        case "sourceKey": sourceKey
        case "sourceHref": sourceHref
        default: nil
        }
    }
}

extension NoteView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "id": id
        case "number": number
        case "kind": kind
        case "kindLabel": kindLabel
        case "quoteHTML": quoteHTML
        case "bodyHTML": bodyHTML
        case "passageHref": passageHref
        case "articleTitleHTML": articleTitleHTML
        case "namesArticle": namesArticle
        case "elementID": elementID
        case "quoteAttributes": quoteAttributes
        default: nil
        }
    }
}

extension BacklinkView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "titleHTML": titleHTML
        case "kindLabel": kindLabel
        case "href": href
        default: nil
        }
    }
}

extension PagerView: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "pages": pages
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "label": label
        default: nil
        }
    }
}

extension PagerView.PageLink: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "number": number
        case "label": label
        case "href": href
        case "isCurrent": isCurrent
        case "isGap": isGap
        default: nil
        }
    }
}
