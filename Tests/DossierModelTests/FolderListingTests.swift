import DossierModel
import Foundation
import Testing

/// A folder's entries as the system lists them: every name read whole, up to the longest a
/// file system allows, in any script; names that are not UTF-8 kept as nil; types as listed.
struct FolderListingTests {
    private static func makeFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    @Test func listsEveryNameWholeWithItsType() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Names of every length up to 255 bytes (the longest ext4 allows), Arabic ones too:
        // many short entries end a listing's buffer at a different place each.
        var expected: Set<String> = []
        for length in 1...255 {
            let name = String(repeating: "a", count: length)
            expected.insert(name)
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        let arabic = "مقال-" + String(repeating: "ب", count: 120)  // 245 bytes
        FileManager.default.createFile(atPath: folder + "/" + arabic, contents: Data())
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "sub")
        let entries = try #require(FolderListing.entries(of: folder))
        let types = Dictionary(entries.compactMap { entry in entry.name.map { ($0, entry.type) } }) { first, _ in first
        }
        #expect(Set(types.keys) == expected.union([arabic, "sub", "link"]))
        #expect(entries.count == types.count)
        // The listing's type, where the file system gives one (ext4 and tmpfs do).
        if types["sub"] != Int32(DT_UNKNOWN) {
            #expect(types["sub"] == Int32(DT_DIR))
            #expect(types["link"] == Int32(DT_LNK))
            #expect(types[arabic] == Int32(DT_REG))
        }
    }

    @Test func keepsANameThatIsNotUTF8AsNil() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // «é» in Latin-1: one byte that UTF-8 never uses alone.
        let path = Array((folder + "/caf").utf8) + [0xE9, 0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let entries = try #require(FolderListing.entries(of: folder))
        #expect(entries.count == 1)
        #expect(entries.first?.name == nil)
    }

    @Test func aMissingFolderHasNoListing() {
        #expect(FolderListing.entries(of: "/nonexistent-\(UUID().uuidString)") == nil)
    }
}
