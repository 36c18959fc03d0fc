import Foundation

/// The headline as a title: the page line without what sites decorate it with.
enum HeadlineText {
    /// `line` without leading and trailing emoji, flags and pictographic symbols («🇮🇶 …», «🔴 عاجل»),
    /// a leading separator («| جلسة …», «• …», «.. …»), and literal HTML tags a copy may carry
    /// («<strong>…</strong>»); the words are untouched.
    static func cleaned(_ line: String) -> String {
        if let headline = aggregatorHeadline(in: line) { return cleaned(headline) }
        var scalars = withoutTrailingDuration(withoutTags(line)).decodedScalars()
        while let first = scalars.first, isDecoration(first) || leadingSeparators.contains(first) {
            scalars.removeFirst()
        }
        while let last = scalars.last, isDecoration(last) { scalars.removeLast() }
        // Dots set apart after the last word («… ذرع البطولة ..»); dots glued to it mark a
        // headline the site cut, and stay.
        if let dots = scalars.lastIndex(where: { !trailingDots.contains($0) }), dots < scalars.count - 1,
            scalars[dots].properties.isWhitespace
        {
            scalars.removeSubrange(dots...)
            while let last = scalars.last, isDecoration(last) { scalars.removeLast() }
        }
        let result = String(String.UnicodeScalarView(scalars))
        return result.isEmpty ? line : result
    }

    /// The headline an aggregator's template wraps, the page's only title line: «نعرض لكم
    /// زوارنا أهم وأحدث تفاصيل خبر ‹headline› في المقال التالي», «نقدم لكم زوارنا الكرام
    /// تفاصيل خبر ‹headline› في هذا المقال», «انت الان تتابع خبر ‹headline› والان مع
    /// التفاصيل». The template opens within the line's first words (after a label such as
    /// «عاجل») with one of `aggregatorOpenings`; the headline runs from the first «خبر» after
    /// it to the last of `aggregatorClosings`, two words or more. Nil for any other line.
    static func aggregatorHeadline(in line: String) -> String? {
        // Cheapest first: the bytes of «لكم» or «تتابع» (in every opening) anywhere in the line.
        guard WordKeySearch.containsBytes(line, "لكم") || WordKeySearch.containsBytes(line, "تتابع"),
            let opening = aggregatorOpenings.compactMap({ line.range(of: $0) }).min(by: {
                $0.lowerBound < $1.lowerBound
            }),
            line.distance(from: line.startIndex, to: opening.lowerBound) <= 40,
            let news = line.range(of: " خبر ", range: opening.upperBound..<line.endIndex),
            let closing = aggregatorClosings.compactMap({
                line.range(of: $0, options: .backwards, range: news.upperBound..<line.endIndex)
            }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let headline = line[news.upperBound..<closing.lowerBound].trimmingCharacters(in: .whitespaces)
        return headline.split(whereSeparator: \.isWhitespace).count >= 2 ? headline : nil
    }

    /// How aggregators' templates open and close around the headline (`aggregatorHeadline`).
    private static let aggregatorOpenings = ["نعرض لكم", "نقدم لكم", "انت الان تتابع", "أنت الآن تتابع"]
    private static let aggregatorClosings = [
        " في المقال التالي", " في هذا المقال", " والان مع التفاصيل", " والآن مع التفاصيل",
    ]

    /// Marks a site prints before its headline, never part of it: a bar, a bullet, dots
    /// («.. الجشع يلهب الأسعار!»).
    private static let leadingSeparators: Set<Unicode.Scalar> = ["|", "•", "·", "▪", "►", ".", "…"]

    /// Dots a site prints after its headline, apart from the last word.
    private static let trailingDots: Set<Unicode.Scalar> = [".", "…"]

    /// `text` without a video's duration glued to its last word («… في أفريقيا٠٠:٠٢:١٢»,
    /// «…Africa03:41»): digits and colons, two or three groups, with no space before them.
    static func withoutTrailingDuration(_ text: String) -> String {
        let scalars = text.decodedScalars()
        var start = scalars.count
        while start > 0, scalars[start - 1].properties.numericType == .decimal || scalars[start - 1] == ":" {
            start -= 1
        }
        let run = scalars[start...]
        let groups = run.split(separator: ":", omittingEmptySubsequences: false)
        guard start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "\"",
            (2...3).contains(groups.count), groups.allSatisfy({ (1...2).contains($0.count) })
        else { return text }
        return String(String.UnicodeScalarView(scalars[..<start]))
    }

    /// Emoji, flag letters, joiners and selectors, other symbols, and spaces around them.
    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace { return true }
        switch scalar.value {
        case 0x1F1E6...0x1F1FF, 0xFE0E, 0xFE0F, 0x200D, 0x20E3: return true
        default: break
        }
        return properties.isEmojiPresentation || properties.generalCategory == .otherSymbol
    }

    /// Removes `<tag …>` and `</tag>` runs: a tag opens with a Latin letter (or `/` and one).
    static func withoutTags(_ text: String) -> String {
        let scalars = text.decodedScalars()
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let end = tagEnd(scalars, from: index) {
                index = end + 1
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        guard index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic else {
            return nil
        }
        while index < scalars.count, index - start < 200 {
            if scalars[index] == ">" { return index }
            if scalars[index] == "<" || scalars[index] == "\n" { return nil }
            index += 1
        }
        return nil
    }
}
