import DossierModel
import DossierRenderer
import Foundation
import Testing

@testable import DossierSite

/// The article page says how its outlet was found in the site's words: the detector's rule,
/// a removed block with its line, a known outlet, each in Arabic; an editor's own words as
/// written.
struct OutletEvidenceWordsTests {
    /// Each article's `outlet_evidence`, as the loader and `new article` write it, and the
    /// evidence it holds.
    static let evidence: [String: (written: String, read: OutletEvidence)] = [
        "by-rule": ("masthead: جريدة الوطن", OutletEvidence(place: .rule(.masthead), text: "جريدة الوطن")),
        "by-block": (
            "footer line 12: © 2024 جريدة الوطن",
            OutletEvidence(place: .furniture(.footer, line: 12), text: "© 2024 جريدة الوطن")
        ),
        "by-known-outlet": (
            "known outlet «جريدة الوطن», byline tag: الوطن -",
            OutletEvidence(knownOutlet: "جريدة الوطن", place: .rule(.byline), text: "الوطن -")
        ),
        "by-editor": ("معرفة المحرر بمصدر النسخة", OutletEvidence(place: nil, text: "معرفة المحرر بمصدر النسخة")),
    ]

    @Test func theWordsReadBackAsWritten() {
        for (written, read) in Self.evidence.values {
            #expect(OutletEvidence(reading: written) == read)
            #expect(read.description == written)
        }
        for rule in OutletEvidence.Rule.allCases {
            let evidence = OutletEvidence(knownOutlet: "الوطن", place: .rule(rule), text: "الوطن")
            #expect(OutletEvidence(reading: evidence.description) == evidence)
        }
    }

    /// Found by author62: «كيف عُرف المنفذ: masthead: موقع المنشر الاخبارى», the detector's
    /// English rule name on an Arabic page.
    @Test func thePageShowsHowTheOutletWasFoundInArabic() async throws {
        let folder = try SiteTestPaths.temporaryFolder("outlet-evidence")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = ["dossier.yml": "title: ملف المنافذ\n", "index.md": "ملف تجريبي.\n"]
        for (id, evidence) in Self.evidence {
            files["articles/\(id).txt"] =
                "اجتماع وزراء المياه في الرباط\n\nاجتمع وزراء المياه في الرباط يوم الاثنين لبحث تقاسم مياه الأنهار.\n"
            files["articles/\(id).yml"] = "outlet: al-watan\noutlet_evidence: \"\(evidence.written)\"\n"
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let site = try await SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        let strings = UIStrings.arabic
        for (id, evidence) in Self.evidence {
            let page = try #require(site.files.first { $0.path == "articles/\(id)/index.html" }?.text)
            let row = "<dt>\(strings.outletEvidence)</dt><dd><bdi>\(strings.words(for: evidence.read))</bdi></dd>"
            #expect(page.contains(row), "\(id)")
            for english in ["masthead", "footer line", "known outlet", "byline tag"] {
                #expect(!page.contains(english), "\(id): \(english)")
            }
        }
        #expect(strings.words(for: try #require(Self.evidence["by-editor"]).read) == "معرفة المحرر بمصدر النسخة")
        #expect(
            strings.words(for: try #require(Self.evidence["by-block"]).read)
                == strings.label(for: .footer) + strings.listSeparator + strings.line + " 12: © 2024 جريدة الوطن")
    }
}
