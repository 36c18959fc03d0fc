import ArabicText
import Foundation

// A template's slot that the page printed unfilled.
extension LexicalFurniture {
    /// A template placeholder printed as text where the site failed to fill it, alone on its
    /// line («{long_qoute_1}», «{{ad_slot}}»): one or two opening braces, a name of ASCII letters,
    /// digits, underscores, dashes and dots opening with a letter, and as many closing braces.
    /// A sentence never stands between braces alone.
    static func isTemplatePlaceholder(_ text: String) -> Bool {
        // Cheapest first: it is asked of every line.
        guard text.utf8.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "{") else { return false }
        let scalars = text.unicodeScalars.filter { !ScalarTraits.isWhitespace($0) }
        let opening = scalars.prefix { $0 == "{" }.count
        let closing = scalars.reversed().prefix { $0 == "}" }.count
        guard (1...2).contains(opening), closing == opening, scalars.count > 2 * opening else { return false }
        let name = scalars.dropFirst(opening).dropLast(closing)
        let isLetter = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard name.count >= 3, name.first.map(isLetter) == true else { return false }
        return name.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
    }
}
