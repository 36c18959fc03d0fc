import DossierModel
import Foundation

/// The folder a site is written to, resolved to its real path and inspected before anything
/// is touched: it must not overlap a protected folder, and it must be empty, absent, or a site
/// that Dossier built (unless the build is forced).
public struct OutputFolder: Sendable {
    /// What the folder holds.
    public enum State: Sendable, Hashable {
        /// No folder yet, or an empty one.
        case empty
        /// A site Dossier built: its manifest says which files are ours.
        case site(OutputManifest)
        /// Files of somebody else's, built into because the build was forced: none is ours.
        case foreign
    }

    /// The folder as the user named it, for messages.
    public let path: String
    /// Its real path (symbolic links resolved), which is what gets replaced.
    public let url: URL
    /// What it holds now.
    public let state: State
    /// The folders it was checked against.
    public let protected: [ProtectedFolder]
    /// Whether a foreign folder was accepted.
    public let force: Bool
    /// The bytes the manifest was read from, so that inspecting the folder again need not
    /// decode the same manifest twice.
    private let manifestBytes: Data?

    /// Resolves and inspects `path`; throws an `OutputError` saying what to do when the folder
    /// must not be written.
    public init(path: String, protecting protected: [ProtectedFolder], force: Bool = false) throws {
        try self.init(path: path, protecting: protected, force: force, earlier: nil)
    }

    /// `init(path:protecting:force:)`, taking the manifest `earlier` read when its bytes are
    /// still the same.
    private init(path: String, protecting protected: [ProtectedFolder], force: Bool, earlier: OutputFolder?) throws {
        self.path = path
        self.protected = protected
        self.force = force
        let real = RealPath.resolvingMissing(path)
        url = URL(fileURLWithPath: real)
        try Self.checkPlace(real, named: path, protecting: protected)
        (state, manifestBytes) = try Self.inspect(url, named: path, force: force, earlier: earlier)
    }

    /// The same folder inspected again (under the writer's lock, just before it is replaced).
    func reinspected() throws -> OutputFolder {
        try OutputFolder(path: path, protecting: protected, force: force, earlier: self)
    }

    /// The manifest of the site in the folder, if it holds one.
    public var manifest: OutputManifest? {
        if case .site(let manifest) = state { return manifest }
        return nil
    }

    private static func checkPlace(_ real: String, named path: String, protecting protected: [ProtectedFolder])
        throws
    {
        let home = RealPath.resolvingMissing(FileManager.default.homeDirectoryForCurrentUser.path)
        if real == "/" || real == home {
            throw OutputError(
                "refusing to write a site into \(real) (from --output \(path))",
                fix: "choose a folder of its own with --output, such as ./public", refusesFolder: true)
        }
        // The new site is swapped in by renaming: a shell in the output would be left in the
        // previous site, which a later build empties, with whatever was saved there since.
        let here = RealPath.resolvingMissing(FileManager.default.currentDirectoryPath)
        if RealPath.isInside(here, folder: real) {
            throw OutputError(
                "the output folder \(path) (\(real)) holds the folder dossier is run from (\(here)); the new site "
                    + "is swapped in whole, which would leave you in the previous one",
                fix: "run dossier from outside the output, for example from the folder that holds it",
                refusesFolder: true)
        }
        for folder in protected {
            let other = RealPath.resolvingMissing(folder.path)
            if RealPath.isInside(real, folder: other) || RealPath.isInside(other, folder: real) {
                throw OutputError(
                    "the output folder \(path) (\(real)) overlaps the \(folder.role) \(folder.path) (\(other))",
                    fix:
                        "choose an --output outside the \(folder.role), such as \(SiteFolderName.beside(folder.path, real: other))",
                    refusesFolder: true)
            }
        }
        if let enclosing = NestedOutputs.enclosing(real) {
            let name = URL(fileURLWithPath: real).lastPathComponent
            let beside = URL(fileURLWithPath: enclosing.output).deletingLastPathComponent().appendingPathComponent(
                name == URL(fileURLWithPath: enclosing.output).lastPathComponent ? name + "-site" : name
            ).path
            throw OutputError(
                "the output folder \(path) (\(real)) lies inside \(enclosing.output), the output of another dossier "
                    + "build (\(enclosing.file) is dossier's): that build would publish this site with its own, as "
                    + "files of yours",
                fix: "choose an --output outside \(enclosing.output), such as \(beside)", refusesFolder: true)
        }
    }

    /// What the folder at `url` holds, and the bytes of its manifest when it has one.
    private static func inspect(_ url: URL, named path: String, force: Bool, earlier: OutputFolder?) throws -> (
        State, Data?
    ) {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return (.empty, nil) }
        if info.st_mode & S_IFMT == S_IFLNK {
            // A link to a folder was followed before; this one leads nowhere, or round in a loop.
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
            throw OutputError(
                "the output \(path) is a link to \(target), which is not a folder (it is missing, or the links loop)",
                fix: "make the folder the link names, remove the link, or choose another --output", refusesFolder: true)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(
                "the output \(path) exists and is not a folder", fix: "remove it, or choose another --output",
                refusesFolder: true)
        }
        // Listing, replacing and deleting its files all need the three rights.
        guard access(url.path, R_OK | W_OK | X_OK) == 0 else {
            let code = errno
            throw OutputError(
                "the output folder \(path) cannot be read and changed by you (\(String(cString: strerror(code))))",
                fix: code == EROFS
                    ? "it is on a read-only disk: choose another --output"
                    : "give yourself the rights to it (chmod u+rwx \(path)), or choose another --output",
                refusesFolder: true)
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        if entries.isEmpty { return (.empty, nil) }
        do {
            let bytes = try OutputManifest.bytes(in: url)
            if let bytes, bytes == earlier?.manifestBytes, let manifest = earlier?.manifest {
                return (.site(manifest), bytes)
            }
            if let manifest = try bytes.map({ try OutputManifest.decode($0, in: url) })
                ?? LegacyBuildCache.manifest(for: url)
            {
                return (.site(manifest), bytes)
            }
        } catch {
            if force { return (.foreign, nil) }
            throw error
        }
        if force { return (.foreign, nil) }
        let shown = entries.prefix(5).joined(separator: ", ") + (entries.count > 5 ? ", …" : "")
        throw OutputError(
            "the output folder \(path) is not empty and was not written by dossier (it holds \(shown)); "
                + "refusing to build into it so that nothing of yours is lost",
            fix:
                "choose a new or empty folder with --output, or pass --force to build into it "
                + "(files of its own are kept; files at the paths the site uses are replaced)", refusesFolder: true)
    }
}
