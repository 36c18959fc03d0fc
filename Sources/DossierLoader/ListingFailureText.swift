import DossierModel
import Foundation

/// Why a folder of the source could not be listed, in words, and what to do, from the `errno`
/// of the listing. Every failure was said to be a missing permission: when the process had as
/// many files open as it may (EMFILE: a preview server holding thousands of connections), the
/// user was sent to `chmod` a folder they could read.
struct ListingFailureText {
    /// Why: «no permission to read it», «too many open files», else as the system says it.
    let reason: String
    /// What to do.
    let fix: String

    /// The words for `failure`; `permissionFix` is what to do for a missing permission.
    init(_ failure: FolderListing.Failure, permissionFix: String) {
        switch failure.code {
        case EACCES, EPERM:
            reason = "no permission to read it"
            fix = permissionFix
        case EMFILE:
            reason = "too many open files"
            fix =
                "dossier had as many files open as it may (`ulimit -n`): close what holds them (with `serve`, "
                + "connections to it), or raise the limit in the shell that runs it (`ulimit -n 4096`), then try again."
        case ENFILE:
            reason = "too many open files on this system"
            fix = "The system has as many files open as it may: close some programs, then try again."
        default:
            let text = String(cString: strerror(failure.code))
            reason = text.prefix(1).lowercased() + text.dropFirst()
            fix = "Check that the folder is there and that you may read it."
        }
    }
}
