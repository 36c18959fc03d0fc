import DossierAnalysis
import DossierLoader
import DossierModel

/// An article as read is written field by field, in the order its `Codable` form has them (so
/// the bytes are the same): the cache holds one for every article, read on every build.
extension CachedArticle: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(key)
        try article.encodeBinary(to: sink)
        try outletName.encodeBinary(to: sink)
        try unidentifiedOutlet.encodeBinary(to: sink)
        try outletLocation.encodeBinary(to: sink)
        try sink.encodeArray(diagnostics)
    }

    package static func decodeBinary(from source: BinarySource) throws -> CachedArticle {
        CachedArticle(
            key: try source.string(), article: try Article.decodeBinary(from: source),
            outletName: try GivenOutletName?.decodeBinary(from: source),
            unidentifiedOutlet: try UnidentifiedOutlet?.decodeBinary(from: source),
            outletLocation: try SourceLocation?.decodeBinary(from: source),
            diagnostics: try source.decodeArray(of: Diagnostic.self))
    }
}
