/// The writing direction of a language, for `dir` attributes.
public enum TextDirection {
    private static let rightToLeft: Set<String> = ["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]

    /// `rtl` for right-to-left languages (by primary subtag), `auto` for an undetermined
    /// language (`und`: the browser takes the direction of the first strong letter), else `ltr`.
    public static func of(language: String) -> String {
        let primary = primarySubtag(of: language)
        if primary == "und" || primary.isEmpty { return "auto" }
        return rightToLeft.contains(primary) ? "rtl" : "ltr"
    }

    /// True for a right-to-left language (by primary subtag: `ar`, `he`, `ckb`, `fa-IR`, …).
    public static func isRightToLeft(_ language: String) -> Bool {
        rightToLeft.contains(primarySubtag(of: language))
    }

    private static func primarySubtag(of language: String) -> String {
        language.split(separator: "-").first.map { $0.lowercased() } ?? ""
    }
}
