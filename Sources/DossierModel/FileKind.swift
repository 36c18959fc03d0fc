import Foundation

/// What stands at a path, links followed: dossier reads regular files only, and names
/// anything else for what it is (a folder, a named pipe, a device) rather than calling it
/// missing or unreadable.
public enum FileKind: Sendable, Hashable, CustomStringConvertible {
    case regularFile
    case folder
    case namedPipe
    case characterDevice
    case blockDevice
    case socket
    /// Nothing, a dangling link, or a path that cannot be looked up.
    case missing

    /// The kind of the file at `path`, its links followed.
    public init(atPath path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .namedPipe
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        // S_IFSOCK: the one kind left once links are followed.
        default: self = .socket
        }
    }

    /// «a named pipe (FIFO)», for a message.
    public var description: String {
        switch self {
        case .regularFile: "a file"
        case .folder: "a folder"
        case .namedPipe: "a named pipe (FIFO)"
        case .characterDevice: "a character device (such as /dev/zero)"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .missing: "nothing"
        }
    }

    /// Whether something other than a regular file stands there: a folder, or a special file
    /// (reading a pipe or /dev/zero would never end).
    public var isNotAFile: Bool { self != .regularFile && self != .missing }
}
