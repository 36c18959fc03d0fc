import Foundation
import Testing

/// A folder of the user's in the output that is read-only (0555, its files 0444: copied from a
/// read-only disc, or closed with `chmod -R a-w`) is carried into every new site, with its mode,
/// by a builder who is not root. Its copy in the new site was made with that mode before its
/// files were linked into it, so every build failed with «permission denied», naming the user's
/// file. The builds run as another user through `setpriv`: only where the tests run as root.
struct ReadOnlyUserFolderTests {
    private static let setpriv = "/usr/bin/setpriv"

    /// The permission bits of `path`.
    private func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv)))
    func aReadOnlyFolderOfTheUsersIsCarriedIntoEveryBuild() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer {
            _ = try? DossierBinary.run(["-R", "u+w", folder.path], executable: URL(fileURLWithPath: "/bin/chmod"))
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(chown(folder.path, 65534, 65534) == 0)
        let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
        let templates = DossierBinary.root.appendingPathComponent("Templates").path
        // A first build, then the user's archive, closed, then two builds after edits. The
        // fixture is copied without its build cache, which other tests' builds write.
        let script = """
            set -e
            templates="$3"
            dossier="$4"
            cd "$1"
            mkdir source
            cp -r "$2"/* source/
            build() { "$dossier" build --source source --templates "$templates" --output public --no-search --quiet; }
            build
            mkdir -p public/archive/2024
            echo old > public/archive/2024/page.html
            chmod -R a-w public/archive
            for edit in one two; do echo "$edit" >> source/index.md; build; done
            """
        let result = try DossierBinary.run(
            [
                "--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c", script, "sh", folder.path, good,
                templates, try DossierBinary.url().path,
            ], executable: URL(fileURLWithPath: Self.setpriv))
        #expect(result.status == 0, "\(result.stderr)")
        let archive = folder.appendingPathComponent("public/archive").path
        #expect(mode(archive) == 0o555 && mode(archive + "/2024") == 0o555)
        #expect(try String(contentsOfFile: archive + "/2024/page.html", encoding: .utf8) == "old\n")
        let index = try String(contentsOfFile: folder.appendingPathComponent("public/index.html").path, encoding: .utf8)
        #expect(index.contains("two"))
    }
}
