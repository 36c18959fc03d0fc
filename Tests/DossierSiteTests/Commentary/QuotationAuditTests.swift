import Foundation
import Testing

/// Every «…» quotation in the seed commentary is the words of an article it cites; and the
/// audit itself catches what it should, on inline cases.
struct QuotationAuditTests {
    static let audit = QuotationAudit(
        articles: [
            "a1": "قال المتحدث إن «الاتصال الوحيد» كان مكالمة هاتفية واحدة، ووصفها بأنها مفيدة.",
            "a2": "ونفت روسيا وجود محادثات متكررة بين بوتين وماسك.",
        ],
        outletArticles: ["radio": ["a2"]])

    @Test func seedQuotationsOccurInTheirArticles() throws {
        let problems = try QuotationAudit(folder: SiteTestPaths.seeds).problems(inFolder: SiteTestPaths.seeds)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test(
        "quotations that pass",
        arguments: [
            // Exact, cited in the sentence by an article link.
            "قالت [المادة](article:a1) إنها «مكالمة هاتفية واحدة».",
            // Diacritics and whitespace are ignored.
            "في [المادة](article:a1): «مكالمةٌ   هاتفية\nواحدة».",
            // An elision, in either spelling; the pieces occur in order.
            "في [المادة](article:a1): «قال المتحدث... مكالمة» و«كان… واحدة».",
            // An outlet link cites that outlet's articles.
            "تقول [الإذاعة](outlet:radio) «ونفت روسيا».",
            // A link inside the quotation is read as its label.
            "في [المادة](article:a2): «بين [بوتين](actor:putin) وماسك».",
            // Nested guillemets stay part of the outer quotation.
            "في [المادة](article:a1): «إن «الاتصال الوحيد» كان».",
            // No citation in the sentence: the paragraph's citations count.
            "ينقل [المصدر](article:a2) النفي. والعبارة «نفت روسيا» قصيرة.",
            // No citation anywhere: any article counts.
            "ترد عبارة «مكالمة هاتفية» في الملف.",
        ])
    func passes(text: String) {
        #expect(Self.audit.problems(in: text, file: "x.md").isEmpty)
    }

    @Test(
        "quotations that fail",
        arguments: [
            // One letter differs (a taa marbuta for an alef).
            "في [المادة](article:a1): «مكالمة هاتفيا واحدة».",
            // The words are in an article, but not in the one the sentence cites.
            "في [المادة](article:a1): «نفت روسيا».",
            // Two passages stitched together without an elision mark.
            "في [المادة](article:a1): «قال المتحدث مكالمة هاتفية».",
            // Elided pieces out of order.
            "في [المادة](article:a1): «واحدة... قال المتحدث».",
            // A paraphrase in guillemets.
            "في [المادة](article:a1): «اتصال هاتفي واحد».",
            // A term that is no article's text.
            "صُنّفت «مكاناً» في الملف.",
        ])
    func fails(text: String) {
        #expect(Self.audit.problems(in: text, file: "x.md").count == 1)
    }

    @Test func aNoteQuotesItsOwnArticle() {
        let text = "فعل «نفت» أقوى من «وصفها» في [المادة](article:a1)."
        #expect(Self.audit.problems(in: text, file: "n.md", ownArticles: ["a2"]).isEmpty)
        #expect(Self.audit.problems(in: text, file: "n.md").count == 1)
    }

    @Test func theProblemNamesFileQuotationAndArticles() throws {
        let problem = try #require(Self.audit.problems(in: "في [المادة](article:a1): «نفت».", file: "t.md").first)
        #expect(problem.description == "t.md: «نفت» is not in a1")
    }
}
