/// How Arabic writes a number with its noun: the one place the site's counts follow
/// (Arabic number agreement, CLDR plural categories of `ar`).
///
/// 1 takes the singular with «واحد/ة» («نتيجة واحدة»), 2 the dual («نتيجتان»), numbers whose
/// last two digits are 3 to 10 the plural («5 نتائج», «103 نتائج»), every other number the
/// singular («11 نتيجة», «100 نتيجة»). The search page's script applies the same rule to the
/// forms it receives from here (`Templates/assets/search-state.js`, `countLabel`).
public struct ArabicCount: Sendable, Hashable, Encodable {
    /// The phrase for exactly one («نتيجة واحدة»).
    public let one: String
    /// The phrase for exactly two («نتيجتان»).
    public let two: String
    /// The plural noun written after 3 to 10 («نتائج»).
    public let few: String
    /// The singular noun written after 11 and more, and after 0 («نتيجة»).
    public let many: String

    /// The four forms of one noun.
    public init(one: String, two: String, few: String, many: String) {
        self.one = one
        self.two = two
        self.few = few
        self.many = many
    }

    /// `count` with the noun in the form Arabic requires, in European digits («9 نتائج»).
    public func phrase(_ count: Int) -> String {
        switch count {
        case 1: return one
        case 2: return two
        default:
            let lastTwo = abs(count) % 100
            return "\(count) " + ((3...10).contains(lastTwo) ? few : many)
        }
    }
}
