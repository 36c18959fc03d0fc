import DossierModel
import DossierTemplates
import Foundation

/// The names of the templates a site needs; each page kind has one.
public enum TemplateName: String, Sendable, CaseIterable {
    case base
    case home
    case article
    case articles
    case actor
    case topic
    case outlet
    case notes
    case listing
    case timeline
    case timelineYear = "timeline-year"
    case search
    case comparison
    case notFound = "not-found"
}

/// A page model that fills one template; adding a page kind is one such struct,
/// one `TemplateName` case and one `.mustache` file.
///
/// Page models are `Encodable` so that a build can fingerprint what a page shows and skip
/// rendering pages whose fingerprint did not change since the previous build.
///
/// Page models, and the values in them that templates open, conform to `TemplateParent` (in a
/// `+TemplateParent.swift` file beside each): templates read them through a switch over their
/// stored properties, without reflection. `TemplateModelTests` checks each switch against the
/// properties.
public protocol PageContent: Sendable, Encodable, TemplateParent {
    static var template: TemplateName { get }

    /// The page with its long HTML fragments (a long article's paragraphs) replaced by
    /// `marker(index)`, and the fragments in that order: `PageRenderer` copies each one once,
    /// straight into the page's bytes, rather than through the template's output as well.
    func separatingFragments(_ marker: (Int) -> String) -> (page: Self, fragments: [String])
}

extension PageContent {
    /// The page whole, without fragments: pages of a bounded size.
    public func separatingFragments(_ marker: (Int) -> String) -> (page: Self, fragments: [String]) { (self, []) }
}

/// The templates and static assets of a site, loaded and checked once at start-up: from a
/// folder, or the set built into the binary.
public struct TemplateSet: Sendable {
    /// Where a template set comes from.
    public enum Origin: Sendable, Hashable, CustomStringConvertible {
        /// A folder on disk (`--templates`, or the dossier's own `Templates/`).
        case folder(String)
        /// The project's `Templates/` as embedded in the binary when it was built.
        case embedded

        /// The folder's path, or a phrase naming the built-in set, for messages.
        public var description: String {
            switch self {
            case .folder(let path): return path
            case .embedded: return "the templates built into dossier"
            }
        }
    }

    /// Where an asset's bytes are, for the writer.
    public enum AssetContent: Sendable, Hashable {
        /// A file on disk, copied when the site is written.
        case file(String)
        /// Bytes carried by the binary.
        case bytes([UInt8])
    }

    /// Where the templates were read from.
    public let origin: Origin
    /// Files other than templates (CSS, scripts, fonts), by relative path, sorted.
    public let assets: [String]
    /// The bytes of every `.mustache` file, by relative path: what a build fingerprints to know
    /// whether pages must be rendered again.
    public let templateSources: [String: [UInt8]]
    /// The bytes of the assets, for an embedded set (a folder's are copied from disk).
    private let assetBytes: [String: [UInt8]]
    /// What the set's base template lacks that every page needs (`BaseTemplateChecks`), and the
    /// names its templates use that no page has (`TemplateFieldCheck`).
    public let warnings: [Diagnostic]
    /// The words the templates are specialised with (see `LabelSpecialiser`).
    public let labels: UIStrings
    /// The templates as written, by name (their path without `.mustache`).
    let library: [String: ParsedTemplate]
    /// `library` laid out for rendering.
    let compiled: CompiledTemplates
    /// The templates with the words of `labels` written in, laid out for rendering: what pages
    /// whose model carries these labels are rendered with.
    private let specialised: CompiledTemplates

    /// Reads every `.mustache` file of `directory` and lists its other files; throws when the
    /// folder is missing, a template does not parse, or a required template is absent. The
    /// pages rendered with the set carry `labels`.
    public static func load(directory: String, labels: UIStrings = .arabic) async throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError("templates folder not found: \(directory)")
        }
        // The folder may be a symbolic link, which directory enumeration does not follow.
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let files = try visibleFiles(in: resolved)
        var sources: [String: [UInt8]] = [:]
        for path in files where path.hasSuffix(".mustache") {
            sources[path] = try TemplateFile.bytes(at: resolved + "/" + path, shownAs: "\(directory)/\(path)")
        }
        return try TemplateSet(
            origin: .folder(directory), templateSources: sources,
            assets: files.filter { !$0.hasSuffix(".mustache") }, assetBytes: [:], labels: labels)
    }

    /// The set embedded in the binary from the project's `Templates/` folder, for pages that
    /// carry `labels`.
    public static func embedded(labels: UIStrings = .arabic) throws -> TemplateSet {
        let files = EmbeddedTemplates.files
        return try TemplateSet(
            origin: .embedded, templateSources: files.filter { $0.key.hasSuffix(".mustache") },
            assets: files.keys.filter { !$0.hasSuffix(".mustache") }.sorted(),
            assetBytes: files.filter { !$0.key.hasSuffix(".mustache") }, labels: labels)
    }

    /// Parses `templateSources`, as written and specialised, and checks that every required
    /// template is there and that every template a template includes is. Throws every problem
    /// found (`TemplateErrors`), or the one there is.
    private init(
        origin: Origin, templateSources: [String: [UInt8]], assets: [String], assetBytes: [String: [UInt8]],
        labels: UIStrings
    ) throws {
        var problems: [TemplateError] = []
        var texts: [String: String] = [:]
        for (path, bytes) in templateSources.sorted(by: { $0.key < $1.key }) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                problems.append(Self.undecodable(bytes, at: "\(origin)/\(path)"))
                continue
            }
            texts[String(path.dropLast(".mustache".count))] = text
        }
        let specialiser = LabelSpecialiser(labels: labels)
        var library: [String: ParsedTemplate] = [:]
        var fieldWarnings: [Diagnostic] = []
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                let (template, tags) = try TemplateParser.parseNamingTags(text)
                library[name] = template
                fieldWarnings += TemplateFieldCheck.warnings(
                    tags: tags, text: text, path: "\(origin)/\(name).mustache")
            } catch let error as TemplateSyntaxError {
                problems.append(
                    TemplateError(
                        "template does not parse: \(error)",
                        at: SourceLocation(path: "\(origin)/\(name).mustache", line: error.line, column: error.column)))
            }
        }
        let present = Set(templateSources.keys.map { String($0.dropLast(".mustache".count)) })
        for name in TemplateName.allCases where !present.contains(name.rawValue) {
            problems.append(
                TemplateError(
                    "missing template \(name.rawValue).mustache in \(origin): a templates folder holds every "
                        + "template; copy \(name.rawValue).mustache there from dossier's own Templates/ folder"))
        }
        if let (path, closing) = PartialCycles.firstCycle(in: texts), let last = path.dropLast().last {
            problems.append(
                TemplateError(
                    "template «\(path[0])» includes itself (\(path.joined(separator: " → "))), so rendering it would "
                        + "never end; remove the inclusion {{> \(closing.name)}} or make it name another template",
                    at: SourceLocation(path: "\(origin)/\(last).mustache", line: closing.line, column: closing.column)))
        } else if let (name, inclusion) = PartialExpansion.firstOverLimit(in: texts) {
            problems.append(
                TemplateError(
                    "template «\(name)» takes in more than \(PartialExpansion.limit) copies of templates through its "
                        + "inclusions (each including the next more than once), so rendering a page would never end; "
                        + "include «\(inclusion.name)» and the templates it includes fewer times",
                    at: SourceLocation(
                        path: "\(origin)/\(name).mustache", line: inclusion.line, column: inclusion.column)))
        }
        for name in texts.keys.sorted() {
            for missing in Set(Self.partialNames(in: library[name]?.nodes ?? [])).sorted()
            where !present.contains(missing) {
                let tag = PartialCycles.inclusions(in: texts[name] ?? "").first { $0.name == missing }
                problems.append(
                    TemplateError(
                        "template «\(name)» includes «\(missing)», which the templates folder does not have; "
                            + "add \(missing).mustache or remove {{> \(missing)}}",
                        at: SourceLocation(
                            path: "\(origin)/\(name).mustache", line: tag?.line ?? 1, column: tag?.column ?? 1)))
            }
        }
        if let thrown = TemplateErrors.thrown(problems) { throw thrown }
        self.warnings =
            (library[TemplateName.base.rawValue].map { base in
                BaseTemplateChecks.warnings(
                    base: base, text: texts[TemplateName.base.rawValue] ?? "", path: "\(origin)/base.mustache",
                    library: library)
            } ?? []) + fieldWarnings
        self.origin = origin
        self.assets = assets
        self.templateSources = templateSources
        self.assetBytes = assetBytes
        self.labels = labels
        self.library = library
        self.compiled = CompiledTemplates(library)
        self.specialised = CompiledTemplates(
            library.mapValues { ParsedTemplate(nodes: specialiser.specialise($0.nodes)) })
    }

    /// The error for a template at `path` whose `bytes` are not UTF-8, at the line and column
    /// of the first byte that is not: read as something else, it would show U+FFFD on pages.
    static func undecodable(_ bytes: [UInt8], at path: String) -> TemplateError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        let (line, column) = TemplateParser.lineAndColumn(of: offset, in: bytes)
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : "end"
        return TemplateError(
            "the template is not UTF-8 (byte 0x\(byte) at offset \(offset)); save it as UTF-8",
            at: SourceLocation(path: path, line: line, column: column))
    }

    /// `model` rendered with `template`: with the specialised templates when its `labels` are
    /// the set's (the words written into them are the ones it would show), otherwise with the
    /// templates as written. Nil when the template is missing.
    func render(_ model: any TemplateParent, template: TemplateName) -> [UInt8]? {
        let carriesLabels = (model.child(named: "labels") as? UIStrings) == labels
        return TemplateRenderer.render(template.rawValue, of: carriesLabels ? specialised : compiled, model: model)
    }

    /// The templates `nodes` include, sections' bodies included, in order.
    private static func partialNames(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _): return [name]
            case .section(_, _, let body): return partialNames(in: body)
            case .text, .variable: return []
            }
        }
    }

    /// Where the bytes of `asset` (one of `assets`; any other path of an embedded set has none).
    public func content(ofAsset asset: String) -> AssetContent {
        switch origin {
        case .folder(let path): return .file(path + "/" + asset)
        case .embedded: return .bytes(assetBytes[asset] ?? [])
        }
    }

    /// Every file under `directory` with no part of its path starting with a dot, relative,
    /// sorted: a theme's `.git/` (its `config` may hold a token), `.github/` or `.DS_Store` is
    /// never published. Throws for a link that leads out of `directory`: the site would
    /// publish what it points to («assets/passwd.txt» → `/etc/passwd`).
    private static func visibleFiles(in directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            let full = directory + "/" + path
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            // A file that cannot be stat'ed (a dangling link, `.missing`) is listed: reading it
            // reports why.
            let kind = FileKind(atPath: full)
            // Reading a pipe or a device (/dev/zero) as an asset would never end.
            guard kind == .folder || !kind.isNotAFile else {
                throw TemplateError(
                    "\(full) is \(kind), not a file: a templates folder holds templates, assets and folders "
                        + "of them; remove it, or put the file itself in its place")
            }
            // A link out of the folder, to a file or to a folder, is refused: the site would
            // publish what it points to.
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil {
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard target.hasPrefix(directory + "/") else {
                    throw TemplateError(
                        "\(full): a link to \(target), outside the templates folder, whose files the site would "
                            + "publish; copy them into the folder instead of linking to them")
                }
            }
            guard kind != .folder else { continue }
            paths.append(path)
        }
        return paths.sorted()
    }
}
