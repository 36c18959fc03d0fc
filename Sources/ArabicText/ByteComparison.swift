import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the buffer holds the same bytes as `other`, compared by `memcmp`:
    /// `elementsEqual` goes byte by byte through an iterator, and the comparisons of tokens
    /// and of lexicon phrases made it 1.3% of a large build's CPU time.
    @inlinable package func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        // Equal counts: either both are empty or both have an address.
        guard let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }

    /// The index of the first `byte` at or after `start`, found by `memchr` (vectorised), or
    /// nil: for scans that skip long runs of text to a rare byte.
    @inlinable package func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let found = memchr(base + start, Int32(byte), count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
