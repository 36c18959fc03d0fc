import DossierRenderer

extension NotFoundPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "title": title
        case "message": message
        case "siteTitle": siteTitle
        case "baseHref": baseHref
        case "links": links
        default: nil
        }
    }
}

extension NotFoundPage.Link: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "label": label
        case "href": href
        default: nil
        }
    }
}
