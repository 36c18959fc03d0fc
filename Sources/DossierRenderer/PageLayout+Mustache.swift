import Mustache

extension PageLayout: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "direction": direction
        case "pageTitle": pageTitle
        case "description": description
        case "stylesheetHref": stylesheetHref
        case "homeHref": homeHref
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

extension MetaTag: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "property": property
        case "content": content
        default: nil
        }
    }
}

extension NavigationItem: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "isCurrent": isCurrent
        default: nil
        }
    }
}
