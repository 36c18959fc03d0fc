import ArabicText
import DossierLoader
import DossierModel
import DossierOutput
import Foundation

/// `dossier new article`: copies a raw article into `<source>/articles/` as UTF-8 and writes
/// a sidecar holding what detection found, for the editor to check.
public struct ArticleImporter: Sendable {
    /// The dossier source folder.
    public let sourceFolder: String

    public init(sourceFolder: String) {
        self.sourceFolder = sourceFolder
    }

    /// What an import wrote.
    public struct Result: Sendable {
        public let id: String
        /// The article and sidecar paths, as `<sourceFolder>/articles/<id>.txt|.yml`.
        public let articlePath: String
        public let sidecarPath: String
        /// The sidecar's text, comments included.
        public let sidecar: String
        public let detection: ArticleDetection
        /// Articles already in the dossier that look like the same story, most similar first.
        public let nearDuplicates: [NearDuplicate]
    }

    /// Imports the file at `inputPath` (never modified) under `id`, or under the next free
    /// `NNN_<8 hex of its SHA-256>` name. Throws when the input is a folder, cannot be read or
    /// decoded, has no text, or breaks the dossier's article limits,
    /// when the dossier already holds the same text, when the id is invalid, or when a file
    /// of that id already exists. An article that is probably the same story (see
    /// `NearDuplicate`) does not stop the import: it is returned for the caller to warn about.
    public func importArticle(from inputPath: String, id requestedID: String? = nil) throws -> Result {
        // A pipe or a device would be read for ever: only a regular file is read.
        switch FileKind(atPath: inputPath) {
        case .missing: throw CommandError("\(inputPath) does not exist: give the path of the article's text file")
        case .regularFile: break
        case let kind: throw CommandError("\(inputPath) is \(kind), not a file: give the file of one article")
        }
        // A mistyped --source must not become a new, empty dossier.
        try DossierLoader.checkSourceFolder(sourceFolder)
        guard FileKind(atPath: SourceFolderPath.join(sourceFolder, "dossier.yml")) == .regularFile else {
            throw CommandError(
                "\(sourceFolder) is not a dossier: it has no dossier.yml; nothing was imported. Give the dossier's "
                    + "folder with --source, or start one there with `dossier init`")
        }
        // Measured before it is read: a file of gigabytes is refused at once, not after filling memory.
        var info = stat()
        if stat(inputPath, &info) == 0,
            let problem = DossierLoader.limitProblem(
                byteCount: Int(info.st_size), text: nil, path: inputPath, sourceFolder: sourceFolder,
                consequence: "nothing was imported")
        {
            throw problem
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: inputPath))
        } catch {
            throw CommandError("cannot read \(inputPath): \(FileErrorText(error)?.reason ?? "\(error)")")
        }
        let detection: ArticleDetection
        do {
            detection = try ArticleDetection.detect([UInt8](data))
        } catch {
            throw CommandError("\(inputPath): cannot decode the text at byte \(error.byteOffset): \(error.message)")
        }
        var text = detection.text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // An empty page would be an article the build refuses (`article-empty`).
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CommandError("\(inputPath) has no text: nothing was imported")
        }
        if let problem = DossierLoader.limitProblem(
            byteCount: data.count, text: text, path: inputPath, sourceFolder: sourceFolder,
            consequence: "nothing was imported")
        {
            throw problem
        }
        let articles = URL(fileURLWithPath: sourceFolder).appendingPathComponent("articles")
        if let realArticles = DossierLoader.placeOutside(of: "articles", in: sourceFolder) {
            throw CommandError(
                "\(articles.path) links out of the dossier, to \(realArticles), so the build does not read it "
                    + "(`link-outside-source`); nothing was imported. Make `articles` a folder of the dossier")
        }
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let existing = try FileManager.default.contentsOfDirectory(atPath: articles.path)
        if let duplicate = duplicate(of: text, among: existing, in: articles) {
            throw CommandError(
                "\(inputPath) is already in the dossier: articles/\(duplicate) has the same text; nothing was imported"
            )
        }
        let id = requestedID ?? nextID(existing: existing, sha256: detection.utf8SHA256)
        guard ArticleDetection.isValidID(id) else {
            throw CommandError(
                "`\(id.prefix(60))\(id.count > 60 ? "…" : "")` is not a valid article id: use \(ArticleDetection.idRule)"
            )
        }
        // The build takes an extension in any case (`bar.TXT` is article `bar`), so does this check:
        // `bar.txt` beside it was a second article `bar`, and every build failed (`duplicate-id`).
        if let taken = existing.first(where: { name in
            guard let dot = name.lastIndex(of: "."), name[..<dot] == id else { return false }
            return ["txt", "md", "yml"].contains(name[name.index(after: dot)...].lowercased())
        }) {
            throw CommandError("articles/\(taken) already exists in \(sourceFolder); choose another --id")
        }
        let nearDuplicates = NearDuplicate.find(body: detection.body, among: existing, in: articles)
        let sidecar = SidecarText.render(
            detection, knownOutlet: KnownOutlets(sourceFolder: sourceFolder).match(detection.outletClues),
            inputName: URL(fileURLWithPath: inputPath).lastPathComponent)
        let articleURL = articles.appendingPathComponent(id + ".txt")
        let sidecarURL = articles.appendingPathComponent(id + ".yml")
        // Each file whole or not at all, never over one another process created since the
        // listing; the article goes again if its sidecar cannot be written.
        try WholeFile.create(Array(text.utf8), at: articleURL)
        do {
            try WholeFile.create(Array(sidecar.utf8), at: sidecarURL)
        } catch {
            unlink(articleURL.path)
            throw error
        }
        let display = SourceFolderPath.join(sourceFolder, "articles/" + id)
        return Result(
            id: id, articlePath: display + ".txt", sidecarPath: display + ".yml", sidecar: sidecar,
            detection: detection, nearDuplicates: nearDuplicates)
    }

    /// The first article file (`.txt` or `.md`, by name) that holds the same text as `text`:
    /// the same display text (`ArabicNormalizer.displayText`: line endings, NFC and bidi
    /// marks aside), whatever its encoding, compared by SHA-256.
    func duplicate(of text: String, among names: [String], in folder: URL) -> String? {
        let wanted = Self.displayDigest(text)
        let files = names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let same = files.concurrentMap { name -> Bool in
            let path = folder.appendingPathComponent(name).path
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size <= ArticleLimits.defaultMaxBytes, let bytes = FileManager.default.contents(atPath: path),
                let other = try? ArabicTextDecoder.decode([UInt8](bytes)).text
            else { return false }
            return Self.displayDigest(other) == wanted
        }
        return zip(files, same).first { $0.1 }?.0
    }

    /// The SHA-256 of `text`'s display text (which has no byte-order mark).
    private static func displayDigest(_ text: String) -> String {
        FileStamp.sha256(Array(ArabicNormalizer.displayText(text).utf8))
    }

    /// One more than the highest `NNN_` number in the folder, with 8 hex digits of the hash.
    func nextID(existing names: [String], sha256: String) -> String {
        let numbers = names.compactMap { name -> Int? in
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, name.dropFirst(digits.count).first == "_" else { return nil }
            return Int(digits)
        }
        let next = (numbers.max() ?? -1) + 1
        let number = String(next)
        let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
        return padded + "_" + sha256.prefix(8)
    }
}

/// Joins a folder as the user gave it with a relative path, for messages.
enum SourceFolderPath {
    static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
