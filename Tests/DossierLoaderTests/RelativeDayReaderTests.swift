import ArabicText
import DossierModel
import Testing

@testable import DossierLoader

/// An article's relative days are counted from its own date (its dateline or metadata, or the
/// sidecar's), and a weekday that disagrees with that date is a warning, not a date.
struct RelativeDayReaderTests {
    static let headline = "المجلس البلدي يقر خطة النقل بعد جلسة مطولة"
    static let today = PartialDate(year: 2040, month: 1, day: 1)

    /// The metadata warnings of an article made of `lines`, without a sidecar.
    static func warnings(_ lines: [String]) -> (published: PartialDate?, diagnostics: [Diagnostic]) {
        let result = metadata(lines)
        return (result.published, result.diagnostics.filter { $0.code == .relativeDayMismatch })
    }

    /// The date and every metadata warning of an article made of `lines`, without a sidecar.
    static func metadata(_ lines: [String]) -> (published: PartialDate?, diagnostics: [Diagnostic]) {
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        let split = ArticleSplit(lines: textLines, roles: FurnitureClassifier.classify(textLines))
        let metadata = ArticleMetadata(split: split, sidecar: nil, today: today)
        var diagnostics: [Diagnostic] = []
        metadata.report(path: "articles/x.txt", sidecar: nil, split: split, diagnostics: &diagnostics)
        return (metadata.published, diagnostics)
    }

    @Test func bodyDaysAreCountedFromTheDatelineDate() throws {
        let readings = RelativeDayReader.readings(
            paragraphs: [
                Paragraph(text: "أقر المجلس البلدي أمس الأربعاء خطة النقل الجديدة بعد نقاش طويل.", line: 4),
                Paragraph(text: "وكان رئيس البلدية قد عرض الخطة الثلاثاء الماضي على اللجان.", line: 6),
            ],
            furniture: [Furniture(text: "الخميس 6 مارس 2031", line: 2, kind: .byline)],
            anchor: PartialDate(year: 2031, month: 3, day: 6, hour: 14, minute: 5))
        #expect(readings.map(\.line) == [4, 6])
        #expect(readings.map(\.text) == ["أمس الأربعاء", "الثلاثاء الماضي"])
        #expect(readings[0].resolution == .day(try #require(CivilDay(year: 2031, month: 3, day: 5))))
        #expect(readings[1].resolution == .day(try #require(CivilDay(year: 2031, month: 3, day: 4))))
    }

    @Test func withoutADayPreciseAnchorThereIsNoDate() {
        let paragraph = [Paragraph(text: "وصل الوفد اليوم الخميس إلى العاصمة.", line: 3)]
        for anchor in [nil, PartialDate(year: 2031), PartialDate(year: 2031, month: 3)] {
            let readings = RelativeDayReader.readings(paragraphs: paragraph, furniture: [], anchor: anchor)
            #expect(readings.count == 1 && readings[0].resolution == nil, "\(String(describing: anchor))")
        }
    }

    @Test func aWeekdayThatDisagreesWithTheArticleDateIsAWarningAtItsLine() throws {
        // 12 June 2029 is a Tuesday: «اليوم الخميس» cannot be that day.
        let result = Self.warnings([
            Self.headline, "الثلاثاء 12 يونيو 2029",
            "عمّان - أقر المجلس البلدي اليوم الخميس خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه.",
            "وقال رئيس البلدية إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين.",
        ])
        #expect(result.published == PartialDate(year: 2029, month: 6, day: 12))
        let warning = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(warning.location == SourceLocation(path: "articles/x.txt", line: 3, column: 1))
        #expect(warning.message.contains("«اليوم الخميس»"), "\(warning.message)")
        #expect(warning.message.contains("2029-06-12"), "\(warning.message)")
    }

    @Test func anAgreeingWeekdayOrNoAnchorGivesNoWarning() {
        // 14 June 2029 is a Thursday.
        let agreeing = Self.warnings([
            Self.headline, "الخميس 14 يونيو 2029",
            "عمّان - أقر المجلس البلدي اليوم الخميس خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه.",
            "وقال رئيس البلدية إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين.",
        ])
        #expect(agreeing.diagnostics.isEmpty)
        let unanchored = Self.warnings([
            Self.headline,
            "عمّان - أقر المجلس البلدي اليوم الخميس خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه.",
            "وقال رئيس البلدية إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين.",
        ])
        #expect(unanchored.published == nil)
        #expect(unanchored.diagnostics.isEmpty)
    }

    /// A dateline whose day and month could be swapped is read month first when a weekday the
    /// article names fits only that reading and misses the day-first one by two days or more,
    /// with a warning at the dateline; otherwise day first.
    @Test func aRelativeWeekdayTellsTheOrderOfAnAmbiguousDateline() throws {
        // 4 March 2019 was a Monday, 3 April 2019 a Wednesday; 6 November 2019 was a Wednesday,
        // 11 June 2019 a Tuesday.
        func article(_ date: String, _ day: String) -> [String] {
            [
                Self.headline, "• \(date)",
                "الكويت - أقر المجلس البلدي اليوم \(day) خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه.",
                "وقال رئيس البلدية إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين.",
            ]
        }
        let wednesday = Self.metadata(article("4/3/2019", "الأربعاء"))
        #expect(wednesday.published == PartialDate(year: 2019, month: 4, day: 3))
        let warning = try #require(wednesday.diagnostics.first { $0.code == .dateOrderFromWeekday })
        #expect(warning.location == SourceLocation(path: "articles/x.txt", line: 2, column: 1))
        #expect(warning.message.contains("2019-04-03, not 2019-03-04"), "\(warning.message)")
        #expect(warning.message.contains("«اليوم الأربعاء» (line 3)"), "\(warning.message)")
        #expect(!wednesday.diagnostics.contains { $0.code == .relativeDayMismatch })
        // Agreeing with the day-first reading, fitting neither, or a day away from it (a story
        // published after midnight): day first stays, and a disagreeing weekday is the warning.
        for (date, day, mismatch) in [
            ("4/3/2019", "الاثنين", false), ("4/3/2019", "الجمعة", true), ("6/11/2019", "الثلاثاء", true),
        ] {
            let other = Self.metadata(article(date, day))
            #expect(other.published?.day == Int(date.prefix { $0 != "/" }), "\(date) \(day)")
            #expect(!other.diagnostics.contains { $0.code == .dateOrderFromWeekday }, "\(date) \(day)")
            #expect(other.diagnostics.contains { $0.code == .relativeDayMismatch } == mismatch, "\(date) \(day)")
        }
    }

    /// On every page of the labelled corpus, the readings found through the split's word keys
    /// are those found on the texts alone; the pages hold a few dozen relative days.
    @Test func theSplitsKeysFindTheDaysTheTextsHave() throws {
        var found = 0
        for page in try LabelledPage.load("real") {
            let lines = ParagraphSplitter.lines(of: page.text, firstLine: 1)
            let split = ArticleSplit(lines: lines, roles: FurnitureClassifier.classify(lines))
            let anchor = PartialDate(year: 2025, month: 10, day: 1)
            let fromKeys = RelativeDayReader.readings(of: split, anchor: anchor)
            #expect(
                fromKeys
                    == RelativeDayReader.readings(
                        paragraphs: split.paragraphs, furniture: split.furniture, anchor: anchor),
                "\(page.name)")
            found += fromKeys.count
        }
        #expect(found >= 20)
    }
}
