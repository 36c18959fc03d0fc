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
        let plan = SitePlanner.plan(index: index, sourceFolder: "src", assets: []).plan
        return PageContext(route: route, plan: plan, index: index)
    }

    @Test func anActorListsItsArticlesNewestFirstWithAFewMentionsEach() throws {
        let count = 3 * SiteLists.entityArticlesPerPage + 5
        let context = Self.context(articles: count, route: .actor("burhan"))
        let actor = try #require(context.index.analysis.actor("burhan"))
        #expect(actor.mentions.count == 4 * count)
        let list = SiteLists.actor("burhan", context.index.listings)
        #expect(list.paging.pageCount >= 2)
        #expect(list.landingPage == list.paging.pageCount)
        #expect(list.routes.dropFirst().allSatisfy { context.plan.contains($0) })
        #expect(!context.plan.contains(.paged(.actor("burhan"), page: list.paging.pageCount + 1)))
        // Every page lists the articles its list gives it, newest first, with a few mentions each.
        var listed: [String] = []
        for number in list.readingOrder {
            let (page, _) = ActorPageBuilder.page(for: actor, number: number, context: context)
            #expect(page.isFirstPage == (number == list.landingPage))
            #expect(page.snippetGroups.count == list.items(ofPage: number).count)
            #expect(page.snippetGroups.allSatisfy { $0.snippets.count == ArticleGroups.snippetsPerArticle })
            listed += page.snippetGroups.map(\.titleHTML)
        }
        #expect(listed.count == count)
        #expect(listed.first?.contains("يوم \(count - 1)") == true && listed.last?.contains("يوم 0") == true)
        let (landing, _) = ActorPageBuilder.page(for: actor, number: list.landingPage, context: context)
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
        #expect(topicList.paging.pageCount > 1)
        let (page, _) = TopicPageBuilder.page(for: topic, number: topicList.landingPage, context: context)
        #expect(page.snippetGroups.count == topicList.items(ofPage: topicList.landingPage).count)
        // One passage per paragraph, three paragraphs of the four.
        #expect(page.snippetGroups.allSatisfy { $0.snippets.count == 3 })
        #expect(page.snippetGroups.first?.detailHTML?.hasSuffix(context.strings.commentary.hitCount.phrase(4)) == true)
        let outlet = try #require(context.index.analysis.outlet("radio"))
        let outletList = SiteLists.outlet(outlet, context.index.listings)
        #expect(outletList.paging.pageCount > 1)
        #expect(context.plan.contains(.paged(.outlet("radio"), page: 1)))
        let newestPage = outletList.landingPage
        let (newest, _) = OutletPageBuilder.page(for: outlet, number: newestPage, context: context)
        #expect(newest.articles.count == outletList.items(ofPage: newestPage).count && newest.hasActors)
        #expect(newest.articles.first?.labelHTML.contains("\(count - 1)") == true)
        let (oldest, _) = OutletPageBuilder.page(for: outlet, number: 1, context: context)
        #expect(oldest.articles.last?.labelHTML.contains("يوم 0") == true && !oldest.hasActors)
    }
}
