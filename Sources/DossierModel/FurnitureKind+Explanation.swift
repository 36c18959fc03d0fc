extension FurnitureKind {
    /// What this kind of furniture is, for messages («menu or section words»).
    public var explanation: String {
        switch self {
        case .ticker: "a headline of another story"
        case .navigation: "menu or section words"
        case .title: "the title repeated"
        case .caption: "a photo caption or credit"
        case .byline: "a date, byline or source line"
        case .related: "a related-article link"
        case .unrelated: "an article about another story"
        case .comments: "a comment form"
        case .footer: "a footer"
        case .media: "media player controls"
        case .editorial: "listed under `furniture:` in the sidecar"
        }
    }
}
