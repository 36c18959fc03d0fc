import DossierModel
import DossierRenderer
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Actor, topic and outlet pages list their articles, newest first and paged, each with its
/// first mentions in context and its count, not every mention of every article.
struct EntityPagingTests {
    /// `count` articles of one outlet, one a day, each naming the actor four times in four
    /// paragraphs that also carry the topic's term.
    private static func context(articles count: Int, route: Route) -> PageContext {
        let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        let articles = (0..<count).map { day in
            Article(
                id: String(format: "d%03d", day), source: source, title: "يوم \(day)", outlet: "radio",
                published: PartialDate(year: 2024, month: day / 28 + 1, day: day % 28 + 1),
                paragraphs: (1...4).map { line in
                    Paragraph(text: "قال البرهان \(day) إن الهدنة رقم \(line) قائمة.", line: line)
                })
        }
        let dossier = Dossier(
            config: DossierConfig(title: "ملف"), articles: articles,
            actors: [AnalysisFixture.actor("burhan", "عبد الفتاح البرهان", .person, ["البرهان"])],
            topics: AnalysisFixture.topics, outlets: [Outlet(id: "radio", name: "راديو")])
        let index = SiteIndex(dossier: dossier)
        let plan = SitePlanner.plan(analysis: index.analysis, sourceFolder: "src", assets: []).plan
        return PageContext(route: route, plan: plan, index: index)
    }

    @Test func anActorListsItsArticlesNewestFirstWithAFewMentionsEach() throws {
        let count = 3 * SiteLists.entityArticlesPerPage + 5
        let context = Self.context(articles: count, route: .actor("burhan"))
        let actor = try #require(context.index.analysis.actor("burhan"))
        #expect(actor.mentions.count == 4 * count)
        // Three pages: the landing page has the newest 25, pages 1 and 2 the older 20 each.
        #expect(context.plan.contains(.paged(.actor("burhan"), page: 2)))
        #expect(!context.plan.contains(.paged(.actor("burhan"), page: 3)))
        let (landing, _) = ActorPageBuilder.page(for: actor, number: 3, context: context)
        #expect(landing.isFirstPage && landing.snippetGroups.count == SiteLists.entityArticlesPerPage + 5)
        #expect(landing.snippetGroups.first?.titleHTML.contains("\(count - 1)") == true)
        #expect(landing.snippetGroups.allSatisfy { $0.snippets.count == ArticleGroups.snippetsPerArticle })
        let mentions = context.strings.commentary.mentionCount
        #expect(landing.snippetGroups.allSatisfy { $0.detailHTML?.hasSuffix(mentions.phrase(4)) == true })
        #expect(landing.mentionTotal?.hasPrefix(mentions.phrase(4 * count)) == true)
        #expect(landing.pager?.pages.first?.isCurrent == true)
        let older = ActorPageBuilder.page(for: actor, number: 1, context: context).0
        #expect(!older.isFirstPage && older.mentionTotal == nil && older.outletCounts.isEmpty)
        #expect(older.snippetGroups.last?.titleHTML.contains("يوم 0") == true)
    }

    @Test func topicsAndOutletsArePagedTheSameWay() throws {
        let count = 2 * SiteLists.outletArticlesPerPage + 3
        let context = Self.context(articles: count, route: .topic("ceasefire"))
        let topic = try #require(context.index.analysis.topic("ceasefire"))
        let topicList = SiteLists.topic("ceasefire", context.index.listings)
        #expect(topicList.paging.pageCount == count / SiteLists.entityArticlesPerPage)
        let (page, _) = TopicPageBuilder.page(for: topic, number: topicList.landingPage, context: context)
        // One passage per paragraph, three paragraphs of the four.
        #expect(page.snippetGroups.allSatisfy { $0.snippets.count == 3 })
        #expect(page.snippetGroups.first?.detailHTML?.hasSuffix(context.strings.commentary.hitCount.phrase(4)) == true)
        let outlet = try #require(context.index.analysis.outlet("radio"))
        let outletList = SiteLists.outlet(outlet)
        #expect(outletList.paging.pageCount == 2)
        #expect(context.plan.contains(.paged(.outlet("radio"), page: 1)))
        let (newest, _) = OutletPageBuilder.page(for: outlet, number: 2, context: context)
        #expect(newest.articles.count == SiteLists.outletArticlesPerPage + 3 && newest.hasActors)
        #expect(newest.articles.first?.labelHTML.contains("\(count - 1)") == true)
        let (oldest, _) = OutletPageBuilder.page(for: outlet, number: 1, context: context)
        #expect(oldest.articles.last?.labelHTML.contains("يوم 0") == true && !oldest.hasActors)
    }
}
