import Foundation

/// An exclusive lock, held while a build writes one output: two builds into the same output
/// would otherwise remove each other's staging folders. It is taken on a file beside the output
/// (`.<name>.dossier-lock`, which also lists the folders builds left there: `LeftoverJournal`),
/// kept between builds, so builds into other folders of the same parent never wait for each
/// other. A build that leaves nothing beside the output, not even the output (a first build
/// that failed), removes the file too. A class because the lock is a resource released exactly
/// once, when the writer is done.
final class OutputLock: @unchecked Sendable {
    private let descriptor: Int32
    private let file: String
    private let output: URL
    private let state = NSLock()
    private var held = true

    /// Takes the lock of `output`, failing at once when another build holds it.
    init(output: URL, named name: String) throws {
        self.output = output
        file = output.deletingLastPathComponent().appendingPathComponent(Self.fileName(for: output)).path
        descriptor = try Self.lockedDescriptor(file, output: name)
    }

    /// The lock file's name beside `output`.
    static func fileName(for output: URL) -> String {
        "." + BesideOutputName.stem(for: output.lastPathComponent) + ".dossier-lock"
    }

    /// Opens `file` and locks it. A build that removed the file after this one opened it
    /// (`release`) leaves this one locking a file no longer there: it opens the new one. The
    /// file is opened as itself, never through a symbolic link (which would have the build
    /// create a file wherever the link points, and lose the list of its folders), and only a
    /// regular file is taken (a named pipe is opened without waiting for a writer).
    private static func lockedDescriptor(_ file: String, output name: String) throws -> Int32 {
        while true {
            let descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                throw OutputError(
                    "cannot create \(file) to write \(name): \(String(cString: strerror(code)))",
                    fix: code == EISDIR
                        ? "a folder stands where dossier keeps its lock file: move it away, or choose another --output"
                        : code == ELOOP
                            ? "a symbolic link stands where dossier keeps its lock file: remove the link, or choose another --output"
                            : code == ENAMETOOLONG
                                ? "the path of the output is too long for this system: choose a shorter --output"
                                : "make the folder that holds the output writable, or choose another --output")
            }
            var opened = stat()
            guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                throw OutputError(
                    "\(file), where dossier keeps the lock of \(name), is not a regular file",
                    fix: "remove it (dossier makes it anew), or choose another --output")
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw OutputError(
                    "another dossier build is writing into \(name) right now",
                    fix: "wait for it to finish, then build again")
            }
            var locked = stat()
            var named = stat()
            if fstat(descriptor, &locked) == 0, stat(file, &named) == 0, locked.st_ino == named.st_ino,
                locked.st_dev == named.st_dev
            {
                return descriptor
            }
            close(descriptor)
        }
    }

    /// Lets go of the lock (once; later calls do nothing), so that the next build into the
    /// output may start even while this one's objects are still being freed. The lock file is
    /// removed first when it lists no folder and there is no output, or an empty one.
    func release() {
        let wasHeld = state.withLock {
            defer { held = false }
            return held
        }
        guard wasHeld else { return }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size == 0, Self.isAbsentOrEmpty(output) { unlink(file) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether nothing, or an empty folder, is at `output`.
    private static func isAbsentOrEmpty(_ output: URL) -> Bool {
        var info = stat()
        guard lstat(output.path, &info) == 0 else { return errno == ENOENT }
        return info.st_mode & S_IFMT == S_IFDIR
            && (try? FileManager.default.contentsOfDirectory(atPath: output.path))?.isEmpty == true
    }

    deinit {
        release()
    }
}
