/// Surface forms of an alias's first token with generated proclitics (docs/arabic-text-engine.md §4.2).
///
/// Letters are never stripped from the text: instead every allowed proclitic combination is
/// prefixed to the alias, so «لافروف» can only be read as the name itself and «بريمر» is never
/// «ب» + «ريمر».
public enum ProcliticForms {
    /// The definite article, which a first token may start with.
    public static let article = "ال"

    /// Every proclitic combination a first token may carry, the article included, longest first
    /// (ties in table order): what the search page strips from a typed word to find an alias.
    public static let searchCombinations: [String] = {
        let all =
            beforeArticle.map { $0 + article } + lamBeforeArticle.map { $0 + "ل" } + beforeName + [article]
        var seen = Set<String>()
        let unique = all.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { first, second in
            let (a, b) = (first.element.unicodeScalars.count, second.element.unicodeScalars.count)
            return a != b ? a > b : first.offset < second.offset
        }.map(\.element)
    }()

    /// Proclitics before a first token that starts with the article «ال».
    static let beforeArticle = ["و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"]
    /// Proclitics with «ل», which absorbs the article's alef («للكرملين»).
    static let lamBeforeArticle = ["ل", "ول", "فل"]
    /// Proclitics before any other Arabic first token of three letters or more.
    static let beforeName = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"]

    /// A generated form: the surface text and the proclitic it carries ("" for the bare form).
    struct Form: Hashable {
        let surface: String
        let proclitic: String
    }

    /// All surface forms of an L1 first token, bare form first.
    static func forms(ofFirstToken token: String, script: ArabicToken.Script) -> [Form] {
        var result = [Form(surface: token, proclitic: "")]
        guard script == .arabic else { return result }
        let letters = token.unicodeScalars.count
        if token.hasPrefix("ال"), letters > 3 {
            result += beforeArticle.map { Form(surface: $0 + token, proclitic: $0) }
            let withoutAlef = String(token.unicodeScalars.dropFirst())
            result += lamBeforeArticle.map { Form(surface: $0 + withoutAlef, proclitic: $0) }
        } else if letters >= 3 {
            result += beforeName.map { Form(surface: $0 + token, proclitic: $0) }
        }
        return result
    }
}
