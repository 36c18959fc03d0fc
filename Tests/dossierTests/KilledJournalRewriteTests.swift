import Foundation
import Testing

/// A build killed while it rewrites the list of the folders builds left beside the output (in
/// the output's lock file, `LeftoverJournal`) leaves the list whole: it was opened with
/// `O_TRUNC` and then written, so a kill between the two emptied it, and the previous site
/// beside the output was a user's folder from then on, never removed (KillDuringBuildTests
/// once found two). `strace` kills the build as it makes its first write to the lock file: only
/// where strace is installed and may trace.
struct KilledJournalRewriteTests {
    private static let strace = "/usr/bin/strace"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: strace)))
    func aBuildKilledWhileRewritingTheListLeavesOnePreviousSite() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
        let templates = DossierBinary.root.appendingPathComponent("Templates").path
        // Two builds leave a previous site, written down in the list; the third is killed as
        // it rewrites the list; two more follow. The fixture is copied without its build cache.
        let script = """
            templates="$3"
            dossier="$4"
            cd "$1" || exit 2
            mkdir source && cp -r "$2"/* source/ || exit 2
            build() { "$dossier" build --source source --templates "$templates" --output public --no-search --quiet; }
            build && echo one >> source/index.md && build || exit 2
            echo two >> source/index.md
            "$5" -f -qq -o /dev/null -P "$PWD/.public.dossier-lock" -e trace=write,pwrite64 \\
                -e inject=write,pwrite64:signal=KILL:when=1 "$dossier" build --source source \\
                --templates "$templates" --output public --no-search --quiet
            echo "killed: $?"
            for edit in three four; do echo "$edit" >> source/index.md; build || exit 2; done
            echo "previous: $(ls -a | grep -c '^\\.public\\.dossier-previous-')"
            """
        let result = try DossierBinary.run(
            ["-c", script, "sh", folder.path, good, templates, try DossierBinary.url().path, Self.strace],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result.stderr)")
        try #require(result.stdout.contains("killed: 137"), "strace could not kill the build: \(result.stdout)")
        #expect(result.stdout.contains("previous: 1\n"), "\(result.stdout)")
    }
}
