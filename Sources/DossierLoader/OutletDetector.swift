import Foundation

/// Finds the publishing outlet in copyright lines («© 2024 شركة X», «جميع الحقوق محفوظة لـ X»).
///
/// The Arabic part of the owner's name becomes the display name; a Latin part («X Media LLC»)
/// gives an ASCII id. An Arabic-only name has no id: the sidecar must supply one.
enum OutletDetector {
    /// What a copyright line says about its owner.
    struct Detection: Sendable, Hashable {
        let id: String?
        let name: String
        /// The copyright line itself, kept as evidence.
        let evidence: String
    }

    /// The owner named by the first copyright line that names one.
    static func detect(in footerLines: [String]) -> Detection? {
        for line in footerLines {
            if let detection = owner(of: line) { return detection }
        }
        return nil
    }

    /// Words of the copyright formula, removed to leave the owner's name.
    private static let formulaWords: Set<String> = [
        "جميع", "كافة", "الحقوق", "حقوق", "محفوظة", "محفوظه", "النشر", "الطبع", "والنشر", "لـ", "ل", "شركة", "لشركة",
        "لموقع", "موقع", "مؤسسة", "لمؤسسة", "©", "copyright", "all", "rights", "reserved", "(c)", "-", "–", "|", "لـ:",
    ]

    /// Legal suffixes dropped from a Latin owner name before it becomes an id.
    private static let legalSuffixes: Set<String> = [
        "llc", "fz", "fze", "fzllc", "ltd", "inc", "co", "sal", "sa", "plc", "gmbh", "corp",
    ]

    static func owner(of line: String) -> Detection? {
        let key = TextLine.wordKey(line)
        guard
            line.contains("©") || key.contains("الحقوق محفوظه") || key.contains("حقوق النشر")
                || key.contains("copyright")
        else { return nil }
        // Split on dashes and bars: «شركة إرم ميديا - Erem Media FZ LLC» has an Arabic and a Latin part.
        var arabicWords: [String] = []
        var latinWords: [String] = []
        for rawWord in line.split(whereSeparator: { $0.isWhitespace }) {
            var word = String(rawWord).trimmingCharacters(in: CharacterSet(charactersIn: ".,،:؛()[]«»\"'"))
            if word.hasPrefix("لـ"), word.count > 2 { word = String(word.dropFirst(2)) }
            if formulaWords.contains(word) || formulaWords.contains(word.lowercased()) || word.isEmpty { continue }
            if word.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { continue }
            if word.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
                arabicWords.append(word)
            } else if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                latinWords.append(word)
            }
        }
        // «محفوظة لصحيفة X»: the preposition is glued to the owner's first word.
        if let first = arabicWords.first, first.hasPrefix("ل"), first.count > 3, key.contains("محفوظه") {
            arabicWords[0] = String(first.dropFirst())
        }
        let latin = latinWords.map { $0.lowercased() }.filter { !legalSuffixes.contains($0) }
        let id =
            latin.isEmpty
            ? nil
            : latin.map {
                String(
                    $0.unicodeScalars.filter {
                        $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
                    })
            }
            .filter { !$0.isEmpty }.joined(separator: "-")
        let name = arabicWords.isEmpty ? latinWords.joined(separator: " ") : arabicWords.joined(separator: " ")
        guard !name.isEmpty else { return nil }
        let validID = id.flatMap { Identifier.isValid($0) ? $0 : nil }
        return Detection(id: validID, name: name, evidence: line)
    }
}
