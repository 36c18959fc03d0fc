/// L1 (or L2) text with a map back to the L0 text it was computed from.
///
/// `sourceOffsets[i]` is the L0 scalar offset of `scalars[i]`; the extra last element is the
/// L0 end offset, so the L0 range of the normalised range `a..<b` is
/// `sourceOffsets[a]..<sourceOffsets[b]` (see `sourceRange(of:)`). Scalars deleted by the
/// normaliser (diacritics, tatweel, format characters) therefore belong to the range of the
/// normalised scalar before them, which keeps trailing marks inside a matched word.
public struct NormalizedText: Sendable, Hashable {
    /// The normalised text.
    public let scalars: [Unicode.Scalar]
    /// L0 scalar offset of each normalised scalar; `count == scalars.count + 1`, last = end offset.
    public let sourceOffsets: [Int]

    /// Creates a normalised text; `sourceOffsets` must have one more element than `scalars`.
    public init(scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        precondition(sourceOffsets.count == scalars.count + 1, "offset map must end with the L0 end offset")
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
    }

    /// The normalised text as a `String`.
    public var string: String { String(scalars: scalars) }

    /// Number of normalised scalars.
    public var count: Int { scalars.count }

    /// The L0 scalar range covered by a range of normalised scalars.
    ///
    /// One L0 scalar can give several normalised ones (a lam-alef ligature gives two letters),
    /// all at its offset; a range that ends inside such a group covers the whole L0 scalar, so a
    /// non-empty range never maps to an empty one.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        let lower = sourceOffsets[range.lowerBound]
        guard !range.isEmpty else { return lower..<lower }
        let last = sourceOffsets[range.upperBound - 1]
        var end = range.upperBound
        while end < scalars.count, sourceOffsets[end] <= last { end += 1 }
        return lower..<max(lower, sourceOffsets[end])
    }

    /// The first normalised index whose L0 offset is at or after `sourceOffset` (binary search).
    public func normalizedIndex(atOrAfter sourceOffset: Int) -> Int {
        var low = 0
        var high = scalars.count
        while low < high {
            let mid = (low + high) / 2
            if sourceOffsets[mid] < sourceOffset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
