import DossierModel

extension PublicationDateChooser {
    /// Dates printed each under another story's headline above the article's own, as a
    /// «رائج الآن» widget lists them («عراقجي: مسودة اتفاق نووي …», «2026-03-07», «ناسا تجري
    /// تغييرات جذرية …», «2026-03-07», …): `above`, the unmarked dated lines over the headline
    /// that are no clock, are `tickerRun` or more, and the line over each is a ticker's item
    /// (`FurnitureKind.ticker`). On one day or on several, they date those stories, not this one.
    static func isDatedTicker(_ above: [Candidate], in split: ArticleSplit) -> Bool {
        guard above.count >= FurnitureClassifier.tickerRun else { return false }
        return above.allSatisfy { candidate in
            split.furniture.last(where: { $0.line < candidate.line.line })?.kind == .ticker
        }
    }
}
