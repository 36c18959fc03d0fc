import Foundation

/// A file-system error of Foundation's in plain words: the path it names, the reason as the
/// system gives it («no space left on device», «permission denied») and what to do, instead of
/// its `Error Domain=NSCocoaErrorDomain Code=640 …` dump.
public struct FileErrorText: Sendable, Hashable, CustomStringConvertible {
    /// The file or folder the error names, when it names one.
    public let path: String?
    /// Why, as the system says it, starting in lower case.
    public let reason: String
    /// How to get past it, when the reason tells.
    public let fix: String?

    /// Reads `error`; nil when it is not a Foundation or POSIX error.
    public init?(_ error: any Error) {
        let error = error as NSError
        guard [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains(error.domain) else { return nil }
        let underlying = (error.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        let code: Int32? =
            if error.domain == NSPOSIXErrorDomain {
                Int32(error.code)
            } else if let underlying, underlying.domain == NSPOSIXErrorDomain {
                Int32(underlying.code)
            } else {
                Self.posixCode(forCocoa: error.code)
            }
        path = error.userInfo[NSFilePathErrorKey] as? String ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        guard let code else {
            reason = error.localizedDescription
            fix = nil
            return
        }
        let text = String(cString: strerror(code))
        reason = text.prefix(1).lowercased() + text.dropFirst()
        fix = Self.fix(for: code)
    }

    /// `path: reason`, or the reason alone.
    public var description: String {
        path.map { "\($0): \(reason)" } ?? reason
    }

    /// The POSIX error behind a Foundation file error code that came without one.
    private static func posixCode(forCocoa code: Int) -> Int32? {
        switch CocoaError.Code(rawValue: code) {
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileWriteVolumeReadOnly: EROFS
        case .fileWriteFileExists: EEXIST
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        default: nil
        }
    }

    /// What to do about the POSIX error `code`, when there is something to say.
    public static func fix(for code: Int32) -> String? {
        switch code {
        case ENOSPC, EDQUOT: "free some space on that disk, or choose a place on another one"
        case EACCES, EPERM: "choose a place you may write to, or give yourself the rights to it"
        case EROFS: "that disk is read-only: choose a place on another one"
        case ENOTDIR, EEXIST: "a file stands where a folder should be: move it, or choose another path"
        case ENOENT: "a folder on the path does not exist or cannot hold new ones: check the path"
        default: nil
        }
    }
}
