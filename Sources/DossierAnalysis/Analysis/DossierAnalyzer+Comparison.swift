import DossierModel

extension DossierAnalyzer {
    /// What the comparison of passages knows before the articles are scanned: the previous
    /// build's result when its inputs are the same, else what it takes from that build.
    enum ComparisonStart: Sendable {
        /// The previous build's result and record, which are this build's.
        case finished(PassageComparisonResult, ComparisonRecord)
        /// To compare: the articles' digests, the record's key, the basis of the candidates,
        /// and the tokens and candidates of the previous build (nil: none).
        case pending(
            digests: [String: [UInt8]], key: String, basis: String, tokens: TokenizedArticles?,
            candidates: RecordedCandidates?)
        /// To compare with nothing kept, and nothing to keep (no binary to key a record with).
        case unrecorded
    }

    /// The start of the comparison of `articles`' passages: `previous`' result when its inputs
    /// are the same, else the tokens of the articles `previous` already tokenised and the
    /// candidates of the passages it already compared. Nothing is kept without `generator`.
    /// Decoded, the record's bytes are let go of.
    static func startComparison(_ articles: [Article], generator: String?, previous: consuming ComparisonRecord?)
        -> ComparisonStart
    {
        guard let generator else { return .unrecorded }
        let options = PassageComparison().options
        let digests = ComparisonRecord.digests(of: articles, generator: generator)
        guard let key = try? ComparisonRecord.key(digests: digests, options: options, generator: generator) else {
            return .unrecorded
        }
        if let previous, previous.key == key, let result = previous.result() { return .finished(result, previous) }
        let basis = (try? Fingerprint.of(options, salt: generator)) ?? ""
        let (tokens, candidates) = (previous?.tokens(), previous?.candidates())
        previous = nil
        return .pending(digests: digests, key: key, basis: basis, tokens: tokens, candidates: candidates)
    }

    /// The comparison `start` leads to, with `keys` the comparison keys of the articles
    /// scanned (by id); and the record to keep for the next build (nil: none).
    static func finishComparison(
        _ start: consuming ComparisonStart, articles: [Article], keys: consuming [String: [[String]]]
    ) -> (result: PassageComparisonResult, record: ComparisonRecord?) {
        let comparison = PassageComparison()
        switch consume start {
        case .finished(let result, let record):
            return (result, record)
        case .unrecorded:
            return (comparison.compare(articles, digests: [:], reusing: nil, keys: keys).result, nil)
        case .pending(let digests, let key, let basis, let tokens, let candidates):
            let (result, made, chosen) = comparison.compare(
                articles, digests: digests, reusing: consume tokens, candidates: consume candidates, basis: basis,
                keys: keys)
            return (result, ComparisonRecord(key: key, result: result, tokens: made, candidates: chosen))
        }
    }
}
