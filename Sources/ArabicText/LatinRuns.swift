/// Latin-script runs to wrap in `<span dir="ltr" lang="en">` (docs/arabic-text-engine.md §8.1).
public enum LatinRuns {
    /// Scalars allowed inside a run but never at its ends.
    private static let internalPunctuation: Set<Unicode.Scalar> = [" ", ".", "-", "_", "'", "&", "+", "/", ":", "@"]

    /// L0 scalar ranges of the Latin runs of `text`, in order.
    ///
    /// A run starts at a Latin letter, may contain Latin letters, ASCII digits and the internal
    /// punctuation `space . - _ ' & + / : @`, and ends on a Latin letter, a digit or `+`;
    /// surrounding spaces and punctuation stay outside («SpaceX», «C++», «iOS 17.2»).
    public static func ranges(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isLatinLetter(scalars[index]) else {
                index += 1
                continue
            }
            var lastEnd = index + 1
            var cursor = index + 1
            while cursor < scalars.count {
                let scalar = scalars[cursor]
                if isLatinLetter(scalar) || isDigit(scalar) || scalar == "+" {
                    lastEnd = cursor + 1
                } else if !internalPunctuation.contains(scalar) {
                    break
                }
                cursor += 1
            }
            result.append(index..<lastEnd)
            index = max(lastEnd, cursor)
        }
        return result
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { return true }
        return ArabicTokenizer.isLatinLetter(scalar)
    }
}
