import Testing

@testable import DossierLoader

/// Sections whose heads mark them as a series the story sets out.
extension FurnitureClassifierTests {
    /// An interview (its title, intro, then questions and answers) and a list of ordinal points
    /// (title, lead, then each point's head over its paragraph).
    static let series: [[String]] = [
        [
            "وزير الصحة: لا إصابات جديدة بالكوليرا منذ أسبوعين",
            "أجرت الصحيفة حوارا مع وزير الصحة حول الوضع الصحي في البلاد بعد انتهاء موجة الكوليرا التي ضربت عددا من المحافظات الشمالية خلال الصيف الماضي.",
            "س: هل انتهت موجة الكوليرا فعلا؟",
            "ج: نعم، لم نسجل أي إصابة جديدة منذ أسبوعين، وهذا مؤشر مطمئن لكننا ما زلنا في حالة تأهب.",
            "س: ما الإجراءات التي اتخذتها الوزارة؟",
            "ج: وزعنا أكثر من مليون جرعة لقاح، وعقمنا مصادر المياه في القرى المتضررة بالتعاون مع منظمة الصحة العالمية.",
            "س: وماذا عن المستشفيات؟",
            "ج: رفعنا جاهزية المستشفيات الحكومية وخصصنا أجنحة للعزل في كل محافظة.",
        ],
        [
            "خمسة أسباب وراء ارتفاع أسعار الذهب هذا العام",
            "بيروت - سجلت أسعار الذهب مستويات قياسية خلال الأشهر الماضية، مدفوعة بجملة من العوامل الاقتصادية والسياسية التي دفعت المستثمرين نحو الملاذات الآمنة.",
            "أولاً: التوترات الجيوسياسية",
            "تدفع الحروب والنزاعات المستثمرين إلى شراء الذهب باعتباره مخزنا آمنا للقيمة في أوقات الأزمات.",
            "ثانياً: خفض أسعار الفائدة",
            "يقلل خفض الفائدة من جاذبية السندات والودائع، ما يرفع الطلب على الذهب الذي لا يدر عائدا.",
            "ثالثاً: مشتريات البنوك المركزية",
            "اشترت البنوك المركزية كميات غير مسبوقة من الذهب خلال العامين الماضيين لتنويع احتياطياتها.",
        ],
    ]

    /// The last of an interview's questions, and the last of a list's ordinal points, stay the
    /// story's though their few words share little with the lead: each is marked like lines
    /// the story kept above it. A section under an unmarked head that tells another story is
    /// still set aside.
    @Test func theLastOfASeriesOfHeadsStaysTheStory() {
        for story in Self.series {
            let roles = Self.roles(story)
            for line in story.dropFirst() { #expect(roles[line] == "body", "\(roles)") }
        }
        let appended = [
            "مهرجان السينما يعلن جوائزه",
            "أعلنت لجنة تحكيم مهرجان السينما الدولي مساء السبت أسماء الفائزين بجوائز دورته العاشرة في حفل بالمسرح الكبير.",
        ]
        let unmarked = Self.roles(Self.series[1] + appended)
        for line in appended { #expect(unmarked[line] == "unrelated", "\(unmarked)") }
    }
}
