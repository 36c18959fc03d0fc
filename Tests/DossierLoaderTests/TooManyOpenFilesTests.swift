import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// A source folder that cannot be listed because the process has as many files open as it may
/// (EMFILE) says so, with what to do. It was said to be a missing permission, with `chmod` to
/// run, when `serve` held thousands of connections. Each test lowers the limit of open files
/// in a process of its own (an exit test), so that the next file opened fails.
///
/// Under load, the child sometimes exited 1, its check having opened the folder: the harness's
/// other threads open and close files too, and a descriptor one of them held while the limit
/// was set could be free by the time the folder was opened. So the limit is lowered until no
/// file can be opened, it is low only while the check runs, and the check has run once before
/// (whatever it opens the first time, a library loaded lazily, is open by then).
struct TooManyOpenFilesTests {
    /// Runs `check` while this process may open no more files, then puts the limit back;
    /// returns what `check` threw.
    static func withNoMoreFiles(_ check: () throws -> Void) -> Diagnostic? {
        let limit = OpenFileLimit.current
        defer { limit.map { OpenFileLimit.set($0) } }
        // The limit becomes the lowest free descriptor, again while a lower one was freed.
        var probe = open("/dev/null", O_RDONLY)
        while probe >= 0 {
            close(probe)
            OpenFileLimit.set(Int(probe))
            probe = open("/dev/null", O_RDONLY)
        }
        do {
            try check()
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    /// Exits with 0 when `diagnostic` says «too many open files» with a fix raising the limit,
    /// 1 when there is none, 2 when it says something else (a failing child's exit status is
    /// all the test shows of it); prints it on standard error either way.
    static func exit(checking diagnostic: Diagnostic?) -> Never {
        FileHandle.standardError.write(Data("\(diagnostic.map { "\($0)" } ?? "no diagnostic")\n".utf8))
        guard let diagnostic else { Foundation.exit(1) }
        let said = diagnostic.message.contains("(too many open files)") && diagnostic.fix?.contains("ulimit -n") == true
        Foundation.exit(said ? 0 : 2)
    }

    @Test func theSourceFolderCannotBeListed() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let check = { try DossierLoader.checkSourceFolder(FixturePaths.valid) }
            try? check()
            TooManyOpenFilesTests.exit(checking: TooManyOpenFilesTests.withNoMoreFiles(check))
        }
        let printed = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(printed.contains("the source folder cannot be listed (too many open files)"), "\(printed)")
    }

    @Test func aSubfolderCannotBeListed() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let folder = SourceFolder(FixturePaths.valid)
            var found: Diagnostic?
            let check = { found = folder.linkDiagnostics().first { $0.code == .sourceUnreadable } }
            check()
            _ = TooManyOpenFilesTests.withNoMoreFiles(check)
            TooManyOpenFilesTests.exit(checking: found)
        }
        let printed = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(printed.contains("cannot list the folder's files (too many open files)"), "\(printed)")
    }
}
