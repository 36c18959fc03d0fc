// How the passage comparison interns what it compares: words (`StringTable`) and runs of keys
// become integers, since hashing and comparing Arabic strings (NFC-normalising on every hash)
// dominated its cost.

/// Interns runs of `size` consecutive keys as ids: a run is interned as its first
/// `size - 1` keys' id and its last key, so no run is ever copied into an array.
package struct ShingleTable {
    /// Keys per run.
    package let size: Int
    /// One table per run length from 2 to `size`: (id of the shorter run, next key) -> id.
    private var levels: [[UInt64: Int]]

    /// An empty table of runs of `size` keys.
    package init(size: Int) {
        self.size = size
        levels = Array(repeating: [:], count: max(size - 1, 0))
    }

    /// The distinct ids, ascending, of the runs of `size` keys in `keys`.
    package mutating func ids(of keys: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(keys.count)
        for start in 0...(keys.count - size) {
            var id = keys[start]
            for (level, key) in keys[(start + 1)..<(start + size)].enumerated() {
                let packed = UInt64(UInt32(truncatingIfNeeded: id)) << 32 | UInt64(UInt32(truncatingIfNeeded: key))
                if let known = levels[level][packed] {
                    id = known
                } else {
                    id = levels[level].count
                    levels[level][packed] = id
                }
            }
            result.append(id)
        }
        return Array(Set(result)).sorted()
    }
}
