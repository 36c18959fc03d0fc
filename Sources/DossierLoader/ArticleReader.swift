import ArabicText
import Crypto
import DossierModel

/// Reads one article file and its sidecar into an `Article`: decoding, L0, paragraphs, the
/// furniture split, detection of title, date and outlet, then the sidecar's overrides.
struct ArticleReader: Sendable {
    let folder: SourceFolder
    /// The day of reading: a detected publication date after it gets a warning.
    let today = PublicationDateChooser.today()
    /// How large an article may be (see `ArticleReader+Limits`).
    let limits: ArticleLimits

    /// What reading an article produced besides the article.
    struct Output: Sendable {
        let article: Article
        /// The outlet name to use when no `outlets/<id>.md` exists.
        let outletName: GivenOutletName?
        /// The outlet the page credits by a name that gives no id, when neither the sidecar nor
        /// the detector gives one.
        let unidentifiedOutlet: UnidentifiedOutlet?
        /// The sidecar's `outlet` line when the article's outlet is the sidecar's.
        let outletLocation: SourceLocation?
    }

    /// Reads `articles/<id>.txt|md` from its bytes and its sidecar's (the `.yml` beside it, when
    /// there is one), as `source` holds them.
    func read(
        _ relativePath: String, id: String, source: consuming ArticleSourceBytes, diagnostics: inout [Diagnostic]
    ) -> Output? {
        let path = folder.displayPath(relativePath)
        let sidecarSource = source.sidecar
        guard
            let (displayText, file) = readText(
                relativePath, path: path, source: consume source, diagnostics: &diagnostics)
        else {
            return nil
        }
        var text = displayText
        var firstLine = 1
        var sidecar: Sidecar?
        if Identifier.fileExtension(of: relativePath) == "md" {
            let split = FrontMatter(splitting: text)
            if let yaml = split.yaml,
                let mapping = YAMLMapping.parse(yaml, path: path, firstLine: split.yamlLine, diagnostics: &diagnostics)
            {
                sidecar = Sidecar(mapping: mapping, location: SourceLocation(path: path), diagnostics: &diagnostics)
            }
            text = split.body
            firstLine = split.bodyLine
        }
        if let sidecarSource,
            let fileSidecar = readSidecar(sidecarSource.path, bytes: sidecarSource.bytes, diagnostics: &diagnostics)
        {
            if sidecar != nil {
                diagnostics.append(
                    .warning(
                        .sidecarConflict, "the article has both front matter and a sidecar; the sidecar wins",
                        at: fileSidecar.location, fix: "Keep the values in one place: the sidecar or the front matter.")
                )
            }
            sidecar = fileSidecar
        }
        let lines = ParagraphSplitter.lines(of: text, firstLine: firstLine)
        var split = ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
        if let sidecar { split.apply(sidecar, diagnostics: &diagnostics) }
        let metadata = ArticleMetadata(split: split, sidecar: sidecar, today: today)
        metadata.report(path: path, sidecar: sidecar, split: split, diagnostics: &diagnostics)
        let article = Article(
            id: id, source: file, title: metadata.title, outlet: metadata.outlet, url: sidecar?.url,
            published: metadata.published, language: metadata.language,
            paragraphs: split.paragraphs, furniture: split.furniture, provenance: metadata.provenance,
            sidecar: sidecar?.location)
        if article.paragraphs.isEmpty {
            diagnostics.append(Self.emptyDiagnostic(text: text, furniture: split.furniture, path: path))
        }
        // The page's own credit names the outlet only when it is the article's outlet: a sidecar
        // that gives another one overrides the credit, name included.
        let detectedName = metadata.detectedOutlet.flatMap { $0.id != nil && $0.id == article.outlet ? $0.name : nil }
        let givenName =
            sidecar?.outletName.map { GivenOutletName(name: $0, location: sidecar?.outletNameLocation) }
            ?? detectedName.map { GivenOutletName(name: $0, location: nil) }
        let unidentified = metadata.detectedOutlet.flatMap { detected in
            article.provenance.outlet == .missing
                ? UnidentifiedOutlet(name: detected.name, evidence: detected.labelledEvidence) : nil
        }
        return Output(
            article: article, outletName: givenName, unidentifiedOutlet: unidentified,
            outletLocation: article.provenance.outlet == .sidecar ? sidecar?.outletLocation : nil)
    }

    /// The article's L0 text and a description of its file, or nil after a diagnostic. The
    /// bytes and the decoded text are gone on return: only the L0 text is kept, so a long
    /// article is not held three times over while it is split and analysed.
    private func readText(
        _ relativePath: String, path: String, source: consuming ArticleSourceBytes, diagnostics: inout [Diagnostic]
    ) -> (String, SourceFile)? {
        let read: ArticleSourceBytes.HashedBytes
        switch source.article {
        case .success(let hashed): read = hashed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let decoded: DecodedText
        do {
            decoded = try ArabicTextDecoder.decode(read.bytes)
        } catch {
            diagnostics.append(Self.decodingDiagnostic(error, bytes: read.bytes, path: path))
            return nil
        }
        if let tooLong = lineDiagnostic(decoded.text, path: path) {
            diagnostics.append(tooLong)
            return nil
        }
        let file = SourceFile(
            relativePath: relativePath, sha256: read.sha256, byteCount: read.bytes.count, encoding: decoded.encoding)
        return (ArabicNormalizer.displayText(decoded.text), file)
    }

    private func readSidecar(
        _ relativePath: String, bytes: Result<[UInt8], Diagnostic>, diagnostics: inout [Diagnostic]
    ) -> Sidecar? {
        let path = folder.displayPath(relativePath)
        guard let text = TextFile.text(of: bytes, path: path, diagnostics: &diagnostics),
            let mapping = YAMLMapping.parse(text, path: path, firstLine: 1, diagnostics: &diagnostics)
        else { return nil }
        return Sidecar(mapping: mapping, location: SourceLocation(path: path), diagnostics: &diagnostics)
    }

    /// Lower-case hex SHA-256.
    static func sha256(_ bytes: [UInt8]) -> String {
        Hex.lowercase(SHA256.hash(data: bytes))
    }

    /// A decoding failure, placed at the line holding the offending byte.
    static func decodingDiagnostic(_ error: TextDecodingError, bytes: [UInt8], path: String) -> Diagnostic {
        let offset = min(max(0, error.byteOffset), bytes.count)
        let line = 1 + bytes[..<offset].filter { $0 == 0x0A }.count
        // Characters, not bytes, before the bad byte on its line (an Arabic letter is two bytes).
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return .error(
            .undecodableFile, "cannot decode the text at byte \(error.byteOffset): \(error.message)",
            at: SourceLocation(path: path, line: line, column: column),
            fix: "Save the file as UTF-8 (or Windows-1256), or remove the damaged bytes.")
    }
}
