import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// A source folder that cannot be listed because the process has as many files open as it may
/// (EMFILE) says so, with what to do. It was said to be a missing permission, with `chmod` to
/// run, when `serve` held thousands of connections. Each test lowers the limit of open files
/// in a process of its own (an exit test), so that the next file opened fails.
struct TooManyOpenFilesTests {
    /// Lets this process open no more files: its limit becomes the lowest free descriptor.
    static func allowNoMoreFiles() {
        let lowest = open("/dev/null", O_RDONLY)
        close(lowest)
        OpenFileLimit.set(Int(lowest))
    }

    /// Exits with 0 when `diagnostic` says «too many open files» with a fix raising the limit;
    /// prints it on standard error either way.
    static func exit(checking diagnostic: Diagnostic?) -> Never {
        FileHandle.standardError.write(Data("\(diagnostic.map { "\($0)" } ?? "no diagnostic")\n".utf8))
        let said = diagnostic.map {
            $0.message.contains("(too many open files)") && $0.fix?.contains("ulimit -n") == true
        }
        Foundation.exit(said == true ? 0 : 1)
    }

    @Test func theSourceFolderCannotBeListed() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            TooManyOpenFilesTests.allowNoMoreFiles()
            do {
                try DossierLoader.checkSourceFolder(FixturePaths.valid)
                TooManyOpenFilesTests.exit(checking: nil)
            } catch {
                TooManyOpenFilesTests.exit(checking: error as? Diagnostic)
            }
        }
        let printed = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(printed.contains("the source folder cannot be listed (too many open files)"), "\(printed)")
    }

    @Test func aSubfolderCannotBeListed() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let folder = SourceFolder(FixturePaths.valid)
            TooManyOpenFilesTests.allowNoMoreFiles()
            TooManyOpenFilesTests.exit(checking: folder.linkDiagnostics().first { $0.code == .sourceUnreadable })
        }
        let printed = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(printed.contains("cannot list the folder's files (too many open files)"), "\(printed)")
    }
}
