// The last part of `comparison.bin`: the candidates the comparison scored
// (`RecordedCandidates`), whose long lists of numbers are stored as they are in memory.
extension ComparisonRecord {
    /// Writes the basis, the passages' locations (each article's id once, with its passages'
    /// paragraphs), their signatures, the lists and the boilerplate shingles' hashes.
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
        file.integers(candidates.lists.listStarts)
        file.integers(candidates.lists.others)
        file.integers(candidates.lists.counts)
        file.integers(candidates.lists.truncated.map { $0 ? UInt8(1) : 0 })
        file.integers(candidates.boilerplate)
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
                    starts: try source.integers(Int32.self), others: try source.integers(Int32.self),
                    counts: try source.integers(UInt16.self), truncated: try source.integers(UInt8.self).map { $0 != 0 }
                )
            else { throw BinarySource.damaged("candidate lists that do not fit") }
            let boilerplate = try source.integers(UInt64.self)
            guard source.isAtEnd else { throw BinarySource.damaged("bytes after the candidates") }
            let candidates = RecordedCandidates(
                basis: basis, locations: locations, signatures: signatures, lists: lists, boilerplate: boilerplate)
            guard candidates.isConsistent else { throw BinarySource.damaged("candidates of no passage") }
            return candidates
        }()
    }
}
