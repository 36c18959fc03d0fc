import ArabicText

// A site's telephone numbers, printed in its header or footer.
extension LexicalFurniture {
    /// The fewest digits in a row that make a telephone number (a local number has seven or
    /// eight, with its area code more): a year, a price or a count has fewer.
    private static let phoneDigits = 8

    /// A site's contact line: one or more telephone numbers, perhaps with the place each serves
    /// («لبنان: 96171010310+ ديربورن: 13137751171+ | 13136996923+», «هاتف: 0096265000000»),
    /// digits making at least two in five of its characters. A headline or a sentence quoting
    /// a number has more words than digits.
    static func isContactLine(_ line: TextLine) -> Bool {
        guard line.wordCount <= 10 else { return false }
        var digits = 0
        var others = 0
        var run = 0
        var longestRun = 0
        for scalar in line.text.unicodeScalars where !ScalarTraits.isWhitespace(scalar) {
            if scalar.properties.numericType == .decimal {
                digits += 1
                run += 1
                longestRun = max(longestRun, run)
            } else {
                others += 1
                run = 0
            }
        }
        return longestRun >= phoneDigits && digits * 3 >= others * 2
    }

    /// The most words of a line holding a hidden e-mail address and its label.
    private static let hiddenEmailWords = 6

    /// A line holding an e-mail address a site's protection hid from the copy («[email
    /// protected]», as Cloudflare prints it), alone or after a short label («البريد
    /// الإلكتروني: [email protected]»): the site's contact. A sentence giving the address has
    /// more words.
    static func isHiddenEmail(_ line: TextLine) -> Bool {
        line.wordCount <= hiddenEmailWords && WordKeySearch.containsLiteral(line.text, "[email protected]")
    }
}
