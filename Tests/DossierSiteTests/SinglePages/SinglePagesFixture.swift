import Foundation

/// A small dossier about another story (a dam collapse), written to a temporary folder: two
/// outlets reporting one claim in different words, proclitic forms of a name («وبوتين» in one
/// article, «لبوتين» in another, never the bare name), «إيلون» with hamza, a timeline with
/// events in two years, and an alias spelling («ترمب») the articles never use.
enum SinglePagesFixture {
    static let files: [String: String] = [
        "dossier.yml": """
        title: ملف انهيار السد
        description: ملف تجريبي عن انهيار سد أربعات.
        language: ar
        """,
        "index.md": "ملف تجريبي.\n",
        "articles/alpha.txt": """
        انهيار سد أربعات يغرق القرى

        قال المسؤول المحلي حسن الطاهر إن انهيار سد أربعات شمال بورتسودان أغرق عشرين قرية وشرّد آلاف الأسر بعد أمطار غزيرة.

        وأضاف أن فرق الإنقاذ ما زالت تبحث عن المفقودين، وأن لجنة تحقيق ستحدد أسباب الانهيار قبل نهاية الشهر.

        وتحدث الطاهر هاتفياً لدونالد ترامب عن حجم الكارثة.
        """,
        "articles/alpha.yml": """
        title: انهيار سد أربعات يغرق القرى
        outlet: north-news
        outlet_name: أخبار الشمال
        published: 2023-08-25
        """,
        "articles/beta.txt": """
        قرى غارقة بعد انهيار السد

        أغرق انهيار سد أربعات شمال بورتسودان عشرين قرية وشرّد آلاف الأسر إثر أمطار غزيرة، بحسب المسؤول المحلي حسن الطاهر.

        وفي سياق آخر، ارتفعت أسعار الوقود في العاصمة للمرة الثالثة هذا العام.

        والتقى وحسن الطاهر بالوفد الحكومي لاحقاً.
        """,
        "articles/beta.yml": """
        title: قرى غارقة بعد انهيار السد
        outlet: east-daily
        outlet_name: يومية الشرق
        published: 2024-01-10
        """,
        "actors/hassan-altaher.md": """
        ---
        name: حسن الطاهر
        kind: person
        aliases: [حسن الطاهر, الطاهر]
        ---
        مسؤول محلي.
        """,
        "actors/donald-trump.md": """
        ---
        name: دونالد ترامب
        kind: person
        aliases: [دونالد ترامب, ترامب, ترمب]
        ---
        سياسي أميركي.
        """,
        "articles/gamma.txt": """
        رسالة الوزير

        قال المتحدث إن الاتصال جرى بين الوزير وبوتين في الخريف الماضي دون وسطاء.

        ووصف الوزير لقاءه مع إيلون ماسك بأنه كان سرياً ومقتضباً.
        """,
        "articles/gamma.yml": "title: رسالة الوزير\npublished: 2024-02-01\n",
        "articles/delta.txt": """
        الحبوب والموانئ

        وجّه الوزير رسالة لبوتين بشأن صادرات الحبوب عبر الموانئ الجنوبية.
        """,
        "articles/delta.yml": "title: الحبوب والموانئ\npublished: 2024-02-02\n",
        "actors/vladimir-putin.md": """
        ---
        name: فلاديمير بوتين
        kind: person
        aliases: [فلاديمير بوتين, بوتين]
        ---
        رئيس روسيا.
        """,
        "actors/elon-musk.md": """
        ---
        name: إيلون ماسك
        kind: person
        aliases: [إيلون ماسك]
        ---
        رجل أعمال.
        """,
        "timeline.yml": """
        events:
          - date: "2024-01-09"
            title: الطاهر يلتقي الوفد الحكومي
            article: beta
            quote: والتقى وحسن الطاهر بالوفد الحكومي
            actors: [hassan-altaher]
          - date: "2023-08-24"
            title: انهيار سد أربعات
            sources:
              - article: alpha
                quote: انهيار سد أربعات شمال بورتسودان أغرق عشرين قرية
              - article: beta
                quote: أغرق انهيار سد أربعات شمال بورتسودان عشرين قرية
            actors: [hassan-altaher]
        """,
    ]

    /// Writes the fixture (with `base_url` when given) into a new temporary folder.
    static func write(baseURL: String? = nil) throws -> URL {
        let folder = try SiteTestPaths.temporaryFolder("single-pages-fixture")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            var content = text + "\n"
            if path == "dossier.yml", let baseURL { content += "base_url: \(baseURL)\n" }
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }
}
