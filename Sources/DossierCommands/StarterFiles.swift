import DossierModel

/// The files `dossier init` writes: a small dossier that builds at once, with one example of
/// each kind of source (article, actor, topic, note) for the user to copy and then delete.
///
/// The example article is written as a journalist would paste it (headline, date line, body,
/// page furniture) and says in its first lines that it is an example, so it is never mistaken
/// for a real story.
enum StarterFiles {
    /// The example article's id (its file stem in `articles/`).
    static let articleID = StarterText.exampleArticleID

    /// Relative path and text of every file, folders first in path order.
    static let all: [(path: String, text: String)] = [
        (".gitignore", gitignore),
        ("dossier.yml", config),
        ("index.md", overview),
        ("articles/\(articleID).txt", article),
        ("articles/\(articleID).yml", sidecar),
        ("actors/example-mayor.md", actor),
        ("topics/example-libraries.md", topic),
        ("notes/example-free-entry.md", note),
    ]

    /// The build cache, which lives in the source folder; the site never does.
    static let gitignore = """
        # The build cache, which dossier keeps in the source folder.
        .dossier/
        # The site is built outside this folder (`../<name>-site` when you run `dossier build`
        # here; an output inside the dossier is refused), so it needs no line here.

        """

    static let config = """
        title: \(StarterText.title)
        subtitle: \(StarterText.subtitle)
        description: >-
          \(StarterText.description)
        language: ar
        # Copy each article's file into the site (articles/<id>/original.txt)? Only when the
        # collected pages are yours to republish.
        publish_originals: false

        """

    static let overview = """
        ---
        # The heading of this essay on the home page (the dossier's title is in dossier.yml).
        title: نظرة عامة
        ---
        هذه مقدمة الملف: اكتب هنا ما تجمعه المواد وما تتفق فيه وما تختلف.

        في الملف الآن **مثال واحد** من كل نوع، لتنسخ شكله ثم تحذفه:

        - مقال مثال: [مادة المثال](article:\(articleID)) في مجلد `articles`، بلا تعديل كما نُسخ من صفحته، ومعه ملف جانبي بالامتداد `yml`.
        - فاعل: [رئيسة البلدية في المثال](actor:example-mayor) في مجلد `actors`، تُربط كل إشارة إليه في المقالات.
        - موضوع: [المكتبات العامة](topic:example-libraries) في مجلد `topics`.
        - ملاحظة مثبتة على عبارة من المقال في مجلد `notes`.

        أضف مقالاً حقيقياً بالأمر `dossier new article FILE --source DIR`، ثم ابنِ الموقع بالأمر `dossier build --source DIR --output SITE`، حيث `DIR` هذا المجلد و`SITE` مجلد الموقع خارجه.

        """

    static let article = """
        مثال: بلدية الميناء تفتتح مكتبة عامة جديدة على الواجهة البحرية
        نشر في 12 مارس 2025
        هذه مادة مثال كتبها الأمر dossier init لتوضيح شكل الملف، وليست خبراً حقيقياً؛ احذفها حين تضيف مقالاتك.

        الميناء - افتتحت بلدية الميناء يوم الأربعاء مكتبة عامة جديدة على الواجهة البحرية، تضم أكثر من عشرين ألف كتاب وقاعة للمطالعة تبقى مفتوحة حتى منتصف الليل.

        وقالت رئيسة البلدية سلمى الحداد في كلمة الافتتاح إن المكتبة «ستبقى مفتوحة للجميع مجاناً»، وإن البلدية تعمل على نقل أرشيف الصحف المحلية إليها خلال العام المقبل.

        وأضافت الحداد أن تكلفة المشروع بلغت نحو مليوني دولار، موّلت البلدية نصفها وتبرع سكان المدينة بالباقي، وأن المكتبة العامة ستنظم ورشاً أسبوعية للأطفال.

        شارك المقال
        © 2025 جميع الحقوق محفوظة لموقع المثال الإخباري

        """

    static let sidecar = """
        # An example sidecar: everything here is optional and only corrects what detection found.
        # `dossier new article FILE` writes one like it for each article it imports.
        title: "مثال: بلدية الميناء تفتتح مكتبة عامة جديدة على الواجهة البحرية"
        outlet: example-news
        outlet_name: المثال الإخباري
        published: 2025-03-12
        language: ar

        """

    static let actor = """
        ---
        name: سلمى الحداد
        kind: person
        aliases: [سلمى الحداد, الحداد]
        weak_aliases: [رئيسة البلدية]
        exclude: []
        ---
        شخصية **مثال** من المقال المثال. في ملف حقيقي يكتب المحرر هنا من هو الفاعل، وكيف تذكره المواد.

        """

    static let topic = """
        ---
        title: المكتبات العامة
        terms: [مكتبة عامة, المكتبة العامة, أرشيف الصحف]
        ---
        موضوع **مثال**: في ملف حقيقي يجمع المحرر هنا ما تقوله المواد عن موضوع واحد، مع روابط إليها مثل [مادة المثال](article:\(articleID)).

        """

    static let note = """
        ---
        article: \(articleID)
        quote: ستبقى مفتوحة للجميع مجاناً
        kind: context
        actors: [example-mayor]
        topics: [example-libraries]
        ---
        ملاحظة **مثال** مثبتة على عبارة من المقال: تظهر في الهامش بجوار الفقرة التي فيها العبارة. إن تغيّر نص المقال ولم تعد العبارة فيه، نبّه `dossier check` إلى ذلك.

        """
}
