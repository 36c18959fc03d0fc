/// Scalars that are a whole `Character` (an extended grapheme cluster) each, whatever stands
/// next to them, as long as their neighbours are such scalars too: none of them extends the
/// scalar before it or prefixes the one after it (no combining mark, joiner, prepended
/// concatenation mark, Hangul jamo or regional indicator), and CR, which joins a following LF,
/// is left out.
///
/// On a text made only of them, `Character` and `Unicode.Scalar` operations agree: a split on
/// characters splits on scalars, and a character's properties are its scalar's. Hot loops test
/// a text with `allSingle(_:)` and then work on scalars, keeping the `Character` code for the
/// rare text that fails.
public enum SingleScalarGraphemes {
    /// True when `scalar` is one of them: ASCII but CR, Latin-1 and the Latin letters up to
    /// U+02FF, the Arabic letters, digits and punctuation (not its marks, tatweel-free), and
    /// the general punctuation dashes, quotes and ellipsis.
    @inlinable @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: return false
        case 0x00...0x02FF, 0x060C, 0x061B, 0x061F, 0x0620...0x064A, 0x0660...0x066F, 0x0671...0x06D5,
            0x2010...0x2027, 0x2030...0x205E:
            return true
        default: return false
        }
    }

    /// True when every scalar of `scalars` is one of them.
    @inlinable
    public static func allSingle<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        scalars.allSatisfy(contains)
    }
}
