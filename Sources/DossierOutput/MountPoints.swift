import DossierModel
import Foundation

/// The file systems mounted inside a folder, from the system's table of mounts
/// (`/proc/self/mountinfo`; none where there is no such table).
enum MountPoints {
    /// The mount points strictly inside `folder` (its real path), sorted, from `table` (the
    /// system's when nil).
    static func inside(_ folder: String, table: String? = nil) -> [String] {
        guard let table = table ?? (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) else {
            return []
        }
        let root = (try? RealPath.resolve(folder).get()) ?? folder
        return table.split(separator: "\n").compactMap { line -> String? in
            // Fields: mount id, parent id, major:minor, root, mount point, …
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count > 4 else { return nil }
            let point = unescaped(fields[4])
            return point != root && RealPath.isInside(point, folder: root) ? point : nil
        }.sorted()
    }

    /// A path as the table writes it: space, tab, line feed and backslash as `\ooo` octal.
    static func unescaped(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(field.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "\\"), utf8.count >= 3,
                let value = UInt8(String(decoding: utf8.prefix(3), as: UTF8.self), radix: 8)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
