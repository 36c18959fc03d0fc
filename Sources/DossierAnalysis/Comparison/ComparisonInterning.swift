// How the passage comparison interns what it compares: words and stems (`StringTable`, keyed by
// their bytes) and runs of keys become integers, since hashing and comparing Arabic strings
// (NFC-normalising on every hash) dominated its cost.

/// Interns runs of `size` consecutive keys as ids: a run is interned as its first
/// `size - 1` keys' id and its last key, so no run is ever copied into an array.
package struct ShingleTable {
    /// Keys per run.
    package let size: Int
    /// One table per run length from 2 to `size`: (id of the shorter run, next key) -> id.
    private var levels: [PackedKeyTable]
    /// Each run's `StableHash` (made from its keys' `keyHashes`), by id; with runs of one key,
    /// ids are keys and this stays empty.
    package private(set) var stableHashes: [UInt64] = []
    /// Each key's `StableHash`, by key id.
    package let keyHashes: [UInt64]
    /// For each run id, the number of the last `distinctRuns(of:)` call that listed it.
    private var lastListed: [Int32] = []
    /// How many `distinctRuns(of:)` calls there have been.
    private var listings: Int32 = 0

    /// An empty table of runs of `size` keys, whose keys have the stable hashes `keyHashes`.
    package init(size: Int, keyHashes: [UInt64] = []) {
        self.size = size
        self.keyHashes = keyHashes
        levels = Array(repeating: PackedKeyTable(), count: max(size - 1, 0))
    }

    /// The distinct ids of the runs of `size` keys in `keys`, in order of first appearance,
    /// numbering the runs not seen before: marked off as they are interned rather than sorted,
    /// since neither the posting lists nor the candidates' counts depend on their order.
    package mutating func distinctRuns(of keys: [Int]) -> [Int] {
        listings += 1
        var distinct: [Int] = []
        distinct.reserveCapacity(keys.count)
        for id in runs(of: keys) {
            if id == lastListed.count { lastListed.append(0) }
            guard lastListed[id] != listings else { continue }
            lastListed[id] = listings
            distinct.append(id)
        }
        return distinct
    }

    /// The id of each run of `size` keys in `keys`, in order, numbering the runs not seen before.
    package mutating func runs(of keys: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(keys.count)
        for start in 0...(keys.count - size) {
            var id = keys[start]
            for (level, key) in keys[(start + 1)..<(start + size)].enumerated() {
                let packed = UInt64(UInt32(truncatingIfNeeded: id)) << 32 | UInt64(UInt32(truncatingIfNeeded: key))
                id = levels[level].id(of: packed)
            }
            if size > 1, id == stableHashes.count { stableHashes.append(stableHash(ofRunAt: start, in: keys)) }
            result.append(id)
        }
        return result
    }

    /// The stable hash of run `id` (`stableHashes`, or its key's hash for runs of one key).
    package func stableHash(of id: Int) -> UInt64 {
        size > 1 ? stableHashes[id] : keyHashes.indices.contains(id) ? keyHashes[id] : 0
    }

    /// The stable hash of the run of `size` keys at `start` in `keys`.
    private func stableHash(ofRunAt start: Int, in keys: [Int]) -> UInt64 {
        keys[start..<(start + size)].reduce(UInt64(size)) { hash, key in
            StableHash.combined(hash, keyHashes.indices.contains(key) ? keyHashes[key] : 0)
        }
    }
}

/// The distinct values of `values`, ascending (sorted in place rather than through a `Set`,
/// which hashed every value of every passage).
package func ascendingDistinct(_ values: [Int]) -> [Int] {
    var sorted = values
    // A passage has a few dozen terms: sorted in place by insertion, which the standard
    // library's sort (a merge sort with a buffer) took three times as long for.
    if sorted.count <= 64 {
        sorted.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices.dropFirst() {
                let value = buffer[index]
                var place = index
                while place > 0, buffer[place - 1] > value {
                    buffer[place] = buffer[place - 1]
                    place -= 1
                }
                buffer[place] = value
            }
        }
    } else {
        sorted.sort()
    }
    var kept = 0
    for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
        sorted[kept] = sorted[index]
        kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
}

/// Interns 64-bit keys as ids 0, 1, 2… in order of first appearance, in an open-addressing
/// table with linear probing and a multiplicative hash. `Dictionary` hashes each key with
/// seeded SipHash, which was half the cost of preparing the passages of a 10,000-article
/// dossier (three million shingles looked up).
package struct PackedKeyTable {
    /// `UInt64.max` marks an empty slot (no packed pair of two 32-bit ids below 2³² − 1 is it).
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var ids: [Int32]
    /// log₂ of the number of slots.
    private var bits: Int
    /// How many keys are interned: the next id.
    package private(set) var count = 0

    /// An empty table.
    package init() {
        bits = 10
        keys = Array(repeating: Self.empty, count: 1 << bits)
        ids = Array(repeating: 0, count: 1 << bits)
    }

    /// The id of `key`, interned (as `count`) when it is new.
    package mutating func id(of key: UInt64) -> Int {
        precondition(key != Self.empty, "the empty slot's marker is not a key")
        if (count + 1) * 2 > keys.count { grow() }
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return Int(ids[slot]) }
            if found == Self.empty { break }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        ids[slot] = Int32(count)
        count += 1
        return count - 1
    }

    /// The first slot to probe for `key`: the top bits of its product with 2⁶⁴ / φ.
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// Doubles the slots and puts every key back.
    private mutating func grow() {
        let (oldKeys, oldIDs) = (keys, ids)
        bits += 1
        keys = Array(repeating: Self.empty, count: 1 << bits)
        ids = Array(repeating: 0, count: 1 << bits)
        for (key, id) in zip(oldKeys, oldIDs) where key != Self.empty {
            var slot = slot(of: key)
            while keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            ids[slot] = id
        }
    }
}
