import DossierModel
import Foundation
import Testing

/// Foundation's file errors in plain words: the path, the system's reason, what to do.
struct FileErrorTextTests {
    @Test func aFullDiskIsSaidPlainly() throws {
        let error = CocoaError(
            .fileWriteOutOfSpace,
            userInfo: [
                NSFilePathErrorKey: "/media/full/dossier.yml",
                NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)),
            ])
        let text = try #require(FileErrorText(error))
        #expect(text.description == "/media/full/dossier.yml: no space left on device")
        #expect(text.fix?.contains("free some space") == true)
    }

    @Test func aCodeWithoutItsSystemErrorStillHasItsReason() throws {
        let text = try #require(FileErrorText(CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/x"])))
        #expect(text.description == "/x: permission denied")
        #expect(text.fix?.contains("rights") == true)
    }

    @Test func aRealFailureNamesItsPathAndReason() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("file-error-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try FileManager.default.createDirectory(
                at: file.appendingPathComponent("inside"), withIntermediateDirectories: true)
            Issue.record("a folder was made inside a file")
        } catch {
            let text = try #require(FileErrorText(error))
            #expect(!text.description.contains("Domain"))
            #expect(text.reason == "not a directory" || text.reason == "file exists", "\(text)")
            #expect(text.fix != nil)
        }
    }

    @Test func otherErrorsAreNotFileErrors() {
        struct Other: Error {}
        #expect(FileErrorText(Other()) == nil)
    }
}
