import DossierAnalysis
import DossierOutput

/// What the build before this one left for it, from its cache as it is being read
/// (`BuildCache.Reading`): each use waits for the cache, so only the steps that need it do.
/// Without a reading (a clean build) there is nothing.
struct EarlierBuild: Sendable {
    /// The cache being read; nil for a clean build.
    let reading: BuildCache.Reading?
    /// The running binary (`Fingerprint.generator`).
    let generator: String
    /// The output being built into.
    let output: OutputFolder

    /// The cache as read: empty for a clean build, when there is none or when it is unusable.
    var cache: BuildCache { reading?.result.cache ?? BuildCache() }

    /// The analysis as read, with the comparison's record, which only the first call gets
    /// (`BuildCache.Reading.takeComparison`): nil for a clean build, when there is none or when
    /// the cache is unusable.
    func takeAnalysis() -> AnalysisCache? {
        guard var analysis = cache.analysis else { return nil }
        analysis.comparison = reading?.takeComparison()
        return analysis
    }

    /// A note when a cache was there but could not be used.
    var note: String? { reading?.result.note }

    /// The cache as it is on disk, so that only the parts that changed are written again; nil
    /// when every part is to be written: a clean build, an unusable cache, another binary's.
    var onDisk: BuildCache? {
        guard let (cache, note) = reading?.result, note == nil else { return nil }
        let foreign = !cache.generator.isEmpty && cache.generator != generator
        return foreign ? nil : cache
    }

    /// The output as the last write recorded it; nil for a clean build, which trusts none of it.
    var previousSite: PreviousSite? {
        reading.map { PreviousSite(output: output, record: $0.result.cache.output) }
    }
}
