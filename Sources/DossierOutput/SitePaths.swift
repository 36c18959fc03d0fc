/// Site paths: relative, `/`-separated. Cut at their slashes' bytes: a build asks for the
/// folders of every file it writes or links, and cutting by characters (grapheme breaks) or
/// through `NSString` was a hundredth of a rebuild.
enum SitePaths {
    /// The folders above `path`: `a/b/c.html` → `a`, `a/b`.
    static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var end = path.utf8.endIndex
        while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
            result.append(String(path[..<slash]))
            end = slash
        }
        return result
    }

    /// The folder holding `path` (absolute or relative): what comes before its last `/`, or
    /// `/` for an entry of the root; `.` for a bare name.
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
