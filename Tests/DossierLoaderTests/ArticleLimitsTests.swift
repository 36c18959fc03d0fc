import DossierLoader
import DossierModel
import Foundation
import Testing

/// An article over `max_article_bytes`, or with a line over `max_line_characters`, is refused
/// at once with an error saying which limit and how to raise it; the rest of the dossier loads.
struct ArticleLimitsTests {
    /// A copy of the valid fixture with `config` appended to dossier.yml and `article` as
    /// `articles/big.txt`; removed by the caller through the returned folder.
    private func sandbox(config: String, article: [UInt8]) throws -> (folder: URL, source: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossier-limits-\(UUID().uuidString)")
        let source = folder.path + "/source"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: source)
        let yml = try String(contentsOfFile: source + "/dossier.yml", encoding: .utf8)
        try Data((yml + config).utf8).write(to: URL(fileURLWithPath: source + "/dossier.yml"))
        try Data(article).write(to: URL(fileURLWithPath: source + "/articles/big.txt"))
        return (folder, source)
    }

    private func paragraphs(_ count: Int) -> String {
        (0..<count).map { "فقرة رقم \($0) من نص المقال الطويل تتحدث عن الفيضانات في المدينة." }.joined(
            separator: "\n\n")
    }

    @Test func anArticleOverTheByteLimitIsRefusedBeforeItIsRead() throws {
        let text = "عنوان المقال\n\n" + paragraphs(200)
        let (folder, source) = try sandbox(config: "max_article_bytes: 5_000\n", article: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        let errors = result.diagnostics.filter { $0.code == .articleTooLarge }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.path == source + "/articles/big.txt")
        #expect(errors.first?.message.contains("\(text.utf8.count) bytes") == true)
        #expect(errors.first?.message.contains("limit of 5000 bytes") == true)
        #expect(errors.first?.fix?.contains("max_article_bytes") == true)
        #expect(!result.dossier.articles.contains { $0.id == "big" })
        #expect(result.dossier.articles.count == 5)
    }

    @Test func theDefaultByteLimitRefusesAnAbsurdFileQuickly() throws {
        let line = Array("سطر من نص مكرر لملء ملف ضخم جدا.\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= ArticleLimits.defaultMaxBytes { bytes += line }
        let (folder, source) = try sandbox(config: "", article: bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try DossierLoader.load(sourceFolder: source)
        #expect(clock.now - start < .seconds(20))
        #expect(result.diagnostics.map(\.code).contains(.articleTooLarge))
    }

    @Test func raisingTheLimitAcceptsTheArticle() throws {
        let text = "عنوان المقال\n\n" + paragraphs(200)
        let (folder, source) = try sandbox(config: "max_article_bytes: 100000\n", article: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        #expect(!result.diagnostics.contains { $0.code == .articleTooLarge })
        #expect(result.dossier.articles.first { $0.id == "big" }?.paragraphs.count ?? 0 > 100)
        #expect(result.dossier.config.limits.maxBytes == 100_000)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func aLineOverTheCharacterLimitIsNamedWithItsNumber(lineBreak: String) throws {
        let long = String(repeating: "ب", count: 700)
        let text = ["عنوان المقال", "", long, "", "فقرة قصيرة."].joined(separator: lineBreak)
        let (folder, source) = try sandbox(config: "max_line_characters: 600\n", article: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        let errors = result.diagnostics.filter { $0.code == .lineTooLong }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 3)
        #expect(errors.first?.message.contains("line 3 has 700 characters") == true)
        #expect(errors.first?.fix?.contains("max_line_characters") == true)
        // Not the misleading "no body paragraphs left" of the furniture split.
        #expect(!result.diagnostics.contains { $0.code == .articleEmpty })
        #expect(!result.dossier.articles.contains { $0.id == "big" })
    }

    /// The limit counts characters, not bytes: an Arabic letter is two bytes in UTF-8, and
    /// a file of more bytes than the limit may have no line over it.
    @Test func aLineOfMoreBytesThanTheLimitButFewerCharactersIsKept() throws {
        let long = String(repeating: "ب", count: 700) + " " + String(repeating: "ت", count: 299)
        let text = ["عنوان المقال", "", long, "", "فقرة قصيرة."].joined(separator: "\n")
        let (folder, source) = try sandbox(config: "max_line_characters: 1000\n", article: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        #expect(!result.diagnostics.contains { $0.code == .lineTooLong })
        #expect(result.dossier.articles.contains { $0.id == "big" })
    }

    @Test(arguments: ["lots", "0", "-5", "1.5", "[1]"])
    func aLimitMustBeAPositiveWholeNumber(value: String) throws {
        let (folder, source) = try sandbox(
            config: "max_article_bytes: \(value)\n", article: Array("عنوان\n\nنص.\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        let error = result.diagnostics.first { $0.code == .badValue || $0.code == .wrongType }
        #expect(error?.location?.path == source + "/dossier.yml")
        #expect(error?.location?.line == 5)
        #expect(result.dossier.config.limits.maxBytes == ArticleLimits.defaultMaxBytes)
    }

    /// A number past what 64 bits hold is said to be too large, not «not above zero».
    @Test func aLimitTooLargeForANumberIsSaidToBe() throws {
        let (folder, source) = try sandbox(
            config: "max_article_bytes: 99999999999999999999999\n", article: Array("عنوان\n\nنص.\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: source)
        let error = result.diagnostics.first { $0.code == .badValue }
        #expect(error?.message == "`max_article_bytes` is too large: `99999999999999999999999`")
        let (zeroFolder, zeroSource) = try sandbox(
            config: "max_article_bytes: 0\n", article: Array("عنوان\n\nنص.\n".utf8))
        defer { try? FileManager.default.removeItem(at: zeroFolder) }
        let zero = try DossierLoader.load(sourceFolder: zeroSource).diagnostics.first { $0.code == .badValue }
        #expect(zero?.message == "`max_article_bytes` must be a whole number above zero, not `0`")
    }

    @Test func anArticleCachedUnderAHigherLimitIsCheckedAgain() throws {
        let text = "عنوان المقال\n\n" + paragraphs(200)
        let (folder, source) = try sandbox(config: "", article: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DossierLoader.load(sourceFolder: source, articleCache: [:])
        #expect(first.result.dossier.articles.contains { $0.id == "big" })
        let yml = try String(contentsOfFile: source + "/dossier.yml", encoding: .utf8)
        try Data((yml + "max_line_characters: 20\n").utf8).write(to: URL(fileURLWithPath: source + "/dossier.yml"))
        let second = try DossierLoader.load(sourceFolder: source, articleCache: first.articleCache)
        #expect(!second.result.dossier.articles.contains { $0.id == "big" })
        #expect(second.result.diagnostics.contains { $0.code == .lineTooLong })
    }
}
