import DossierModel
import Foundation

/// Runs the Pagefind indexer over a built site folder.
///
/// Pagefind is found in this order: the `DOSSIER_PAGEFIND` environment variable (a path to the
/// binary), `.tools/bin/pagefind` in the working directory (written by `scripts/install-deps.sh`),
/// `pagefind` on `PATH`, then `python3 -m pagefind_bin` (PyPI `pagefind-bin==1.5.2`).
/// A missing indexer is reported as a `Diagnostic` (code `search-indexer-missing`), not thrown:
/// the builder decides whether a site without search is an error. A run is stopped after
/// `DOSSIER_PAGEFIND_TIMEOUT` seconds (`defaultTimeout` when unset), and the build fails.
public struct PagefindRunner: Sendable {
    /// How to start Pagefind.
    public struct Command: Sendable, Hashable {
        /// The executable to start.
        public let executable: String
        /// Arguments before Pagefind's own (`-m pagefind_bin` for the Python module).
        public let leadingArguments: [String]
        /// How long a run may take before it is stopped.
        public let timeout: Duration

        /// Creates a command.
        public init(executable: String, leadingArguments: [String] = [], timeout: Duration = defaultTimeout) {
            self.executable = executable
            self.leadingArguments = leadingArguments
            self.timeout = timeout
        }
    }

    /// What a successful run printed.
    public struct Output: Sendable, Hashable {
        public let command: Command
        /// Pagefind's combined stdout and stderr.
        public let log: String
    }

    /// The folder of the site Pagefind writes its index to (its default `--output-subdir`).
    public static let indexFolder = "pagefind"
    /// The entry file every index has, in its folder: a run that leaves none wrote no index.
    public static let entryFile = "pagefind-entry.json"

    /// Where Pagefind is looked for first, relative to the working directory: the wrapper
    /// `scripts/install-deps.sh` writes (it runs the venv's `pagefind_bin`).
    public static let bundledIndexer = ".tools/bin/pagefind"

    /// How long Pagefind may run when `DOSSIER_PAGEFIND_TIMEOUT` is unset: over twelve times the
    /// 47 s it takes for 10,000 articles, so only an indexer that hangs reaches it.
    public static let defaultTimeout: Duration = .seconds(600)

    /// The environment variable that sets the timeout, in whole seconds.
    public static let timeoutVariable = "DOSSIER_PAGEFIND_TIMEOUT"

    /// The process environment used to locate Pagefind.
    public let environment: [String: String]

    /// The folder whose `.tools/bin/pagefind` is tried (the repository, when run by `make`).
    public let workingDirectory: String

    /// Creates a runner reading the given environment and folder (the process's by default).
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// Finds Pagefind with the timeout its runs get, or explains why it could not: an indexer
    /// that is not there is `search-indexer-missing`, a timeout that is not a number of seconds
    /// `search-indexer-failed`.
    public func locate() -> Result<Command, Diagnostic> {
        locateIndexer().flatMap { found in
            timeout().map {
                Command(executable: found.executable, leadingArguments: found.leadingArguments, timeout: $0)
            }
        }
    }

    /// How long a run may take: `DOSSIER_PAGEFIND_TIMEOUT` (whole seconds, at least 1), else
    /// `defaultTimeout`.
    func timeout() -> Result<Duration, Diagnostic> {
        guard let value = environment[Self.timeoutVariable], !value.isEmpty else {
            return .success(Self.defaultTimeout)
        }
        guard let seconds = Int(value.trimmingCharacters(in: .whitespaces)), seconds > 0 else {
            return .failure(
                .error(
                    .searchIndexerFailed,
                    "\(Self.timeoutVariable) is set to «\(value)», which is not a number of seconds",
                    fix:
                        "set it to a whole number of seconds above 0 (the default is \(Self.defaultTimeout.components.seconds)), or unset it"
                ))
        }
        return .success(.seconds(seconds))
    }

    /// Finds the indexer's executable.
    private func locateIndexer() -> Result<Command, Diagnostic> {
        if let explicit = environment["DOSSIER_PAGEFIND"], !explicit.isEmpty {
            // A folder has the execute bit too, and could only fail to start.
            guard FileKind(atPath: explicit) == .regularFile, FileManager.default.isExecutableFile(atPath: explicit)
            else {
                return .failure(
                    .error(
                        .searchIndexerMissing,
                        "DOSSIER_PAGEFIND is set to «\(explicit)», which is not an executable file",
                        fix: "point DOSSIER_PAGEFIND at the pagefind binary, or unset it"))
            }
            return .success(Command(executable: explicit))
        }
        let bundled = workingDirectory + "/" + Self.bundledIndexer
        if FileManager.default.isExecutableFile(atPath: bundled) {
            return .success(Command(executable: bundled))
        }
        if let onPath = Self.executable(named: "pagefind", path: environment["PATH"]) {
            return .success(Command(executable: onPath))
        }
        if let python = Self.executable(named: "python3", path: environment["PATH"]) {
            let command = Command(executable: python, leadingArguments: ["-m", "pagefind_bin"])
            if let (ending, _) = try? Self.execute(command, arguments: ["--version"]), ending == .exited(0) {
                return .success(command)
            }
        }
        return .failure(
            .error(
                .searchIndexerMissing, "Pagefind was not found, so the search index was not built",
                fix: "install it with `pip install pagefind-bin==1.5.2`, or set DOSSIER_PAGEFIND to the pagefind binary"
            ))
    }

    /// Indexes every HTML file of `siteFolder` with `command`, as `locate()` found it (a build
    /// looks the indexer up once: finding it may start `python3`), writing the index to
    /// `outputPath`. A run that fails has a fix only when the failure tells how to avoid it
    /// (the timeout).
    public static func run(_ command: Command, siteFolder: String, outputPath: String) -> Result<Output, Diagnostic> {
        do {
            let (ending, log) = try Self.execute(
                command, arguments: arguments(siteFolder: siteFolder, glob: nil, outputPath: outputPath))
            let tail = { log.split(separator: "\n").suffix(5).joined(separator: " / ") }
            switch ending {
            case .exited(0):
                return .success(Output(command: command, log: log))
            case .exited(Self.killedStatus):
                return .failure(
                    .error(
                        .searchIndexerFailed, "Pagefind was killed (signal 9, exit status 137): \(tail())",
                        fix: Self.killedFix))
            case .exited(let status):
                return .failure(.error(.searchIndexerFailed, "Pagefind exited with status \(status): \(tail())"))
            case .timedOut:
                let seconds = command.timeout.components.seconds
                return .failure(
                    .error(
                        .searchIndexerFailed, "Pagefind did not finish in \(seconds) s and was stopped",
                        fix:
                            "give it more time with \(timeoutVariable)=SECONDS (now \(seconds)), or build with `--no-search` to publish the site without search"
                    ))
            }
        } catch {
            return .failure(.error(.searchIndexerFailed, "Pagefind could not be started: \(error)"))
        }
    }

    /// Pagefind's arguments for indexing `siteFolder`, reading the files `glob` matches, into
    /// `outputPath` (nil: its default, the site's `pagefind/`).
    public static func arguments(siteFolder: String, glob: String?, outputPath: String? = nil) -> [String] {
        ["--site", siteFolder] + (glob.map { ["--glob", $0] } ?? []) + (outputPath.map { ["--output-path", $0] } ?? [])
    }

    /// The status of a program killed by SIGKILL, as `TiedProcess` reports it (128 + 9).
    static let killedStatus: Int32 = 128 + 9

    /// Why an indexer is killed, most often, and what to do. Pagefind holds the whole index in
    /// memory: about 0.5 MB a page it indexes (4.9 GiB for the 10,121 pages of 10,000 generated
    /// articles, Pagefind 1.5.2), so a large dossier can need more than the machine has.
    static let killedFix =
        "that is most often the system stopping it when memory runs out, and Pagefind needs about half a megabyte of memory for each page it indexes (some 5 GiB for 10,000 articles): build on a machine with more memory, or with `--no-search` to publish the site without search"

    /// The first executable file called `name` in a `PATH`-style list.
    static func executable(named name: String, path: String?) -> String? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a command to completion or to its timeout, tied to this process (see `TiedProcess`).
    private static func execute(_ command: Command, arguments: [String]) throws -> (TiedProcess.Ending, String) {
        try TiedProcess.run(
            command.executable, arguments: command.leadingArguments + arguments, timeout: command.timeout)
    }
}
