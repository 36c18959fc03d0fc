/// Where to build a dossier's site when it cannot go inside the dossier: a folder beside it,
/// named after it. Said by the build's refusal of an overlapping output, by `init`, and by a
/// build run from inside a dossier.
public enum SiteFolderName {
    /// The folder beside the one given as `path` (real path `real`): `../news-site` for `.` in
    /// `/home/me/news`, `work/news-site` for `work/news`.
    public static func beside(_ path: String, real: String) -> String {
        let name = (real.split(separator: "/").last.map(String.init) ?? real) + "-site"
        let parts = path.split(separator: "/").filter { $0 != "." }
        guard !parts.isEmpty else { return "../" + name }
        let parent = parts.dropLast().joined(separator: "/")
        return (path.hasPrefix("/") ? "/" : "") + (parent.isEmpty ? name : parent + "/" + name)
    }
}
