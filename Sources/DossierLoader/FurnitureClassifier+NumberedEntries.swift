import ArabicText

// Sections of a story headed as the entries of a numbered list.
extension FurnitureClassifier {
    /// The number opening a section's head as an entry of a numbered list («٢- فرنسا», «3.
    /// …», «4) …»): one or two digits, a dash, a dot or a parenthesis after them, then words.
    /// Nil for any other head.
    static func entryNumber(_ line: TextLine) -> Int? {
        var value = 0
        var digits = 0
        var spaced = false
        var scalars = line.text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                guard digits < 2, !spaced else { return nil }
                value = value * 10 + Int(digit)
                digits += 1
                continue
            }
            if digits > 0, scalar == " ", !spaced {
                spaced = true
                continue
            }
            guard digits > 0, "-–.)".unicodeScalars.contains(scalar), line.wordCount >= 2 else { return nil }
            return value
        }
        return nil
    }
}
