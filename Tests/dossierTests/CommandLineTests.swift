import Foundation
import Testing

/// Runs the built `dossier` binary and checks its output and exit status.
struct CommandLineTests {
    private static let fixtures = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site")
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    private func run(_ arguments: [String]) throws -> DossierBinary.Run { try DossierBinary.run(arguments) }

    private func temporaryFolder() throws -> URL { try DossierBinary.temporaryFolder() }

    @Test func buildsAGoodDossier() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let result = try run([
            "build", "--source", Self.fixtures.appendingPathComponent("good").path,
            "--output", output, "--templates", Self.templates,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("dossier: built "))
        #expect(result.stdout.contains(" pages ("))
        #expect(result.stdout.contains(" s "))
        #expect(FileManager.default.fileExists(atPath: output + "/articles/alpha/index.html"))
        // The fixture's raw HTML in index.md is a warning, shown with its file:line.
        #expect(result.stderr.contains("good/index.md:8:1: warning: [markdown-raw-html]"))
    }

    /// Each process seeds `Set` and `Dictionary` order anew, so builds in separate processes
    /// catch output that depends on hash order; the seed site must come out byte for byte the same.
    @Test func buildsInSeparateProcessesAreIdentical() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var sites: [[String: Data]] = []
        for number in 0..<3 {
            let output = folder.appendingPathComponent("public-\(number)")
            let result = try run([
                "build", "--source", DossierBinary.root.appendingPathComponent("seeds").path,
                "--output", output.path, "--templates", Self.templates, "--quiet",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            // Pagefind's own output is not deterministic, whatever it is given.
            sites.append(try DossierBinary.files(in: output, excluding: "pagefind/"))
        }
        #expect(sites[0].count > 80)
        for site in sites.dropFirst() {
            #expect(site.keys.sorted() == sites[0].keys.sorted())
            let differing = site.keys.filter { site[$0] != sites[0][$0] }.sorted()
            #expect(differing.isEmpty, "files differ between processes: \(differing)")
        }
    }

    /// `--no-search` builds without the indexer, whether or not Pagefind is installed: no
    /// index, no warning about a missing indexer, and a search page that does not look for one.
    @Test func aBuildWithoutSearchRunsNoIndexer() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let result = try run([
            "build", "--source", Self.fixtures.appendingPathComponent("good").path,
            "--output", output, "--templates", Self.templates, "--no-search",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("search-indexer"))
        #expect(!FileManager.default.fileExists(atPath: output + "/pagefind"))
        // The search page knows there is no index, and its script asks for none.
        let search = try String(contentsOfFile: output + "/search/index.html", encoding: .utf8)
        #expect(search.contains("data-indexed=\"no\""))
    }

    @Test func quietBuildPrintsNoSummary() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([
            "build", "--source", Self.fixtures.appendingPathComponent("good").path,
            "--output", folder.appendingPathComponent("public").path, "--templates", Self.templates, "--quiet",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func strictFailsOnWarnings() throws {
        let result = try run([
            "check", "--source", Self.fixtures.appendingPathComponent("good").path,
            "--templates", Self.templates, "--strict",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("0 errors, 1 warning"))
    }

    @Test func brokenDossierFailsWithFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let broken = Self.fixtures.appendingPathComponent("broken").path
        for command in [["build", "--output", output], ["check"]] {
            let result = try run(command + ["--source", broken, "--templates", Self.templates])
            #expect(result.status == 1)
            // One broken link, one error: at its destination's line and column, with one fix.
            let lines = result.stderr.split(separator: "\n").filter { $0.contains("article:missing-article") }
            #expect(lines.count == 1, "\(lines)")
            #expect(
                lines.first?.hasSuffix(
                    "broken/index.md:3:52: error: [xref-unresolved] link `article:missing-article` names article «missing-article», which is not in the dossier"
                ) == true, "\(lines)")
            #expect(result.stderr.contains("    fix: "))
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func missingTemplatesAreNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([
            "check", "--source", Self.fixtures.appendingPathComponent("good").path, "--templates", folder.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing template base.mustache"))
    }

    /// An empty path or id is refused before anything is read, naming the option: read as is,
    /// `--source ''` gave ":1:1: the source folder does not exist", and `--article ''` looked
    /// for an article named after the working folder.
    @Test(arguments: [
        ["build", "--source", ""], ["build", "--output", " "], ["check", "--article", ""],
        ["new", "article", "", "--source", "seeds"], ["init", ""], ["mentions", "--source", ""],
        ["serve", "--output", ""],
    ])
    func emptyPathsAndIdsAreRefused(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(" is empty: give "), "\(result.stderr)")
    }

    /// A port out of range is refused before anything is built: 99999 listened on 34463, and
    /// 65537 on port 1.
    @Test(arguments: ["99999", "65536"])
    func portOutOfRangeIsRefused(_ port: String) throws {
        let result = try run(["serve", "--source", "/nonexistent", "--port", port])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--port \(port) is not a port"), "\(result.stderr)")
    }

    /// `--version` answers with the release and the data files' schema, not the build's usage.
    @Test func versionIsPrinted() throws {
        let result = try DossierBinary.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("dossier 0.") && result.stdout.contains("schema version"), "\(result.stdout)")
    }
}
