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

extension FurnitureClassifierTests {
    /// A council's minutes print each speaker's label on its own line, between dashes and
    /// with a colon («- السيدة رئيسة المجلس:-»), over the words spoken: the labels are the
    /// story's, however short; a short tag closed by a dash with no colon («شفا –») is still a
    /// credit.
    @Test func speakersLabelsInMinutesAreTheStorys() {
        let chair = "- السيدة رئيسة المجلس:-"
        let member = "- العضو سامر النجار:-"
        let lines = [
            "بدأت الجلسة الساعة العاشرة صباحا بحضور أحد عشر عضوا من أعضاء المجلس البلدي.",
            chair,
            "نفتتح الجلسة الثالثة من الدورة الحالية، وأول بنود جدول الأعمال مشروع محطة التحلية الجديدة.",
            member,
            "أطالب بتأجيل التصويت حتى تصل دراسة الأثر البيئي من الوزارة المختصة.",
            chair,
            "يطرح المقترح للتصويت في الجلسة المقبلة بعد وصول الدراسة.",
        ]
        let roles = Self.roles(lines)
        #expect(roles[chair] == "body", "\(roles)")
        #expect(roles[member] == "body", "\(roles)")
        #expect(!LexicalFurniture.isSpeakerLabel("شفا –"))
        #expect(LexicalFurniture.isBylineTag(TextLine(text: "شفا –", line: 1, block: 1)))
    }
}
