import ArabicText

/// A set of word keys (`TextLine.key`: L1 and NFC, words joined by single spaces), looked up
/// by their UTF-8 bytes.
///
/// Every line of every article is looked up in the furniture lexicon's sets; a `Set<String>`
/// hashes a non-ASCII key by normalising it again, which was a quarter of the furniture
/// classifier's time. Keys are NFC, so equal bytes are equal keys (`ByteStringSet`).
struct WordKeySet: Sendable, Sequence {
    private let members: ByteStringSet

    /// The set of `keys`.
    init(_ keys: some Sequence<String>) {
        members = ByteStringSet(keys)
    }

    /// Whether `key` is a member.
    func contains(_ key: String) -> Bool {
        members.contains(key)
    }

    /// The members and those of `other`.
    func union(_ other: WordKeySet) -> WordKeySet {
        WordKeySet(map { $0 } + other.map { $0 })
    }

    /// The members, in order of insertion (a repeated key once).
    func makeIterator() -> some IteratorProtocol<String> {
        (0..<members.count).lazy.map { members.member(at: $0) }.makeIterator()
    }
}
