import ArabicText
import DossierAnalysis
import DossierLoader
import DossierModel
import DossierSite
import Foundation

/// Every mention of the dossier's actors in given text files, with the alias that matched and
/// its context, so an editor can see why a name was (or was not) read as an actor.
///
/// Unlike the site, the whole file is searched, furniture included, and ambiguous weak aliases
/// are listed too: this is a tool for tuning aliases, not a view of the article.
public struct MentionListing: Sendable {
    /// One mention found in a file.
    public struct Entry: Sendable, Hashable, CustomStringConvertible {
        /// The file and the mention's line and column (characters of the decoded text).
        public let location: SourceLocation
        public let mention: Mention
        public let context: KeywordInContext

        /// `path:line:col: actor «surface» alias «…» strong|weak — …context…`.
        public var description: String {
            let who: String
            switch mention.status {
            case .resolved: who = mention.entityID ?? "?"
            case .ambiguous(let candidates): who = "? (ambiguous: \(candidates.joined(separator: ", ")))"
            }
            let strength = mention.strength == .strong ? "strong" : "weak"
            let snippet = "\(context.before)[\(context.match)]\(context.after)"
                .replacingOccurrences(of: "\n", with: " ")
            return "\(location): \(who) «\(mention.surface)» alias «\(mention.alias)» \(strength) — \(snippet)"
        }
    }

    private let finder: MentionFinder
    /// The dossier whose `max_article_bytes` a listed file must keep to.
    private let sourceFolder: String

    /// A listing over the actors of `sourceFolder`; `diagnostics` are the actor files' problems.
    public static func make(sourceFolder: String) -> (listing: MentionListing, diagnostics: [Diagnostic]) {
        let (actors, diagnostics) = DossierLoader.loadActors(sourceFolder: sourceFolder)
        let gazetteer = Gazetteer(entities: DossierAnalyzer.gazetteerEntities(actors))
        return (MentionListing(finder: MentionFinder(gazetteer: gazetteer), sourceFolder: sourceFolder), diagnostics)
    }

    /// The mentions in `path`, or a diagnostic when it cannot be read or decoded.
    public func entries(inFile path: String) -> Result<[Entry], Diagnostic> {
        // A pipe or a device would be read for ever: only a regular file is read.
        switch FileKind(atPath: path) {
        case .regularFile: break
        case .missing:
            return .failure(
                .error(
                    .unreadableFile, "the file does not exist", at: SourceLocation(path: path),
                    fix: "Check the path: give an article's text file, such as articles/ID.txt."))
        case let kind:
            return .failure(
                .error(
                    .unreadableFile, "this is \(kind), not a file", at: SourceLocation(path: path),
                    fix: "Give the path of an article's text file, such as articles/ID.txt."))
        }
        // Measured before it is read, as the build does: a file of gigabytes is no article.
        var info = stat()
        if stat(path, &info) == 0,
            let problem = DossierLoader.limitProblem(
                byteCount: Int(info.st_size), text: nil, path: path, sourceFolder: sourceFolder,
                consequence: "it is not listed")
        {
            return .failure(problem)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(
                .error(
                    .unreadableFile, "cannot read the file", at: SourceLocation(path: path),
                    fix: "Check the path and its permissions."))
        }
        let decoded: DecodedText
        do {
            decoded = try ArabicTextDecoder.decode(Array(data))
        } catch {
            return .failure(
                .error(
                    .undecodableFile, "\(error.message) (byte \(error.byteOffset))",
                    at: SourceLocation(path: path),
                    fix: "Save the file as UTF-8, or in Windows-1256 or ISO-8859-6 without damaged bytes."))
        }
        return .success(entries(inText: ArabicNormalizer.displayText(decoded.text), path: path))
    }

    /// The mentions in `text`, located as lines and columns of `path`.
    public func entries(inText text: String, path: String) -> [Entry] {
        let scalars = Array(text.unicodeScalars)
        var lineStarts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
        return finder.mentions(in: text).map { mention in
            let start = mention.range.lowerBound
            let line = (lineStarts.lastIndex { $0 <= start } ?? 0)
            return Entry(
                location: SourceLocation(path: path, line: line + 1, column: start - lineStarts[line] + 1),
                mention: mention,
                context: KeywordInContext.snippet(in: text, range: mention.range, maxLength: 120))
        }
    }
}
