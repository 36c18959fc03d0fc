import Foundation
import Testing

/// `--format json`: one JSON object per diagnostic on stdout, with location and fix.
struct JSONFormatTests {
    private static let fixtures = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site")
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    @Test func diagnosticsAreJSONLines() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierBinary.run([
            "build", "--source", Self.fixtures.appendingPathComponent("broken").path,
            "--output", folder.appendingPathComponent("public").path, "--templates", Self.templates,
            "--format", "json",
        ])
        #expect(result.status != 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        var severities = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["severity", "code", "message", "file", "line", "column", "fix"])
            severities.insert(try #require(object["severity"] as? String))
            #expect(object["code"] is String)
            if let file = object["file"] as? String {
                #expect(file.contains("broken/"))
                #expect((object["line"] as? Int ?? 0) >= 1)
            }
        }
        #expect(severities.contains("error"))
        // Text diagnostics do not leak onto stdout or stderr in JSON mode.
        #expect(!result.stderr.contains(": error: ["))
    }

    @Test func quietShowsErrorsOnlyAndVerboseListsStagesAndFiles() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let good = Self.fixtures.appendingPathComponent("good").path
        let quiet = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--quiet",
        ])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(!quiet.stderr.contains("warning:"))
        let verbose = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--verbose",
        ])
        #expect(verbose.status == 0, "\(verbose.stderr)")
        #expect(verbose.stderr.contains("dossier: stages: load "))
        #expect(verbose.stderr.contains(" render "))
        // The second build finds nothing changed.
        #expect(verbose.stderr.contains("dossier: 0 written, 0 deleted"))
        let clean = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--verbose", "--clean",
        ])
        #expect(clean.stderr.contains("  wrote index.html"))
        #expect(clean.stderr.contains("clean build: "))
    }
}

/// `--format json` for the failures that stop a command rather than being collected: a broken
/// template, an output folder that cannot be used. Each is one JSON object on stdout with its code.
struct JSONFormatStopTests {
    private static let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
    private static let templates = DossierBinary.root.appendingPathComponent("Templates")

    /// The only line of `stdout`, as a JSON object.
    private static func onlyObject(_ stdout: String) throws -> [String: Any] {
        let lines = stdout.split(separator: "\n")
        try #require(lines.count == 1, "stdout: \(stdout)")
        return try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    }

    @Test func aTemplateThatDoesNotParseIsATemplateErrorAtItsLine() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Self.templates, to: templates)
        let home = templates.appendingPathComponent("home.mustache")
        try ("{{#items}}\nnever closed\n" + String(contentsOf: home, encoding: .utf8)).write(
            to: home, atomically: true, encoding: .utf8)
        let result = try DossierBinary.run([
            "build", "--source", Self.good, "--output", folder.appendingPathComponent("public").path,
            "--templates", templates.path, "--format", "json",
        ])
        #expect(result.status == 1)
        let object = try Self.onlyObject(result.stdout)
        #expect(object["code"] as? String == "template-error")
        #expect(object["severity"] as? String == "error")
        #expect((object["file"] as? String)?.hasSuffix("templates/home.mustache") == true)
        #expect(object["line"] as? Int == 1)
        #expect((object["message"] as? String)?.contains("«items»") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func twoBrokenTemplatesAreTwoTemplateErrors() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Self.templates, to: templates)
        for name in ["home", "actor"] {
            try "{{#items}}\nnever closed\n".write(
                to: templates.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        let result = try DossierBinary.run([
            "build", "--source", Self.good, "--output", folder.appendingPathComponent("public").path,
            "--templates", templates.path, "--format", "json",
        ])
        #expect(result.status == 1)
        let objects = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["code"] as? String } == ["template-error", "template-error"])
        #expect(
            objects.compactMap { ($0["file"] as? String)?.split(separator: "/").last.map(String.init) } == [
                "actor.mustache", "home.mustache",
            ])
    }

    @Test func anOutputThatIsAFileIsAnOutputErrorWithItsFix() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try Data("mine".utf8).write(to: output)
        let result = try DossierBinary.run([
            "build", "--source", Self.good, "--output", output.path, "--templates", Self.templates.path,
            "--format", "json",
        ])
        #expect(result.status == 1)
        let object = try Self.onlyObject(result.stdout)
        #expect(object["code"] as? String == "output-error")
        #expect((object["message"] as? String)?.contains("is not a folder") == true)
        #expect(object["fix"] is String)
        #expect(try String(contentsOf: output, encoding: .utf8) == "mine")
        // Text mode says the same on stderr, and nothing on stdout.
        let text = try DossierBinary.run([
            "build", "--source", Self.good, "--output", output.path, "--templates", Self.templates.path,
        ])
        #expect(text.status == 1)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr.contains("is not a folder"))
    }

    /// `serve` on an address this machine does not have (192.0.2.1 is never assigned) stops
    /// with its own code, not as a bug of dossier's.
    @Test func anAddressServeCannotListenOnHasItsOwnCode() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierBinary.run([
            "serve", "--source", Self.good, "--output", folder.appendingPathComponent("public").path,
            "--templates", Self.templates.path, "--host", "192.0.2.1", "--port", "8080", "--format", "json",
        ])
        #expect(result.status == 1)
        let object = try Self.onlyObject(result.stdout)
        #expect(object["code"] as? String == "address-unavailable", "\(object)")
        #expect((object["message"] as? String)?.contains("cannot listen on 192.0.2.1:8080") == true)
        #expect((object["fix"] as? String)?.contains("--host") == true)
    }
}
