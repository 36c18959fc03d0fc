import Foundation
import Mustache

/// The names of the templates a site needs; each page kind has one.
public enum TemplateName: String, Sendable, CaseIterable {
    case base
    case home
    case article
    case actor
    case topic
    case outlet
    case notes
    case listing
    case timeline
    case search
    case comparison
    case notFound = "not-found"
}

/// A page model that fills one template; adding a page kind is one such struct,
/// one `TemplateName` case and one `.mustache` file.
///
/// Page models are `Encodable` so that a build can fingerprint what a page shows and skip
/// rendering pages whose fingerprint did not change since the previous build.
public protocol PageContent: Sendable, Encodable {
    static var template: TemplateName { get }
}

/// The templates and static assets of a site, loaded and checked once at start-up.
public struct TemplateSet: Sendable {
    /// The folder the templates were read from.
    public let directory: String
    /// Files other than templates (CSS, scripts), relative to `directory`, sorted.
    public let assets: [String]
    /// The bytes of every `.mustache` file, by path relative to `directory`: what a build
    /// fingerprints to know whether pages must be rendered again.
    public let templateSources: [String: [UInt8]]
    let library: MustacheLibrary

    /// Reads every `.mustache` file of `directory` and lists its other files; throws when the
    /// folder is missing, a template does not parse, or a required template is absent.
    public static func load(directory: String) async throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError("templates folder not found: \(directory)")
        }
        // The folder may be a symbolic link, which directory enumeration does not follow.
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: resolved)
        } catch let error as MustacheLibrary.ParserError {
            throw TemplateError(
                "\(directory)/\(error.filename):\(error.context.lineNumber):\(error.context.columnNumber): template does not parse: \(error.error)"
            )
        }
        for name in TemplateName.allCases where library.getTemplate(named: name.rawValue) == nil {
            throw TemplateError("missing template \(name.rawValue).mustache in \(directory)")
        }
        let files = visibleFiles(in: resolved)
        var sources: [String: [UInt8]] = [:]
        for path in files where path.hasSuffix(".mustache") {
            guard let data = FileManager.default.contents(atPath: resolved + "/" + path) else {
                throw TemplateError("cannot read template \(directory)/\(path)")
            }
            sources[path] = Array(data)
        }
        return TemplateSet(
            directory: directory, assets: files.filter { !$0.hasSuffix(".mustache") }, templateSources: sources,
            library: library)
    }

    /// Every file under `directory` whose name does not start with a dot, relative, sorted.
    private static func visibleFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            let name = (path as NSString).lastPathComponent
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue, !name.hasPrefix(".") else { continue }
            paths.append(path)
        }
        return paths.sorted()
    }
}

/// A problem with the templates themselves (not with the dossier's content).
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
