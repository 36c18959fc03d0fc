/// Checks that a `language:` value is a well-formed BCP 47 tag (RFC 5646 §2.1), and
/// suggests the tag meant by a language name or a locale-style spelling.
public enum LanguageTag {
    /// What checking a value found.
    public enum Verdict: Sendable, Hashable {
        /// Well-formed; `canonical` has the conventional case (`en-GB`, `zh-Hant`).
        case valid(canonical: String)
        /// Not a tag; `suggestion` is the tag probably meant, when one can be guessed.
        case invalid(suggestion: String?)
    }

    /// Language names in English, French and Arabic, and their tags: what users write instead.
    static let names: [String: String] = [
        "arabic": "ar", "english": "en", "french": "fr", "spanish": "es", "german": "de", "persian": "fa",
        "farsi": "fa", "hebrew": "he", "russian": "ru", "turkish": "tr", "urdu": "ur", "italian": "it",
        "chinese": "zh", "kurdish": "ku", "arabe": "ar", "anglais": "en", "français": "fr", "francais": "fr",
        "espagnol": "es", "allemand": "de", "عربي": "ar", "العربية": "ar", "عربية": "ar", "انجليزي": "en",
        "الإنجليزية": "en", "الانجليزية": "en", "إنجليزي": "en", "فرنسي": "fr", "الفرنسية": "fr",
        // ISO 639-2 codes: BCP 47 takes the two-letter code where one exists.
        "ara": "ar", "eng": "en", "fre": "fr", "fra": "fr", "spa": "es", "ger": "de", "deu": "de", "per": "fa",
        "fas": "fa", "heb": "he", "rus": "ru", "tur": "tr",
    ]

    /// Checks `value`.
    public static func check(_ value: String) -> Verdict {
        let trimmed = value.trimmingWhitespace()
        if let tag = names[trimmed.lowercased()] { return .invalid(suggestion: tag) }
        if let canonical = canonical(trimmed) { return .valid(canonical: canonical) }
        // `en_US`, `fr_FR.UTF-8`: POSIX locales.
        let locale = trimmed.split(separator: ".").first.map(String.init) ?? trimmed
        if let canonical = canonical(locale.replacingUnderscores()) { return .invalid(suggestion: canonical) }
        return .invalid(suggestion: nil)
    }

    /// The tag with conventional case, or nil when `tag` is not well-formed.
    ///
    /// `language` is 2–3 letters (extended subtags allowed; the 5–8 letter form is reserved and
    /// has no registered subtag, so «French» is rejected), then an optional
    /// 4-letter script, an optional region (2 letters or 3 digits), variants (5–8 alphanumerics,
    /// or a digit and 3 alphanumerics), extensions (a singleton and 2–8 alphanumerics) and a
    /// private use part (`x-` and 1–8 alphanumerics).
    static func canonical(_ tag: String) -> String? {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = subtags.first, !tag.isEmpty,
            subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) })
        else { return nil }
        if first.lowercased() == "x" { return subtags.count > 1 ? tag.lowercased() : nil }
        guard first.allSatisfy(\.isASCIILetter), (2...3).contains(first.count) else { return nil }
        var out = [first.lowercased()]
        var index = 1
        // Up to three extended language subtags after a 2–3 letter language.
        while index < subtags.count, index <= 3, subtags[index].count == 3,
            subtags[index].allSatisfy(\.isASCIILetter)
        {
            out.append(subtags[index].lowercased())
            index += 1
        }
        if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(\.isASCIILetter) {
            out.append(subtags[index].prefix(1).uppercased() + subtags[index].dropFirst().lowercased())
            index += 1
        }
        if index < subtags.count,
            (subtags[index].count == 2 && subtags[index].allSatisfy(\.isASCIILetter))
                || (subtags[index].count == 3 && subtags[index].allSatisfy(\.isASCIIDigit))
        {
            out.append(subtags[index].uppercased())
            index += 1
        }
        while index < subtags.count, isVariant(subtags[index]) {
            out.append(subtags[index].lowercased())
            index += 1
        }
        while index < subtags.count {
            let subtag = subtags[index].lowercased()
            guard subtag.count == 1 else { return nil }
            let isPrivate = subtag == "x"
            let run = subtags[(index + 1)...].prefix { isPrivate || $0.count >= 2 }
            guard !run.isEmpty, run.allSatisfy({ isPrivate || $0.count >= 2 }) else { return nil }
            out.append(subtag)
            out += run.map { $0.lowercased() }
            index += 1 + run.count
        }
        return out.joined(separator: "-")
    }

    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isASCIIDigit == true)
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
