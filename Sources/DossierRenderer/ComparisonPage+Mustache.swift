import Mustache

extension ComparisonPage: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
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

extension ComparisonColumn: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "outletHTML": outletHTML
        case "titleHTML": titleHTML
        default: nil
        }
    }
}

extension ComparisonClaim: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "excerptHTML": excerptHTML
        case "sharedWordsHTML": sharedWordsHTML
        case "cells": cells
        default: nil
        }
    }
}

extension ComparisonCell: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "carried": carried
        case "score": score
        default: nil
        }
    }
}

extension AlsoReported: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "matches": matches
        case "count": count
        case "labels": labels
        default: nil
        }
    }
}

extension AlsoReported.Match: MustacheParent {
    /// The stored property called `name`, or nil for any other name: templates read the
    /// model through this switch rather than `Mirror`.
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "outletHTML": outletHTML
        case "paragraphLabel": paragraphLabel
        case "score": score
        default: nil
        }
    }
}
