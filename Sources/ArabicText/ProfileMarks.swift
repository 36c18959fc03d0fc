/// The function words and marking openings of several language profiles (those of one script),
/// asked about a word once for all of them: the detector asked each profile in turn, a look-up
/// and the Arabic openings for each of four profiles, for every Arabic word of every article.
struct ProfileMarks: Sendable {
    /// The function words of every profile that `LanguageProfile.packed(_:)` packs, bit `n` of
    /// each word's mask standing for the `n`th profile.
    private let words: PackedWordTable
    /// The most scalars a function word of any of the profiles has.
    private let longest: Int
    /// Every profile's openings, each with its profile's bit.
    private let prefixes: [(scalars: [Unicode.Scalar], mask: UInt32)]
    /// False when a profile compares its openings as strings (`prefixScalars` is nil): then
    /// only the profiles can tell.
    private let comparesScalars: Bool

    /// The marks of `profiles`, at most 32.
    init(_ profiles: [LanguageProfile]) {
        precondition(profiles.count <= 32, "a bit of the mask for each profile")
        words = PackedWordTable(
            masks: profiles.enumerated().flatMap { number, profile in
                profile.functionWordScalars.compactMap(LanguageProfile.packed).map { ($0, UInt32(1) << number) }
            })
        longest = profiles.map(\.longestFunctionWord).max() ?? 0
        prefixes = profiles.enumerated().flatMap { number, profile in
            (profile.prefixScalars ?? []).map { ($0, UInt32(1) << number) }
        }
        comparesScalars = profiles.allSatisfy { $0.prefixScalars != nil }
    }

    /// The profiles of `LanguageProfile.all` that each script has, in that order, made once.
    static let ofAll: [LanguageDetector.Script: ProfileMarks] =
        Dictionary(grouping: LanguageProfile.all, by: \.script).mapValues(ProfileMarks.init)

    /// The profiles `word` marks (`LanguageProfile.marks(_:)`), bit `n` for the `n`th; nil when
    /// only the profiles can tell: a word whose characters are not all single scalars, or one
    /// as short as a function word that does not pack.
    @inline(__always)
    func marked(by word: LanguageProfile.PreparedWord) -> UInt32? {
        guard comparesScalars, word.isSingleScalars else { return nil }
        let count = word.scalars.count
        var mask: UInt32 = 0
        if count <= longest {
            // Words are equal only if both pack or neither does.
            guard let key = word.packed else { return nil }
            mask = words.mask(of: key)
        }
        // Most words open with none of them: their first letters are compared first.
        let first = word.scalars.first
        for prefix in prefixes
        where (prefix.scalars.isEmpty || prefix.scalars[0] == first) && count >= prefix.scalars.count + 2
            && word.scalars.starts(with: prefix.scalars)
        {
            mask |= prefix.mask
        }
        return mask
    }
}
