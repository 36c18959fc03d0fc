import DossierModel

/// The bytes of an article file and of its sidecar, each read once. The build cache's key is
/// made from the bytes the reader then reads, so a file edited during a build cannot give the
/// key of one version and the reading of another.
struct ArticleSourceBytes: Sendable {
    /// The article file's bytes and their digest, or why they could not be read.
    let article: Result<HashedBytes, Diagnostic>
    /// The sidecar's path and its bytes (or why they could not be read), when the article has one.
    let sidecar: (path: String, bytes: Result<[UInt8], Diagnostic>)?

    /// Reads `relativePath` and, when given, its sidecar from `folder`.
    init(_ relativePath: String, sidecar sidecarPath: String?, folder: SourceFolder) {
        article = folder.bytes(relativePath).map { HashedBytes(bytes: $0, sha256: ArticleReader.sha256($0)) }
        sidecar = sidecarPath.map { ($0, folder.bytes($0, limit: .sidecar)) }
    }

    /// The cache key of the article's reading, or nil when a file could not be read.
    func cacheKey(_ relativePath: String, folder: SourceFolder, limits: ArticleLimits) -> String? {
        guard case .success(let read) = article else { return nil }
        // The folder as spelled is part of the key: diagnostics show paths under it; so is the
        // file's path, which its page names and whose extension decides how it is read (a
        // `.txt` renamed `.md`, same bytes, is another reading), and the sidecar's, which its
        // warnings name (`a.yml` renamed `a.YML`); so are the limits, under which the article
        // was accepted.
        var key = folder.root + "|" + relativePath + "|" + limits.description + "|" + read.sha256
        if let sidecar {
            guard case .success(let sidecarBytes) = sidecar.bytes else { return nil }
            key += "+" + sidecar.path + "|" + ArticleReader.sha256(sidecarBytes)
        }
        // Hashed, so the cache keeps no path of the user's machine.
        return ArticleReader.sha256(Array(key.utf8))
    }

    /// A file's bytes and their lower-case hex SHA-256.
    struct HashedBytes: Sendable {
        let bytes: [UInt8]
        let sha256: String
    }
}
