/// The script a header line is written in, against the lead's.
extension FurnitureClassifier {
    /// Whether `text` has a letter of the Arabic script (Arabic, its supplement and extended
    /// blocks, and the presentation forms a legacy copy may carry).
    static func hasArabicLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic && arabicBlocks.contains { $0.contains(scalar.value) }
        }
    }

    /// Whether a header line at `index` is written in the script of the lead at `lead`: Arabic
    /// letters in both, or in neither. A headline is written in its story's script; a line in
    /// another one over the lead is a widget's or a menu's («Getting your Trinity Audio player
    /// ready...» over an Arabic lead, «الشرق الأوسط» over an English one). True when there is
    /// no lead to compare with.
    static func sharesLeadScript(_ index: Int, _ lines: [TextLine], lead: Int) -> Bool {
        guard lead < lines.count else { return true }
        return hasArabicLetter(lines[index].text) == hasArabicLetter(lines[lead].text)
    }

    /// The Unicode blocks of the Arabic script.
    private static let arabicBlocks: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
    ]
}
