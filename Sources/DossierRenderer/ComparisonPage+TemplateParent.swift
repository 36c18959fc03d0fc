extension ComparisonPage: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "chartSVG": chartSVG
        case "columns": columns
        case "claims": claims
        case "hasClaims": hasClaims
        case "pager": pager
        case "labels": labels
        default: nil
        }
    }
}

extension ComparisonColumn: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "outletHTML": outletHTML
        case "titleHTML": titleHTML
        default: nil
        }
    }
}

extension ComparisonClaim: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "id": id
        case "excerptHTML": excerptHTML
        case "sharedWordsHTML": sharedWordsHTML
        case "cells": cells
        default: nil
        }
    }
}

extension ComparisonCell: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "label": label
        case "carried": carried
        case "score": score
        default: nil
        }
    }
}

extension AlsoReported: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "matches": matches
        case "count": count
        case "moreLabel": moreLabel
        case "labels": labels
        default: nil
        }
    }
}

extension AlsoReported.Match: TemplateParent {
    /// The stored property called `name`, or nil for any other name: how templates read the
    /// model, without reflection.
    public func child(named name: String) -> (any TemplateValue)? {
        switch name {
        case "href": href
        case "outletHTML": outletHTML
        case "paragraphLabel": paragraphLabel
        case "score": score
        default: nil
        }
    }
}
