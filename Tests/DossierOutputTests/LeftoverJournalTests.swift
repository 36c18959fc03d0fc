import Foundation
import Testing

@testable import DossierOutput

/// The journal of the folders builds left beside an output keeps every name it is to keep
/// whenever a build is killed while it rewrites it: a journal found empty made a killed build's
/// previous site a user's folder, never removed (KilledJournalRewriteTests kills a real build).
struct LeftoverJournalTests {
    private let names = [
        ".public.dossier-previous-Ab12Cd", ".public.dossier-previous-zz9Y8x", ".public.dossier-staging-0aB1c2",
        ".public.dossier-staging-Qw3Er4",
    ]

    /// The rewrite is one write over the old bytes (the system writes a few kilobytes to a file
    /// whole or not at all, whatever signal comes), then one cut: killed before the write, the
    /// journal is as it was; between the two, it lists the kept names and blank lines.
    @Test func aKillBeforeOrAfterTheWriteLosesNoKeptName() throws {
        let folder = try OutputTestFolder("journal")
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("public")
        for name in names { LeftoverJournal.record(name, for: output) }
        let journal = LeftoverJournal.url(for: output)
        let old = try Data(contentsOf: journal)
        for kept in [[names[0], names[2]], [names[1], names[3]], [names[3]], []] {
            let (bytes, length) = LeftoverJournal.overwriting(old.count, with: kept)
            #expect(bytes.count == old.count, "the write covers every old byte")
            try Data(bytes).write(to: journal)
            #expect(LeftoverJournal.names(for: output) == Set(kept), "killed before the cut")
            try old.write(to: journal)
            LeftoverJournal.keep(only: kept, for: output)
            #expect(LeftoverJournal.names(for: output) == Set(kept))
            #expect(try Data(contentsOf: journal).count == length)
        }
    }
}
