extension PageLayout: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "language": language
        case "direction": direction
        case "pageTitle": pageTitle
        case "description": description
        case "stylesheetHref": stylesheetHref
        case "homeHref": homeHref
        case "rootHref": rootHref
        case "siteTitleHTML": siteTitleHTML
        case "navigation": navigation
        case "labels": labels
        case "contentHTML": contentHTML
        case "metaTags": metaTags
        case "feedHref": feedHref
        case "feedTitle": feedTitle
        case "stylesheets": stylesheets
        case "faviconHref": faviconHref
        case "scriptHref": scriptHref
        case "baseHref": baseHref
        case "searchHTML": searchHTML
        default: nil
        }
    }
}

extension MetaTag: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "property": property
        case "content": content
        default: nil
        }
    }
}

extension NavigationItem: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "label": label
        case "href": href
        case "isCurrent": isCurrent
        case "isSection": isSection
        default: nil
        }
    }
}
