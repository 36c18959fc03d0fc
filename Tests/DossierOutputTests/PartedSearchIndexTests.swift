import DossierModel
import Foundation
import Testing

@testable import DossierOutput

/// An index made in parts, with a stand-in for Pagefind: every part is made the first time;
/// a part whose pages read the same to the indexer is then taken from the live index, and only
/// the others are made again; parts made by another version of the indexer are all made again.
@Suite("Search index in parts")
struct PartedSearchIndexTests {
    private let parts = [
        SearchIndexPart(folder: "", pages: ["notes/index.html"]),
        SearchIndexPart(folder: "part-0-of-2", pages: ["articles/1/index.html", "articles/2/index.html"]),
        SearchIndexPart(folder: "part-1-of-2", pages: ["articles/3/index.html"]),
    ]

    /// A site with the pages of `parts`, article 3 with `text` and `also` in an ignored element.
    private func writeSite(_ name: String, in folder: OutputTestFolder, text: String = "نص", also: String = "أ") throws
    {
        for part in parts {
            for page in part.pages {
                let body = page == "articles/3/index.html" ? text : page
                try folder.write(
                    "<main data-pagefind-body><p>\(body)</p><div data-pagefind-ignore>\(also)</div></main>",
                    at: name + "/" + page)
            }
        }
        try folder.write("<p>not searched</p>", at: name + "/index.html")
    }

    /// The stand-in: lists the pages it was given and logs each run; its version is in
    /// `indexer.version`, and it fails while `indexer.fail` exists.
    private func indexer(in folder: OutputTestFolder) throws -> PagefindRunner.Command {
        try folder.write(
            """
            #!/bin/sh
            [ -e "$0.fail" ] && { echo boom >&2; exit 3; }
            mkdir -p "$4" && (cd "$2" && find . -name '*.html' | sort) > "$4/pages.txt"
            printf '{"version":"%s"}' "$(cat "$0.version" 2>/dev/null || echo 1)" > "$4/pagefind-entry.json"
            echo "$4" >> "$0.runs"

            """, at: "indexer")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("indexer"))
        return PagefindRunner.Command(executable: folder.path("indexer"))
    }

    private func index(_ site: String, previous: String?, in folder: OutputTestFolder) throws -> PartedSearchIndex {
        PartedSearchIndex(
            command: try indexer(in: folder), site: folder.url.appendingPathComponent(site), indexFolder: "pagefind",
            previous: previous.map { folder.url.appendingPathComponent($0 + "/pagefind") },
            scratch: {
                let scratch = folder.url.appendingPathComponent("scratch-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
                return scratch
            })
    }

    private func runs(in folder: OutputTestFolder) throws -> Int {
        ((try? String(contentsOfFile: folder.path("indexer.runs"), encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    private func inode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1
    }

    @Test func everyPartIsMadeOnceWithItsOwnPages() throws {
        let folder = try OutputTestFolder("parted-first")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        let outcome = try index("one", previous: nil, in: folder).make(parts)
        #expect(outcome.made == ["", "part-0-of-2", "part-1-of-2"] && outcome.kept.isEmpty)
        #expect(try runs(in: folder) == 3)
        #expect(try folder.snapshot("one/pagefind")["pages.txt"] == "./notes/index.html\n")
        #expect(
            try folder.snapshot("one/pagefind/part-0-of-2")["pages.txt"]
                == "./articles/1/index.html\n./articles/2/index.html\n")
        #expect(PartedSearchIndex.record(in: folder.url.appendingPathComponent("one/pagefind"))?.parts.count == 3)
        // The scratch folders of the runs are gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!left.contains { $0.hasPrefix("scratch-") })
    }

    @Test func onlyThePartsWhosePagesChangedAreMadeAgain() throws {
        let folder = try OutputTestFolder("parted-rebuild")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        _ = try index("one", previous: nil, in: folder).make(parts)

        // Only an ignored element changed: every part is taken from the live index, as is.
        try writeSite("two", in: folder, also: "ب")
        let unchanged = try index("two", previous: "one", in: folder).make(parts)
        #expect(unchanged.made.isEmpty && unchanged.kept == ["", "part-0-of-2", "part-1-of-2"])
        #expect(try runs(in: folder) == 3)
        #expect(try folder.snapshot("two/pagefind") == folder.snapshot("one/pagefind"))
        #expect(
            try inode(folder.path("two/pagefind/part-1-of-2/pages.txt"))
                == inode(folder.path("one/pagefind/part-1-of-2/pages.txt")))

        // Article 3's text changed: its part is made again, the others kept.
        try writeSite("three", in: folder, text: "نص آخر")
        let changed = try index("three", previous: "two", in: folder).make(parts)
        #expect(changed.made == ["part-1-of-2"] && changed.kept == ["", "part-0-of-2"])
        #expect(try runs(in: folder) == 4)
        #expect(try folder.snapshot("three/pagefind/part-0-of-2") == folder.snapshot("one/pagefind/part-0-of-2"))
        #expect(try folder.snapshot("three/pagefind")["pages.txt"] == "./notes/index.html\n")
        #expect(
            PartedSearchIndex.record(in: folder.url.appendingPathComponent("three/pagefind"))
                != PartedSearchIndex.record(in: folder.url.appendingPathComponent("two/pagefind")))
    }

    /// A file of the live index deleted or edited by hand: its part is made again, though its
    /// pages did not change; the other parts are kept.
    @Test func aPartWhoseFilesChangedInTheLiveIndexIsMadeAgain() throws {
        let folder = try OutputTestFolder("parted-tampered")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        _ = try index("one", previous: nil, in: folder).make(parts)
        try FileManager.default.removeItem(atPath: folder.path("one/pagefind/part-0-of-2/pages.txt"))
        try writeSite("two", in: folder)
        let deleted = try index("two", previous: "one", in: folder).make(parts)
        #expect(deleted.made == ["part-0-of-2"] && deleted.kept == ["", "part-1-of-2"])
        #expect(
            try folder.snapshot("two/pagefind/part-0-of-2")["pages.txt"]
                == "./articles/1/index.html\n./articles/2/index.html\n")

        // A file of the main part edited in place (a new size): the main part is made again.
        try folder.write("edited", at: "two/pagefind/pages.txt")
        try writeSite("three", in: folder)
        let edited = try index("three", previous: "two", in: folder).make(parts)
        #expect(edited.made == [""] && edited.kept == ["part-0-of-2", "part-1-of-2"])
        #expect(try folder.snapshot("three/pagefind")["pages.txt"] == "./notes/index.html\n")

        // Nothing touched since: every part is kept.
        try writeSite("four", in: folder)
        let untouched = try index("four", previous: "three", in: folder).make(parts)
        #expect(untouched.made.isEmpty && untouched.kept.count == 3)
    }

    /// A record written before files were recorded: every part is made again, once.
    @Test func aRecordWithoutFilesMakesEveryPartAgain() throws {
        let folder = try OutputTestFolder("parted-old-record")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        _ = try index("one", previous: nil, in: folder).make(parts)
        let recordPath = folder.url.appendingPathComponent("one/pagefind/" + PartedSearchIndex.recordName)
        var record = try #require(PartedSearchIndex.record(in: folder.url.appendingPathComponent("one/pagefind")))
        record.files = nil
        try JSONEncoder().encode(record).write(to: recordPath)
        try writeSite("two", in: folder)
        let outcome = try index("two", previous: "one", in: folder).make(parts)
        #expect(outcome.kept.isEmpty && outcome.made.count == 3)
    }

    /// A part made by another version of the indexer than the kept ones: all are made again.
    @Test func anotherIndexerVersionMakesEveryPartAgain() throws {
        let folder = try OutputTestFolder("parted-version")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        _ = try index("one", previous: nil, in: folder).make(parts)
        try folder.write("2", at: "indexer.version")
        try writeSite("two", in: folder, text: "نص آخر")
        let outcome = try index("two", previous: "one", in: folder).make(parts)
        #expect(outcome.kept.isEmpty && Set(outcome.made) == ["", "part-0-of-2", "part-1-of-2"])
        for part in ["", "/part-0-of-2", "/part-1-of-2"] {
            #expect(try folder.snapshot("two/pagefind" + part)["pagefind-entry.json"] == #"{"version":"2"}"#)
        }
    }

    @Test func aFailingRunFailsTheIndex() throws {
        let folder = try OutputTestFolder("parted-failing")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try writeSite("one", in: folder)
        let index = try index("one", previous: nil, in: folder)
        try folder.write("", at: "indexer.fail")
        #expect {
            _ = try index.make(parts)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == Diagnostic.Code.searchIndexerFailed && diagnostic.message.contains("boom")
        }
    }
}
