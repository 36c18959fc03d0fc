// The last part of `comparison.bin`: the candidates the comparison scored
// (`RecordedCandidates`), whose long lists of numbers are stored as they are in memory.
extension ComparisonRecord {
    /// Writes the basis, the passages' locations (each article's id once, with its passages'
    /// paragraphs), their signatures, the lists, the candidates' score bounds, the
    /// boilerplate shingles' hashes and the keys' frequencies.
    static func encode(_ candidates: RecordedCandidates, to file: BinarySink) {
        file.string(candidates.basis)
        var runs: [(id: String, paragraphs: [UInt32])] = []
        for location in candidates.locations {
            if runs.last?.id == location.articleID {
                runs[runs.count - 1].paragraphs.append(UInt32(location.paragraph))
            } else {
                runs.append((location.articleID, [UInt32(location.paragraph)]))
            }
        }
        file.varint(UInt64(runs.count))
        for run in runs {
            file.string(run.id)
            file.integers(run.paragraphs)
        }
        file.integers(candidates.signatures)
        let lists = candidates.lists
        let passages = 0..<lists.passageCount
        file.integers(passages.map { UInt32(lists.others(of: $0).count) })
        // The candidates and counts of every list end to end, each list appended as it is.
        file.varint(UInt64(passages.reduce(0) { $0 + lists.others(of: $1).count }))
        for passage in passages { file.rawIntegers(lists.others(of: passage)) }
        file.varint(UInt64(passages.reduce(0) { $0 + lists.counts(of: $1).count }))
        for passage in passages { file.rawIntegers(lists.counts(of: passage)) }
        file.integers(passages.map { lists.isTruncated($0) ? UInt8(1) : 0 })
        file.integers(candidates.bounds)
        file.integers(candidates.boilerplate)
        file.integers(candidates.frequencies.hashes)
        file.integers(candidates.frequencies.counts)
    }

    /// At least the number of bytes `encode(_:to:)` writes for `candidates` (ten for each count
    /// or length written as a varint).
    static func encodedSizeBound(_ candidates: RecordedCandidates) -> Int {
        let passages = candidates.locations.count
        let listed = (0..<candidates.lists.passageCount).reduce(0) { $0 + candidates.lists.others(of: $1).count }
        let ids = candidates.locations.reduce(into: (bytes: 0, last: "")) { sum, location in
            if location.articleID != sum.last {
                sum = (sum.bytes + location.articleID.utf8.count + 20, location.articleID)
            }
        }
        return candidates.basis.utf8.count + 10 + ids.bytes + 10 + passages * (4 + 8 + 4 + 1) + listed * (4 + 2 + 1)
            + candidates.boilerplate.count * 8 + candidates.frequencies.hashes.count * (8 + 4) + 10 * 10
    }

    /// Reads the candidates `encode(_:to:)` wrote at the end of `bytes`; nil when there are
    /// none or they are damaged.
    static func decodeCandidates(_ bytes: [UInt8]) -> RecordedCandidates? {
        try? {
            let source = try tokenPart(of: bytes).0
            guard !source.isAtEnd else { return nil }
            let basis = try source.string()
            let runs = try list(source, minimumSize: 2) {
                (id: try source.string(), paragraphs: try source.integers(UInt32.self))
            }
            let locations = runs.flatMap { run in
                run.paragraphs.map { PassageLocation(articleID: run.id, paragraph: Int($0)) }
            }
            let signatures = try source.integers(UInt64.self)
            guard
                let lists = CandidateLists(
                    lengths: try source.integers(UInt32.self), others: try source.integers(Int32.self),
                    counts: try source.integers(UInt16.self), truncated: try source.integers(UInt8.self).map { $0 != 0 }
                )
            else { throw BinarySource.damaged("candidate lists that do not fit") }
            let bounds = try source.integers(UInt8.self)
            let boilerplate = try source.integers(UInt64.self)
            guard
                let frequencies = KeyFrequencies(
                    sorted: try source.integers(UInt64.self), counts: try source.integers(UInt32.self))
            else { throw BinarySource.damaged("key frequencies out of order") }
            guard source.isAtEnd else { throw BinarySource.damaged("bytes after the candidates") }
            let candidates = RecordedCandidates(
                basis: basis, locations: locations, signatures: signatures, lists: lists, boilerplate: boilerplate,
                bounds: bounds, frequencies: frequencies)
            guard candidates.isConsistent else { throw BinarySource.damaged("candidates of no passage") }
            return candidates
        }()
    }
}
