/// What `LanguageDetector` concluded about a text, with the evidence an editor can check.
public struct LanguageGuess: Sendable, Hashable {
    /// The BCP 47 tag (`ar`, `en`, `fr`, ...), or `und` when the text does not tell.
    public let tag: String
    /// The script most of the letters are written in (`Arabic`, `Latin`, ...), nil without letters.
    public let script: String?
    /// One English sentence saying why, e.g. `Latin script; 41 of 180 words are French function words`.
    public let evidence: String

    /// Creates a guess.
    public init(tag: String, script: String?, evidence: String) {
        self.tag = tag
        self.script = script
        self.evidence = evidence
    }

    /// True when the text did not tell its language.
    public var isUndetermined: Bool { tag == LanguageDetector.undetermined }
}
