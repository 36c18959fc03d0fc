public import DossierModel

/// Builds an article from paragraphs (test helper).
public func comparisonArticle(_ id: String, _ paragraphs: [String]) -> Article {
    Article(
        id: id, source: SourceFile(relativePath: "articles/\(id).txt", sha256: "", byteCount: 0, encoding: "utf-8"),
        title: id, paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: $0 * 2 + 1) })
}

/// A story unrelated to the seeds: a dam failure reported by three outlets in their own words.
public let damStory = [
    comparisonArticle(
        "dam-a",
        [
            "أعلنت وزارة الري في السودان أن سد أربعات انهار جزئياً صباح الأحد بعد أمطار غزيرة استمرت ثلاثة أيام.",
            "وقال المتحدث باسم الوزارة إن فرق الإنقاذ أجلت نحو ألفي أسرة من القرى الواقعة أسفل السد، وإن عدد الضحايا لم يتأكد بعد.",
            "وفي الخرطوم ارتفعت أسعار الخبز للمرة الثالثة هذا الشهر بسبب نقص الدقيق في المخابز.",
        ]),
    comparisonArticle(
        "dam-b",
        [
            "تواصلت الاحتجاجات في مدينة بورتسودان على انقطاع الكهرباء لساعات طويلة في ذروة الصيف.",
            "وأوضح متحدث الوزارة أن فرق الانقاذ أجلت قرابة ألفي أسرة من القرى أسفل السد، مضيفاً أن حصيلة الضحايا لم تتأكد حتى الآن.",
            "وأفادت وزارة الري السودانية بانهيار جزئي لسد أربعات صباح يوم الأحد إثر أمطار غزيرة دامت ثلاثة أيام.",
        ]),
    comparisonArticle(
        "dam-c",
        [
            "انهار سد أربعات شرقي السودان جزئياً بعد ثلاثة أيام من الأمطار الغزيرة، بحسب وزارة الري.",
            "وتستعد الأندية السودانية لاستئناف الدوري المحلي بعد توقف دام أكثر من عام.",
        ]),
]
