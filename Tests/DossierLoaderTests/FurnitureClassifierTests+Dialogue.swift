import Testing

@testable import DossierLoader

/// A transcript's turns, each opening with its speaker's name and a colon, are the story.
extension FurnitureClassifierTests {
    /// A transcript copied without its headline opens with the presenter's first turn, short
    /// and unstopped: it is the story's first line, not its title, and every turn is kept. A
    /// headline quoting a speaker over a prose lead is still the title, and a ticker of items
    /// labelled with their sections is no transcript.
    @Test func aTranscriptsFirstTurnIsNoHeadline() {
        let turns = [
            "سارة منصور: معالي الوزير، أهلا بك في البرنامج ونبدأ من أزمة المياه في الجنوب",
            "وزير الموارد المائية: شكرا لك، الأزمة صعبة لكننا بدأنا ضخ المياه من المحطة الجديدة إلى الأحياء الجنوبية منذ أسبوع، وسنكمل الخطوط قبل الصيف.",
            "سارة منصور: ومتى يصل الماء إلى القرى البعيدة عن المدينة",
            "وزير الموارد المائية: خلال ثلاثة أشهر إذا وصلت الأنابيب في موعدها من الميناء.",
        ]
        let roles = Self.roles(turns)
        #expect(!roles.values.contains("title"), "\(roles)")
        for turn in turns { #expect(roles[turn] == "body", "\(turn): \(roles)") }
        let quoted = "الوزير: المياه تصل إلى الأحياء الجنوبية قبل الصيف"
        let titled = Self.roles([quoted, "", Self.lead, "", Self.second])
        #expect(titled[quoted] == "title", "\(titled)")
        let ticker = [
            "رياضة: المنتخب الوطني يفوز على ضيفه في تصفيات كأس آسيا",
            "اقتصاد: ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة",
            "رياضة: النادي الأهلي يتعاقد مع مدرب جديد حتى نهاية الموسم",
        ]
        let untitled = Self.roles(ticker + [Self.headline, Self.lead, Self.second])
        for item in ticker { #expect(untitled[item] != "body", "\(item): \(untitled)") }
        #expect(untitled[Self.headline] == "title", "\(untitled)")
    }
}
