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
        guard mayHoldLatinLetter(text) else { return [] }
        let scalars = text.decodedScalars()
        // A web address is one run, read as written: cut at «?» and «=», its pieces were laid
        // out right to left («example.com/a?b=c» read «c=b?example.com/a»).
        var addresses = WebAddressRuns.ranges(in: scalars)[...]
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            while let address = addresses.first, address.lowerBound < index { addresses.removeFirst() }
            if let address = addresses.first, address.lowerBound == index {
                result.append(address)
                addresses.removeFirst()
                index = address.upperBound
                continue
            }
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
            // A run stops where an address starts (a name written just before it).
            if let address = addresses.first, address.lowerBound < lastEnd {
                lastEnd = address.lowerBound
                while lastEnd > index, !(isLatinLetter(scalars[lastEnd - 1]) || isDigit(scalars[lastEnd - 1])) {
                    lastEnd -= 1
                }
                if lastEnd > index { result.append(index..<lastEnd) }
                index = address.lowerBound
                continue
            }
            result.append(index..<lastEnd)
            index = max(lastEnd, cursor)
        }
        return result
    }

    /// False when no scalar of `text` can be a Latin letter (`isLatinLetter`), read from its
    /// UTF-8 bytes: no ASCII letter, and no lead byte of U+00C0–U+024F (0xC3–0xC9) or of
    /// U+1E00–U+1EFF (0xE1). Most Arabic texts have none, and are then not copied to scalars.
    private static func mayHoldLatinLetter(_ text: String) -> Bool {
        text.containsUTF8Byte { byte in
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0xC3...0xC9, 0xE1: true
            default: false
            }
        }
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
