import Foundation

/// The entries of a folder as the system lists them (`readdir`), with the type each entry's
/// listing gives, so that callers need not look every entry up again.
///
/// A name is read from the listing's own bytes up to its terminating zero. Copying the
/// entry's `d_name` field whole, as Swift does with a fixed-size C array, reads the full 256
/// bytes the field is declared with, past the end of a short entry at the end of the
/// listing's buffer: a build crashed on it when that buffer ended a page.
public enum FolderListing {
    /// One entry of a folder.
    public struct Entry: Sendable, Hashable {
        /// The name; nil when it is not UTF-8 (it could not be named again).
        public let name: String?
        /// The type the listing gives: `DT_REG`, `DT_DIR`, `DT_LNK`, …, or `DT_UNKNOWN` where
        /// the file system does not say.
        public let type: Int32
    }

    /// Why a folder could not be listed: the `errno` of the call that failed.
    public struct Failure: Error, Sendable, Hashable {
        public let code: Int32
    }

    /// The entries of the folder at `path`, `.` and `..` aside, in the order the system lists
    /// them; nil when it cannot be opened or read to the end (`listing(of:)` says why).
    public static func entries(of path: String) -> [Entry]? {
        try? listing(of: path).get()
    }

    /// The entries of the folder at `path` as `entries(of:)` gives them, or why they could not
    /// be listed. `readdir` ends a listing that failed partway as it ends a whole one, and only
    /// `errno` tells them apart: a part of a listing taken for the whole would leave the user's
    /// files of an output behind, or a stale page in a reused tree.
    public static func listing(of path: String) -> Result<[Entry], Failure> {
        // `d_name` is a stored field of `dirent`: it always has an offset.
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name), let folder = opendir(path) else {
            return .failure(Failure(code: errno))
        }
        defer { closedir(folder) }
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else { break }
            let name = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: UInt8.self)
            let bytes = UnsafeBufferPointer(
                start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)))
            let text = String(validating: bytes, as: UTF8.self)
            if text == "." || text == ".." { continue }
            // One byte, read through the pointer: not a copy of the entry.
            entries.append(Entry(name: text, type: Int32(entry.pointee.d_type)))
        }
        let code = errno
        return code == 0 ? .success(entries) : .failure(Failure(code: code))
    }
}
