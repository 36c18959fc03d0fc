/// How Arabic writes a number with its noun: the one place the site's counts follow
/// (Arabic number agreement, CLDR plural categories of `ar`).
///
/// 1 takes the singular with «واحد/ة» («نتيجة واحدة»), 2 the dual («نتيجتان»), numbers whose
/// last two digits are 3 to 10 the plural («5 نتائج», «103 نتائج»), those whose last two digits
/// are 11 to 99 the singular in the accusative («11 مقالًا», «150 إشارةً»), and 0 and the
/// hundreds and thousands whose last two digits are 0 to 2 the singular as it is («100 مقال»,
/// «1000 إشارة», «102 مقال»), CLDR's `other`. The search page's script applies the same rule to
/// the forms it receives from here (`Templates/assets/search-state.js`, `countLabel`).
public struct ArabicCount: Sendable, Hashable, Encodable {
    /// The phrase for exactly one («نتيجة واحدة»).
    public let one: String
    /// The phrase for exactly two («نتيجتان»).
    public let two: String
    /// The plural noun written after 3 to 10 («نتائج»).
    public let few: String
    /// The singular noun in the accusative, written after 11 to 99 («مقالًا», «نتيجة»).
    public let many: String

    /// The singular as it is, written after 0 and after 100, 1000, 101…: `many` without the
    /// accusative's tanween and the alif that carries it («مقال», «فقرة أخرى»). Stored, not
    /// computed: templates read a model's stored properties.
    public let other: String

    /// The forms of one noun; `other` is made from `many`.
    public init(one: String, two: String, few: String, many: String) {
        self.one = one
        self.two = two
        self.few = few
        self.many = many
        let (tanween, alif) = ("\u{064B}", "\u{0627}")
        other = many.replacingOccurrences(of: tanween + alif, with: "").replacingOccurrences(
            of: alif + tanween, with: ""
        )
        .replacingOccurrences(of: tanween, with: "")
    }

    /// `count` with the noun in the form Arabic requires, in European digits («9 نتائج»).
    public func phrase(_ count: Int) -> String {
        switch count {
        case 1: return one
        case 2: return two
        default:
            let lastTwo = abs(count) % 100
            let noun = (3...10).contains(lastTwo) ? few : lastTwo >= 11 ? many : other
            return "\(count) " + noun
        }
    }
}
