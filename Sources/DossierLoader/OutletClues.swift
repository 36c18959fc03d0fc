import DossierModel

/// What a page says about its outlet, for matching it to an outlet the dossier already has
/// (`KnownOutlets`): the detector's id and name, where it read them, and the furniture lines.
public struct OutletClues: Sendable {
    /// The id the detector made from a Latin name, when there is one.
    public let outletID: String?
    /// The name the detector read, in its own script.
    public let outletName: String?
    /// The line it was read from, after where it was found («masthead: …»).
    public let outletEvidence: String?
    /// Every line taken out of the body.
    public let furniture: [Furniture]
}

/// The outlet a page credits by a name that gives no id (an Arabic-only name), kept with the
/// article as read so that the build can match it to the dossier's outlets each time.
public struct UnidentifiedOutlet: Sendable, Hashable, Codable {
    /// The name, in its own script.
    public let name: String
    /// The line it was read from, after where it was found («copyright line: …»).
    public let evidence: String
}

extension ArticleDetection {
    /// What the page says about its outlet.
    public var outletClues: OutletClues {
        OutletClues(outletID: outletID, outletName: outletName, outletEvidence: outletEvidence, furniture: furniture)
    }
}
